import OrgChartCore

extension ReportPage {
    /// The chart of a model too large for Graphviz's `dot` (the layout policy says so): an empty SVG that the page's
    /// script fills with the top levels, every box showing how many units are below it, expanding and collapsing on
    /// click, with search revealing any unit. No Graphviz call, so no size can crash or stall the report.
    mutating func explorerSVG() -> String {
        explorable = true
        for u in model.units { chartIDs[u.id] = ReportAnchor.unit(u.id) }
        for r in diff?.removedUnits ?? [] { removedChartIDs[r.unit.id] = ReportAnchor.removed(r.unit.id) }
        let label = HTML.escape(organisationName + " " + ReportWords.chartSection.text(lang))
        return """
            <svg id="tree-chart" class="chart-svg tree-chart" xmlns="http://www.w3.org/2000/svg" role="group" \
            aria-label="\(label)" width="800" height="200" viewBox="0 0 800 200"></svg>

            """
    }

    /// The explorable chart's data, index for index with the data block's units: each unit's parent (an index, -1 at
    /// the top), its box style (an index into `styles`) and its mark (1 an error, 2 a warning).
    func explorerData(units: [Unit], removed: Set<Int>) -> JSON {
        var position: [String: Int] = [:]
        for (i, u) in units.enumerated() where !removed.contains(i) && position[u.id] == nil { position[u.id] = i }
        var styles: [ChartStyle] = []
        var styleIndex: [ChartStyle: Int] = [:]
        func style(_ s: ChartStyle) -> Int {
            if let i = styleIndex[s] { return i }
            styles.append(s)
            styleIndex[s] = styles.count - 1
            return styles.count - 1
        }
        var marks: [String: Int] = [:]
        for f in findings {
            for s in f.subjects {
                if f.severity == .error {
                    marks[s] = 1
                } else if f.severity == .warning, marks[s] == nil {
                    marks[s] = 2
                }
            }
        }
        var parents: [JSON] = []
        var styleOf: [JSON] = []
        var markOf: [JSON] = []
        parents.reserveCapacity(units.count)
        for (i, u) in units.enumerated() {
            var p = u.parent.flatMap { position[$0.id] } ?? -1
            if p == i { p = -1 }
            parents.append(.int(p))
            var s = ChartPalette.style(
                kind: u.kind, placeholder: u.status == .placeholder, model: removed.contains(i) ? diff!.before : model,
                colourByKind: true)
            if removed.contains(i) {
                s = DiffChart.removed
            } else if let status = diff?.unitStatus[u.id] {
                s = status.state == .added ? DiffChart.added : DiffChart.changed
            }
            styleOf.append(.int(style(s)))
            markOf.append(.int(removed.contains(i) ? 0 : (marks[u.id] ?? 0)))
        }
        return .object([
            ("parent", .array(parents)),
            ("style", .array(styleOf)),
            ("mark", .array(markOf)),
            (
                "styles",
                .array(
                    styles.map {
                        .object([
                            ("fill", .string($0.fill)), ("border", .string($0.border)), ("text", .string($0.text)),
                            ("dashed", .bool($0.dashed)),
                        ])
                    })
            ),
            (
                "words",
                .object(ReportWords.explorer.map { ($0.0, .string($0.1.text(lang))) })
            ),
        ])
    }
}

extension JSON {
    /// The value with null, false and empty-list fields of its objects left out, `depth` levels down.
    func withoutEmptyFields(depth: Int) -> JSON {
        guard depth > 0 else { return self }
        switch self {
        case .array(let items): return .array(items.map { $0.withoutEmptyFields(depth: depth) })
        case .object(let fields):
            return .object(
                fields.compactMap { field in
                    switch field.1 {
                    case .null, .bool(false): return nil
                    case .array(let a) where a.isEmpty: return nil
                    default: return (field.0, field.1.withoutEmptyFields(depth: depth - 1))
                    }
                })
        default: return self
        }
    }
}
