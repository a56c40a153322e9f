import OrgChartCore

/// Turns a model into the chart description of one view; pure and deterministic (same model, same chart).
public enum ChartBuilder {
    /// Builds the chart of `model` for `options`, marking the subjects of `findings` (for `--annotate`).
    public static func build(
        _ model: Model, options: ChartOptions = ChartOptions(), findings: [Finding] = []
    ) throws(ChartError) -> ChartGraph {
        var b = ChartAssembly(model: model, options: options, findings: findings)
        switch options.view {
        case .whole:
            b.structure(drawn: b.wholeUnits())
        case .subtree(let root, let depth):
            b.structure(drawn: try b.subtreeUnits(root: root, depth: depth))
        case .roots(let roots, let depth):
            b.structure(drawn: try b.rootsUnits(roots, depth: depth))
        case .person(let id):
            try b.person(id)
        case .duties:
            b.duties()
        }
        return b.finish()
    }
}

/// The findings about one node, for `--annotate`.
struct Annotation {
    var errors: [String] = []
    var warnings: [String] = []
}

/// The state of one chart being built: nodes and edges in the order they were added.
struct ChartAssembly {
    /// The most rows the children of one unit wrap onto; more children make the rows longer instead.
    static let maxWrappedRows = 8
    let model: Model
    let index: ModelIndex
    let options: ChartOptions
    let lang: Language
    /// Findings by subject id; only looked up, never iterated, so hash order cannot leak into the output.
    let annotations: [String: Annotation]

    var nodes: [ChartNode] = []
    var nodeIDs: Set<String> = []
    var edges: [ChartEdge] = []
    var clusters: [ChartCluster] = []
    var topRank: [String] = []
    var bottomRank: [String] = []
    var usedKinds: Set<String> = []
    var usedPlaceholder = false
    var usedPerson = false
    var usedDuty = false
    var usedUnknown = false
    var usedLines: [ChartLegend.Line] = []
    var marked = false
    var warned = false
    var title: String?
    var subtitle: String?

    init(model: Model, options: ChartOptions, findings: [Finding]) {
        self.model = model
        self.index = ModelIndex(model)
        self.options = options
        self.lang = options.lang
        var notes: [String: Annotation] = [:]
        // A finding that covers several subjects marks each of them, with what it says of that subject.
        for f in findings.sorted(by: Finding.byPosition) {
            for r in f.subjectList {
                switch f.severity {
                case .error: notes[r.id, default: Annotation()].errors.append(r.message.text(options.lang))
                case .warning: notes[r.id, default: Annotation()].warnings.append(r.message.text(options.lang))
                case .info, .off: break
                }
            }
        }
        self.annotations = notes
    }

    func t(_ m: Message) -> String { m.text(lang) }

    // MARK: - Views

    /// Units of the whole view: structural kinds (those that need a chief), collectives with their members, and
    /// every unit linked to another by `parent` or `liaises`. Bureaus that only host an office appear in labels.
    func wholeUnits() -> [Bool] {
        var liaised: Set<String> = []
        for u in model.units {
            for l in u.liaises where index.unit(l.id) != nil {
                liaised.insert(l.id)
                liaised.insert(u.id)
            }
        }
        return model.units.map { u in
            if model.kind(u.kind)?.needsChief == true { return true }
            if let p = u.parent, index.unit(p.id) != nil { return true }
            if !(index.children[u.id] ?? []).isEmpty { return true }
            if model.kind(u.kind)?.isCollective == true && !u.members.isEmpty { return true }
            return liaised.contains(u.id)
        }
    }

    /// The given units and the units under them down to `depth` levels (nil: all).
    mutating func rootsUnits(_ roots: [String], depth: Int?) throws(ChartError) -> [Bool] {
        var drawn = [Bool](repeating: false, count: model.units.count)
        var stack: [(Int, Int)] = []
        for root in roots {
            guard let r = index.unit(root) else {
                throw unknownID(root, what: Message(en: "unit", zh: "单位"), candidates: model.units.map(\.id))
            }
            drawn[r] = true
            stack.append((r, 0))
        }
        while let (i, d) = stack.popLast() {
            if let depth, d >= depth { continue }
            for c in index.children[model.units[i].id] ?? [] where !drawn[c] {
                drawn[c] = true
                stack.append((c, d + 1))
            }
        }
        if roots.count == 1, let r = index.unit(roots[0]) { title = titleLine(model.units[r].name, ChartWords.chart) }
        return drawn
    }

