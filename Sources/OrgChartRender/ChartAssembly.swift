import OrgChartCore

/// Turns a model into the chart description of one view; pure and deterministic (same model, same chart).
///
/// `ChartAssembly` holds the graph being built (nodes, edges, legend); each view is drawn by one file,
/// `ChartAssembly+<View>.swift` (structure, person, duties), which the switch below picks.
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
            let head = t(model.headTitle(u.kind))
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
                    lines.append(ChartLine(caption: k == 0 ? t(model.deputyTitle(u.kind)) : nil, line))
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
        func declared(_ k: KindDefinition) -> Bool { model.customKinds.contains { $0.id == k.id } }
        for (n, k) in model.kinds.enumerated() where usedKinds.contains(k.id) {
            // Built-in kinds that share colours (`department` has `bureau`'s): list the colours once.
            if let c = k.colours, !declared(k),
                model.kinds[..<n].contains(where: { $0.colours == c && usedKinds.contains($0.id) && !declared($0) })
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
        let hint = Suggest.hint(for: id, in: candidates)
        return ChartError(
            Message(
                en: "no \(what.en) with id `\(id)`" + hint.en,
                zh: "没有 id 为 `\(id)` 的\(what.zh)" + hint.zh))
    }
}
