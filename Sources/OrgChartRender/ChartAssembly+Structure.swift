import OrgChartCore

/// The structure views (whole, a subtree, a page of roots): units, their `parent` and liaison edges, the work
/// groups' band.
extension ChartAssembly {
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
        let band = workGroupBand(drawn)
        hierarchyEdges(drawn, band: band)
        liaisonEdges(drawn, band: band)
        structureRanks(drawn, band: band)
    }

    /// The work groups drawn side by side in one box. An edge to every group of the band is drawn as one edge to
    /// the band's box, aimed at its middle group: ten posts that each liaise with five groups make ten edges, not
    /// fifty.
    struct Band {
        /// The work groups' unit indices, in model order.
        let groups: [Int]
        let members: Set<Int>
        let cluster = "cluster_workgroup"
        /// The unit an edge to the whole band points at.
        let target: String
        /// Whether edges to every group collapse into one edge to the box (two groups or more).
        var collapse: Bool { groups.count >= 2 }

        func contains(_ i: Int) -> Bool { members.contains(i) }
    }

    /// The band of the drawn units whose kind is a work group, added as a cluster.
    mutating func workGroupBand(_ drawn: [Bool]) -> Band {
        let groups = model.units.indices.filter { drawn[$0] && model.kind(model.units[$0].kind)?.isWorkGroup == true }
        let band = Band(
            groups: groups, members: Set(groups),
            target: groups.isEmpty ? "" : model.units[groups[groups.count / 2]].id)
        if !groups.isEmpty {
            let ids = groups.map { model.units[$0].id }
            let nested = groups.contains { g in model.units[g].parent.map { ids.contains($0.id) } ?? false }
            clusters.append(
                ChartCluster(
                    id: band.cluster,
                    label: lang == .en
                        ? t(ChartWords.workGroups) : model.kindLabel(model.units[groups[0]].kind, lang: lang),
                    nodes: ids, sameRank: !nested, style: ChartPalette.workgroupCluster))
        }
        return band
    }

    /// The `parent` edges between drawn units: one edge to the band when every group has the same drawn parent,
    /// and long rows of leaves under one parent wrapped.
    mutating func hierarchyEdges(_ drawn: [Bool], band: Band) {
        let hierarchyLegend = ChartLegend.Line(
            label: t(ChartWords.hierarchyEdge), line: .solid, colour: ChartPalette.hierarchy)
        let parents = band.groups.map { g in model.units[g].parent.flatMap { index.unit($0.id) } }
        let bandParent: Int? = {
            guard band.collapse, let first = parents.first, let p = first, drawn[p], !band.contains(p),
                parents.allSatisfy({ $0 == p })
            else { return nil }
            return p
        }()
        let (row, columns) = wrappedRows(drawn, band: band)
        for (i, u) in model.units.enumerated() where drawn[i] {
            guard let p = u.parent, let pi = index.unit(p.id), drawn[pi], pi != i else { continue }
            if let bp = bandParent, band.contains(i) {
                if i == band.groups[0] {
                    addEdge(
                        ChartEdge(
                            from: model.units[bp].id, to: band.target, colour: ChartPalette.hierarchy, penWidth: 1.4,
                            headCluster: band.cluster), legend: hierarchyLegend)
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
    }

    /// Many leaf units under one parent wrap onto rows of at most `rowLimit`: the row of each wrapped unit (a
    /// longer edge from the parent to the later rows), and the pairs of units one above the other (invisible edges
    /// that keep each column in line).
    func wrappedRows(_ drawn: [Bool], band: Band) -> (row: [Int: Int], columns: [(Int, Int)]) {
        var row: [Int: Int] = [:]
        var columns: [(Int, Int)] = []
        guard orientation == .topToBottom, options.rowLimit > 0 else { return (row, columns) }
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
        return (row, columns)
    }

    /// Liaison pairs, each once, drawn from the kind listed first (the post) to the later one (the work group), so
    /// the band sits under the posts whichever side declares the link; a unit that liaises with every group of the
    /// band gets one edge to the band.
    mutating func liaisonEdges(_ drawn: [Bool], band: Band) {
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
            if band.collapse, !band.contains(a), band.contains(b), partners[a] == band.groups.count {
                if collapsed.insert(a).inserted {
                    addEdge(
                        ChartEdge(
                            from: from, to: band.target, line: .dashed, colour: ChartPalette.liaison, arrow: false,
                            headCluster: band.cluster), legend: liaisonLegend)
                }
                continue
            }
            addEdge(
                ChartEdge(
                    from: from, to: model.units[b].id, line: .dashed, colour: ChartPalette.liaison, arrow: false,
                    constraint: model.units[a].kind != model.units[b].kind), legend: liaisonLegend)
        }
    }

    /// Where a kind comes in the model's list of kinds, then file order: orders the ends of a liaison edge.
    func kindRank(_ kind: String, _ i: Int) -> (Int, Int) {
        (model.kinds.firstIndex { $0.id == kind } ?? model.kinds.count, i)
    }

    /// The tops of the structure side by side (units with units under them and nothing drawn above), and
    /// collectives linked to nothing (各乡镇(街道) with its townships) at the bottom, beside the legend.
    mutating func structureRanks(_ drawn: [Bool], band: Band) {
        for (i, u) in model.units.enumerated() where drawn[i] && !band.contains(i) {
            let hasParent = u.parent.flatMap { index.unit($0.id) }.map { drawn[$0] && $0 != i } ?? false
            let hasChildren = (index.children[u.id] ?? []).contains { drawn[$0] && $0 != i }
            if !hasParent && hasChildren { topRank.append(u.id) }
        }
        if topRank.count < 2 { topRank = [] }
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
}