    /// Units of a subtree: the root, its descendants down to `depth`, and the units they liaise with.
    mutating func subtreeUnits(root: String, depth: Int?) throws(ChartError) -> [Bool] {
        guard let r = index.unit(root) else {
            throw unknownID(root, what: Message(en: "unit", zh: "单位"), candidates: model.units.map(\.id))
        }
        var drawn = [Bool](repeating: false, count: model.units.count)
        drawn[r] = true
        var level = [r]
        var d = 0
        while !level.isEmpty, depth.map({ d < $0 }) ?? true {
            var next: [Int] = []
            for i in level {
                for c in index.children[model.units[i].id] ?? [] where !drawn[c] {
                    drawn[c] = true
                    next.append(c)
                }
            }
            level = next
            d += 1
        }
        var withLinks = drawn
        for (i, u) in model.units.enumerated() where drawn[i] {
            for l in u.liaises {
                if let j = index.unit(l.id) { withLinks[j] = true }
            }
        }
        // Units outside the subtree that liaise with a unit in it.
        for (i, u) in model.units.enumerated() where !drawn[i] {
            if u.liaises.contains(where: { index.unit($0.id).map { drawn[$0] } ?? false }) { withLinks[i] = true }
        }
        title = titleLine(model.units[r].name, ChartWords.chart)
        return withLinks
    }

    /// The structure views: the units marked in `drawn`, their `parent` edges, liaison edges and the work groups'
    /// band.
    mutating func structure(drawn: [Bool]) {
        if title == nil { title = titleLine(organisationName, ChartWords.chart) }
        subtitle = asOfLine
        for (i, d) in drawn.enumerated() where d { addUnit(i, detail: true) }

        // The work groups' band. An edge to every group of the band is drawn as one edge to the band's box, aimed
        // at its middle group: ten posts that each liaise with five groups make ten edges, not fifty.
        let groups = model.units.indices.filter { drawn[$0] && model.units[$0].kind == "workgroup" }
        let band = Set(groups)
        let bandCluster = "cluster_workgroup"
        let bandTarget = groups.isEmpty ? "" : model.units[groups[groups.count / 2]].id
        let collapse = groups.count >= 2
        if !groups.isEmpty {
            let ids = groups.map { model.units[$0].id }
            let nested = groups.contains { g in model.units[g].parent.map { ids.contains($0.id) } ?? false }
            clusters.append(
                ChartCluster(
                    id: bandCluster,
                    label: lang == .en ? t(ChartWords.workGroups) : model.kindLabel("workgroup", lang: lang),
                    nodes: ids, sameRank: !nested, style: ChartPalette.workgroupCluster))
        }

        let hierarchyLegend = ChartLegend.Line(
            label: t(ChartWords.hierarchyEdge), line: .solid, colour: ChartPalette.hierarchy)
        let parents = groups.map { g in model.units[g].parent.flatMap { index.unit($0.id) } }
        let bandParent: Int? = {
            guard collapse, let first = parents.first, let p = first, drawn[p], !band.contains(p),
                parents.allSatisfy({ $0 == p })
            else { return nil }
            return p
        }()
        // Many leaf units under one parent wrap onto rows of at most `rowLimit`: a longer edge from the parent to
        // the later rows, and invisible edges that keep each column in line.
        var row: [Int: Int] = [:]
        var columns: [(Int, Int)] = []
        if orientation == .topToBottom, options.rowLimit > 0 {
            for (pi, p) in model.units.enumerated() where drawn[pi] {
                let children = (index.children[p.id] ?? []).filter { drawn[$0] && $0 != pi && !band.contains($0) }
                guard children.count > options.rowLimit else { continue }
                let leaves = children.allSatisfy { c in
                    !(index.children[model.units[c].id] ?? []).contains { drawn[$0] && $0 != c }
                }
                guard leaves else { continue }
                // At most `maxWrappedRows` rows: every further row lengthens the edges from the parent, and dot's
                // time grows steeply with their length (300 children on 50 rows took minutes).
                let rows = min(Self.maxWrappedRows, (children.count + options.rowLimit - 1) / options.rowLimit)
                let perRow = (children.count + rows - 1) / rows
                for (k, c) in children.enumerated() {
                    row[c] = k / perRow
                    if k + perRow < children.count { columns.append((c, children[k + perRow])) }
                }
            }
        }
        for (i, u) in model.units.enumerated() where drawn[i] {
            guard let p = u.parent, let pi = index.unit(p.id), drawn[pi], pi != i else { continue }
            if let bp = bandParent, band.contains(i) {
                if i == groups[0] {
                    addEdge(
                        ChartEdge(
                            from: model.units[bp].id, to: bandTarget, colour: ChartPalette.hierarchy, penWidth: 1.4,
                            headCluster: bandCluster), legend: hierarchyLegend)
                }
                continue
            }
            addEdge(
                ChartEdge(
                    from: p.id, to: u.id, colour: ChartPalette.hierarchy, penWidth: 1.4,
                    minLength: row[i].flatMap { $0 > 0 ? $0 + 1 : nil }), legend: hierarchyLegend)
        }
        for (a, b) in columns {
            edges.append(ChartEdge(from: model.units[a].id, to: model.units[b].id, line: .invisible))
        }

        // Liaison pairs, each once, drawn from the kind listed first (the post) to the later one (the work group),
        // so the band sits under the posts whichever side declares the link.
        var seen: Set<Int> = []
        var pairs: [(Int, Int)] = []
        for (i, u) in model.units.enumerated() where drawn[i] {
            for l in u.liaises {
                guard let j = index.unit(l.id), drawn[j], j != i else { continue }
                guard seen.insert(min(i, j) * model.units.count + max(i, j)).inserted else { continue }
                pairs.append(kindRank(model.units[i].kind, i) <= kindRank(model.units[j].kind, j) ? (i, j) : (j, i))
            }
        }
        var partners: [Int: Int] = [:]
        for (a, b) in pairs where !band.contains(a) && band.contains(b) { partners[a, default: 0] += 1 }
        var collapsed: Set<Int> = []
        let liaisonLegend = ChartLegend.Line(
            label: t(ChartWords.liaisonEdge), line: .dashed, colour: ChartPalette.liaison)
        for (a, b) in pairs {
            let from = model.units[a].id
            if collapse, !band.contains(a), band.contains(b), partners[a] == groups.count {
                if collapsed.insert(a).inserted {
                    addEdge(
                        ChartEdge(
                            from: from, to: bandTarget, line: .dashed, colour: ChartPalette.liaison, arrow: false,
                            headCluster: bandCluster), legend: liaisonLegend)
                }
                continue
            }
            addEdge(
                ChartEdge(
                    from: from, to: model.units[b].id, line: .dashed, colour: ChartPalette.liaison, arrow: false,
                    constraint: model.units[a].kind != model.units[b].kind), legend: liaisonLegend)
        }

        // The tops of the structure side by side: units with units under them and nothing drawn above.
        for (i, u) in model.units.enumerated() where drawn[i] && !band.contains(i) {
            let hasParent = u.parent.flatMap { index.unit($0.id) }.map { drawn[$0] && $0 != i } ?? false
            let hasChildren = (index.children[u.id] ?? []).contains { drawn[$0] && $0 != i }
            if !hasParent && hasChildren { topRank.append(u.id) }
        }
        if topRank.count < 2 { topRank = [] }
        // Collectives linked to nothing (各乡镇(街道) with its townships) go to the bottom, beside the legend.
        var linked: Set<String> = []
        for e in edges {
            linked.insert(e.from)
            linked.insert(e.to)
        }
        for (i, u) in model.units.enumerated()
        where drawn[i] && model.kind(u.kind)?.isCollective == true && !linked.contains(u.id) {
            bottomRank.append(u.id)
        }
    }

    /// The person view: the person, every unit they head or deputise, every duty they lead or assist, and the
    /// duties the units they head lead or assist.
    mutating func person(_ id: String) throws(ChartError) {
        guard let pi = index.person(id) else {
            throw unknownID(id, what: Message(en: "person", zh: "人员"), candidates: model.people.map(\.id))
        }
        let p = model.people[pi]
        title = lang == .zh ? "\(p.displayName) \(t(ChartWords.personTitle))" : "\(p.displayName): roles and duties"
        subtitle = asOfLine
        addPerson(pi)
        // The person's roles are theirs directly or through a post they hold: the edge's label says which post.
        let held = model.posts.indices.filter { model.posts[$0].holder?.id == id }
        let heldIDs = Set(held.map { model.posts[$0].id })
        func isThem(_ r: Ref) -> Bool { r.id == id || heldIDs.contains(r.id) }
        func via(_ r: Ref, _ role: Message) -> String {
            guard r.id != id, let k = index.post(r.id) else { return t(role) }
            return t(role) + "\n(" + model.postLabel(k, index: index) + ")"
        }
        var chaired: [Int] = []
        for (i, u) in model.units.enumerated() {
            if let c = u.chiefs.first(where: isThem) {
                chaired.append(i)
                addUnit(i, detail: true)
                addEdge(
                    ChartEdge(
                        from: id, to: u.id, colour: ChartPalette.role, penWidth: 1.8,
                        label: via(c, ChartWords.chief(u.kind, in: model))),
                    legend: ChartLegend.Line(label: t(ChartWords.roleEdge), line: .solid, colour: ChartPalette.role))
            }
            if let d = u.deputies.first(where: isThem) {
                addUnit(i, detail: true)
                addEdge(
                    ChartEdge(
                        from: id, to: u.id, colour: ChartPalette.role,
                        label: via(d, ChartWords.deputy(u.kind, in: model))),
                    legend: ChartLegend.Line(label: t(ChartWords.roleEdge), line: .solid, colour: ChartPalette.role))
            }
            if u.members.contains(where: isThem) {
                addUnit(i, detail: true)
                addEdge(
                    ChartEdge(
                        from: id, to: u.id, line: .dotted, colour: ChartPalette.member,
                        label: t(ChartWords.member)),
                    legend: ChartLegend.Line(
                        label: t(ChartWords.memberEdge), line: .dotted, colour: ChartPalette.member))
            }
        }
        for (j, d) in model.duties.enumerated() {
            if d.leader.contains(where: isThem) {
                addDuty(j)
                addLeader(from: id, to: d.id, labelled: true)
            }
            // Leads and assists through a post held are drawn from the person.
            if d.lead.contains(where: { heldIDs.contains($0.id) }) {
                addDuty(j)
                addLead(from: id, to: d.id, labelled: true)
            }
            if d.assist.contains(where: { heldIDs.contains($0.id) }) {
                addDuty(j)
                addAssist(from: id, to: d.id, labelled: true)
            }
            let parties = [id] + chaired.map { model.units[$0].id }
            for party in parties {
                if d.lead.contains(where: { $0.id == party }) {
                    addDuty(j)
                    addLead(from: party, to: d.id, labelled: true)
                }
                if d.assist.contains(where: { $0.id == party }) {
                    addDuty(j)
                    addAssist(from: party, to: d.id, labelled: true)
                }
            }
        }
    }

    /// The duties view: every duty, with solid edges from its lead and dashed edges from its assists.
    mutating func duties() {
        title = titleLine(organisationName, ChartWords.dutiesTitle)
        subtitle = asOfLine
        for (j, d) in model.duties.enumerated() {
            for r in d.lead { addParty(r) }
            for r in d.assist { addParty(r) }
            for r in d.leader { addParty(r) }
            addDuty(j)
            for r in d.leader { addLeader(from: r.id, to: d.id, labelled: false) }
            for r in d.lead { addLead(from: r.id, to: d.id, labelled: false) }
            for r in d.assist { addAssist(from: r.id, to: d.id, labelled: false) }
        }
    }

    // MARK: - Nodes

    mutating func addNode(_ node: ChartNode) {
        guard nodeIDs.insert(node.id).inserted else { return }
        var n = node
        if let a = annotations[n.id] {
            let errorWord = lang == .zh ? "错误\u{FF1A}" : "error: "
            let warningWord = lang == .zh ? "警告\u{FF1A}" : "warning: "
            let text = a.errors.map { errorWord + $0 } + a.warnings.map { warningWord + $0 }
            n.tooltip = text.joined(separator: "\n")
            if !a.errors.isEmpty {
                n.marker = true
                n.style.border = ChartPalette.error
                n.style.penWidth = 2.6
                marked = true
            } else {
                n.style.border = ChartPalette.warning
                n.style.penWidth = 2.2
                warned = true
            }
        }
        nodes.append(n)
    }

    /// A unit; `detail` adds its chief, deputies, office and members.
    mutating func addUnit(_ i: Int, detail: Bool) {
        let u = model.units[i]
        guard !nodeIDs.contains(u.id) else { return }
        let placeholder = u.status == .placeholder
        let kind = model.kind(u.kind)
        var lines: [ChartLine] = []
        var grid: [String] = []
        if detail {
            let head = t(ChartWords.chief(u.kind, in: model))
            for (k, c) in u.chiefs.enumerated() {
                let (text, muted) = personText(c)
                lines.append(ChartLine(caption: k == 0 ? head : nil, text, muted: muted))
            }
            if u.chiefs.isEmpty, !placeholder, kind?.needsChief == true {
                lines.append(ChartLine(caption: head, t(ChartWords.toBeNamed), muted: true))
            }
            if !u.deputies.isEmpty {
                let texts = u.deputies.map { personText($0).0 }
                for (k, line) in wrap(texts).enumerated() {
                    lines.append(ChartLine(caption: k == 0 ? t(ChartWords.deputy(u.kind, in: model)) : nil, line))
                }
            }
            if let h = u.host {
                let (text, muted) = personText(h)
                lines.append(ChartLine(caption: t(ChartWords.setIn), text, muted: muted))
            }
            // The office: the host named directly, or the host of the office unit the body names or has under it.
            let officeUnit = officeUnit(of: i)
            if let o = officeUnit {
                if let h = model.units[o].host {
                    let (text, muted) = personText(h)
                    lines.append(ChartLine(caption: t(ChartWords.office), text, muted: muted))
                }
            } else if let o = u.office {
                let (text, muted) = personText(o)
                lines.append(ChartLine(caption: t(ChartWords.office), text, muted: muted))
            } else if !placeholder, kind?.needsOffice == true {
                lines.append(ChartLine(caption: t(ChartWords.office), t(ChartWords.toBeNamed), muted: true))
            }
            // An open list (…等) says so after its last member.
            let open = u.membersOpen ? (lang == .zh ? "" : ", ") + t(ChartWords.andOthers) : ""
            if kind?.isCollective == true {
                grid = u.members.map { personText($0).0 } + (u.membersOpen ? ["…" + t(ChartWords.andOthers)] : [])
            } else if !u.members.isEmpty || u.membersOpen {
                let texts = u.members.map { personText($0).0 }
                for (k, line) in wrap(texts, last: open).enumerated() {
                    lines.append(ChartLine(caption: k == 0 ? t(ChartWords.members) : nil, line))
                }
            }
        }
        if placeholder { usedPlaceholder = true } else { usedKinds.insert(u.kind) }
        addNode(
            ChartNode(
                id: u.id, heading: u.name, lines: lines, grid: grid, shape: .box,
                style: ChartPalette.style(
                    kind: u.kind, placeholder: placeholder, model: model, colourByKind: options.colourByKind)))
    }

    /// A post as a node of its own (a duty's lead or leader): its label, with its holder when known.
    mutating func addPost(_ i: Int) {
        let p = model.posts[i]
        guard !nodeIDs.contains(p.id) else { return }
        usedPerson = true
        var lines: [ChartLine] = []
        if let h = p.holder, let hi = index.person(h.id) { lines.append(ChartLine(model.people[hi].name)) }
        if let w = p.portfolio { lines.append(ChartLine(w)) }
        let placeholder = p.status == .placeholder
        if placeholder { usedPlaceholder = true }
        addNode(
            ChartNode(
                id: p.id, heading: model.postLabel(i, index: index), lines: lines, shape: .ellipse,
                style: placeholder ? ChartPalette.placeholder : ChartPalette.person))
    }

    /// The office unit of unit `i`: the one its `office` names, or one under it; nil when it has none.
    func officeUnit(of i: Int) -> Int? {
        let u = model.units[i]
        if let o = u.office, let oi = index.unit(o.id), model.kind(model.units[oi].kind)?.isOffice == true {
            return oi
        }
        return (index.children[u.id] ?? []).first { model.kind(model.units[$0].kind)?.isOffice == true }
    }

    mutating func addPerson(_ i: Int) {
        let p = model.people[i]
        usedPerson = true
        var lines: [ChartLine] = []
        if let title = p.title, !title.isEmpty { lines.append(ChartLine(title)) }
        let placeholder = p.status == .placeholder
        if placeholder { usedPlaceholder = true }
        addNode(
            ChartNode(
                id: p.id, heading: p.name, lines: lines, shape: .ellipse,
                style: placeholder ? ChartPalette.placeholder : ChartPalette.person))
    }

    mutating func addDuty(_ j: Int) {
        let d = model.duties[j]
        guard !nodeIDs.contains(d.id) else { return }
        usedDuty = true
        var lines: [ChartLine] = []
        if let due = d.due { lines.append(ChartLine(caption: t(ChartWords.due), due.description)) }
        if let c = d.cadence { lines.append(ChartLine(caption: t(ChartWords.cadence), ChartWords.cadence(c, lang))) }
        if let r = d.reportTo { lines.append(ChartLine(caption: t(ChartWords.reportTo), personText(r).0)) }
        if d.done { lines.append(ChartLine(t(ChartWords.done), muted: true)) }
        addNode(ChartNode(id: d.id, heading: d.name, lines: lines, shape: .note, style: ChartPalette.duty))
    }

    /// Whatever a duty's lead or assist names: a person, a unit (without details), a duty, or an unknown id.
    mutating func addParty(_ r: Ref) {
        switch index.byID[r.id] {
        case .person(let i): addPerson(i)
        case .unit(let i): addUnit(i, detail: false)
        case .duty(let j): addDuty(j)
        case .post(let i): addPost(i)
        case nil:
            guard !nodeIDs.contains(r.id) else { return }
            usedUnknown = true
            addNode(
                ChartNode(
                    id: r.id, heading: r.id, lines: [ChartLine(t(ChartWords.unknown), muted: true)],
                    style: ChartPalette.unknown))
        }
    }

    // MARK: - Edges

    mutating func addEdge(_ edge: ChartEdge, legend: ChartLegend.Line) {
        edges.append(edge)
        if !usedLines.contains(legend) { usedLines.append(legend) }
    }

    mutating func addLeader(from: String, to: String, labelled: Bool) {
        addEdge(
            ChartEdge(
                from: from, to: to, line: .dotted, colour: ChartPalette.role, penWidth: 1.4,
                label: labelled ? t(ChartWords.leader) : nil),
            legend: ChartLegend.Line(label: t(ChartWords.leaderEdge), line: .dotted, colour: ChartPalette.role))
    }

    mutating func addLead(from: String, to: String, labelled: Bool) {
        addEdge(
            ChartEdge(
                from: from, to: to, colour: ChartPalette.lead, penWidth: 1.6,
                label: labelled ? t(ChartWords.lead) : nil),
            legend: ChartLegend.Line(label: t(ChartWords.leadEdge), line: .solid, colour: ChartPalette.lead))
    }

    mutating func addAssist(from: String, to: String, labelled: Bool) {
        addEdge(
            ChartEdge(
                from: from, to: to, line: .dashed, colour: ChartPalette.assist,
                label: labelled ? t(ChartWords.assist) : nil),
            legend: ChartLegend.Line(label: t(ChartWords.assistEdge), line: .dashed, colour: ChartPalette.assist))
    }

    // MARK: - Finishing

    /// The orientation asked for, or the view's default.
    var orientation: Orientation {
        if let o = options.orientation { return o }
        switch options.view {
        case .whole, .subtree, .roots: return .topToBottom
        case .person, .duties: return .leftToRight
        }
    }

    func finish() -> ChartGraph {
        return ChartGraph(
            title: options.title ? title : nil, subtitle: options.title ? subtitle : nil, orientation: orientation,
            rankSeparation: options.rankSeparation ?? (orientation == .topToBottom ? 0.7 : 1.0),
            nodeSeparation: orientation == .topToBottom ? 0.3 : 0.2, fontName: options.fontName, nodes: nodes,
            edges: edges, clusters: clusters, topRank: topRank,
            bottomRank: bottomRank, legend: options.legend ? legend() : nil)
    }

    func legend() -> ChartLegend? {
        var swatches: [ChartLegend.Swatch] = []
        for k in model.kinds where usedKinds.contains(k.id) {
            // `department` shares its colours with `bureau`: list the colour once.
            if k.id == "department", usedKinds.contains("bureau"), model.kind("bureau") != nil,
                !model.customKinds.contains(where: { $0.id == "department" || $0.id == "bureau" })
            {
                continue
            }
            if swatches.contains(where: { $0.label == (lang == .zh ? k.zh : k.en) }) { continue }
            swatches.append(
                ChartLegend.Swatch(
                    label: lang == .zh ? k.zh : k.en,
                    style: ChartPalette.style(
                        kind: k.id, placeholder: false, model: model, colourByKind: options.colourByKind)))
        }
        if usedPerson { swatches.append(ChartLegend.Swatch(label: t(ChartWords.person), style: ChartPalette.person)) }
        if usedDuty { swatches.append(ChartLegend.Swatch(label: t(ChartWords.duty), style: ChartPalette.duty)) }
        if usedPlaceholder {
            swatches.append(ChartLegend.Swatch(label: t(ChartWords.placeholder), style: ChartPalette.placeholder))
        }
        if usedUnknown {
            swatches.append(ChartLegend.Swatch(label: t(ChartWords.unknown), style: ChartPalette.unknown))
        }
        if marked {
            swatches.append(
                ChartLegend.Swatch(
                    label: t(ChartWords.errorMark),
                    style: ChartStyle(fill: "#FFFFFF", border: ChartPalette.error, penWidth: 2.6)))
        }
        if warned {
            swatches.append(
                ChartLegend.Swatch(
                    label: t(ChartWords.warningMark),
                    style: ChartStyle(fill: "#FFFFFF", border: ChartPalette.warning, penWidth: 2.2)))
        }
        if swatches.isEmpty && usedLines.isEmpty { return nil }
        return ChartLegend(title: t(ChartWords.legend), swatches: swatches, lines: usedLines)
    }

    // MARK: - Helpers

    var organisationName: String {
        if !model.organisation.name.isEmpty { return model.organisation.name }
        if let r = index.roots.first { return model.units[r].name }
        return model.file
    }

    var asOfLine: String? {
        guard let d = model.organisation.asOf else { return nil }
        return "\(t(ChartWords.asOf)) \(d.description)"
    }

    func titleLine(_ name: String, _ what: Message) -> String {
        lang == .zh ? "\(name)\(what.zh)" : "\(name): \(what.en)"
    }

    /// The text for a reference: a person with title, a unit's name, or the id when it names nothing; and whether
    /// to grey it (a placeholder or unknown).
    func personText(_ r: Ref) -> (String, Bool) {
        switch index.byID[r.id] {
        case .person(let i):
            let p = model.people[i]
            return p.status == .placeholder ? (p.displayName + t(ChartWords.provisional), true) : (p.displayName, false)
        case .unit(let i):
            let u = model.units[i]
            return (u.name, u.status == .placeholder)
        case .duty(let j): return (model.duties[j].name, false)
        // A role held by post is settled, named holder or not: never greyed unless the post itself is provisional.
        case .post(let i):
            let p = model.posts[i]
            let text = model.postDisplayName(i, index: index)
            return p.status == .placeholder ? (text + t(ChartWords.provisional), true) : (text, false)
        case nil: return (r.id, true)
        }
    }

    /// Where a kind comes in the model's list of kinds, then file order: orders the ends of a liaison edge.
    func kindRank(_ kind: String, _ i: Int) -> (Int, Int) {
        (model.kinds.firstIndex { $0.id == kind } ?? model.kinds.count, i)
    }

    /// Names joined with 、 (or commas), broken into lines of about 18 Chinese characters.
    func wrap(_ items: [String], last: String = "") -> [String] {
        let separator = lang == .zh ? "、" : ", "
        let limit = 36
        var lines: [String] = []
        var current = ""
        for item in items {
            if current.isEmpty {
                current = item
            } else if Self.displayWidth(current + separator + item) <= limit {
                current += separator + item
            } else {
                lines.append(current + (lang == .zh ? "、" : ","))
                current = item
            }
        }
        if !current.isEmpty { lines.append(current) }
        if !last.isEmpty {
            if lines.isEmpty { lines.append("…") }
            lines[lines.count - 1] += last
        }
        return lines
    }

    /// Text width in columns: 2 for East Asian wide characters, 1 for the rest.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, c in
            let v = c.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
            return w + (wide ? 2 : 1)
        }
    }

    func unknownID(_ id: String, what: Message, candidates: [String]) -> ChartError {
        let hint = Suggest.closest(to: id, in: candidates)
        return ChartError(
            Message(
                en: "no \(what.en) with id `\(id)`" + (hint.map { "; did you mean `\($0)`?" } ?? ""),
                zh: "没有 id 为 `\(id)` 的\(what.zh)" + (hint.map { ";是否想写 `\($0)`?" } ?? "")))
    }
}
