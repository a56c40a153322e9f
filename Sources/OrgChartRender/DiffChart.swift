import OrgChartCore

/// The visual diff of a restructuring: the AFTER structure drawn with added units green, removed ones red and
/// dashed (kept where they were), changed ones orange, moved ones with their old parent noted, and merged ones with
/// their predecessors listed.
public enum DiffChart {
    static let added = ChartStyle(fill: "#E8F5E9", border: "#2E7D32", text: "#1B5E20", penWidth: 2.4)
    static let removed = ChartStyle(fill: "#FFEBEE", border: "#C62828", text: "#B71C1C", dashed: true, penWidth: 2.0)
    static let changed = ChartStyle(fill: "#FFF3E0", border: "#EF6C00", text: "#E65100", penWidth: 2.4)

    /// Chinese words for the change kinds a unit can show.
    static let zhLabels: [String: String] = [
        "unit-added": "新增", "unit-removed": "撤销", "unit-renamed": "更名", "unit-moved": "调整隶属",
        "unit-merged": "合并", "unit-split": "拆分", "kind-changed": "类别变化", "chief-changed": "负责人变化",
        "deputies-changed": "副职变化", "office-changed": "办公室调整", "liaison-added": "新增对接",
        "liaison-removed": "取消对接", "member-added": "新增成员", "member-removed": "减少成员",
    ]

    /// The id of the node that keeps drawing a removed BEFORE unit (AFTER's units keep their own ids).
    static func removedNodeID(_ unitID: String) -> String { "removed:" + unitID }

    /// The visual diff drawn as the layout policy says: `dot` for a chart it can lay out, otherwise the tree layout
    /// of AFTER with added units green and changed ones orange (removed units are then not drawn; the note says
    /// how many). Returns the bytes and, for the tree layout, what to tell the user.
    public static func render(
        _ diff: ModelDiff, format: ChartFormat, options: ChartOptions = ChartOptions(),
        policy: LayoutPolicy = LayoutPolicy()
    ) throws(ChartError) -> (bytes: [UInt8], note: Message?) {
        if policy.decide(units: diff.after.units.count, treeAvailable: true) != .tree {
            let graph = try build(diff, options: options)
            switch policy.decide(graph, treeAvailable: true, needsLayout: format != .dot) {
            case .dot: return (try ChartRenderer.render(graph, format: format), nil)
            case .refuse(let size): throw ChartError(policy.tooLargeMessage(size: size, wholeView: true))
            case .tree: break
            }
        }
        var styles: [String: ChartStyle] = [:]
        for (id, status) in diff.unitStatus { styles[id] = status.state == .added ? added : changed }
        var treeOptions = TreeChartOptions(fontName: options.fontName, lang: options.lang)
        treeOptions.styles = styles
        let chart = try TreeChart.build(diff.after, options: treeOptions)
        var note = LayoutPolicy.treeNote(chart)
        note.en += "; added units green, changed ones orange, \(diff.removedUnits.count) removed units not drawn"
        note.zh += ";新增单位绿色、有变化的橙色,撤销的 \(diff.removedUnits.count) 个单位未画出"
        return (try chart.render(format, dpi: format == .png ? 72 : nil), note)
    }

    /// The chart of `diff.after` (whole view) with the changes marked.
    public static func build(_ diff: ModelDiff, options: ChartOptions = ChartOptions()) throws(ChartError)
        -> ChartGraph
    {
        var graph = try ChartBuilder.build(diff.after, options: options)
        let zh = options.lang == .zh
        func names(_ refs: [NamedRef]) -> String { refs.map(\.name).joined(separator: zh ? "、" : ", ") }
        var present = Set(graph.nodes.map(\.id))
        for i in graph.nodes.indices {
            guard let status = diff.unitStatus[graph.nodes[i].id] else { continue }
            var node = graph.nodes[i]
            switch status.state {
            case .added:
                node.style = added
                node.lines.insert(ChartLine(caption: zh ? "变化" : "change", zh ? "新增" : "added"), at: 0)
            case .changed, .removed:
                node.style = changed
                let kinds = status.changes.map { zh ? (zhLabels[$0.rawValue] ?? $0.rawValue) : $0.rawValue }
                    .joined(separator: zh ? "、" : ", ")
                if !kinds.isEmpty { node.lines.insert(ChartLine(caption: zh ? "变化" : "change", kinds), at: 0) }
            }
            if !status.mergedFrom.isEmpty {
                node.lines.append(ChartLine(caption: zh ? "由以下合并" : "merges", names(status.mergedFrom)))
            }
            if let s = status.splitFrom { node.lines.append(ChartLine(caption: zh ? "拆分自" : "split from", s.name)) }
            if status.moved {
                let old = status.oldParents.isEmpty ? (zh ? "(无)" : "(none)") : names(status.oldParents)
                node.lines.append(ChartLine(caption: zh ? "原隶属" : "was under", old))
            }
            if let p = status.previousID { node.lines.append(ChartLine(caption: zh ? "原编号" : "was", p)) }
            graph.nodes[i] = node
        }
        for r in diff.removedUnits {
            let id = removedNodeID(r.unit.id)
            guard !present.contains(id) else { continue }
            present.insert(id)
            var lines = [ChartLine(caption: zh ? "变化" : "change", zh ? "撤销,无单位接替" : "removed, nothing replaces it")]
            if let p = r.oldParent { lines.append(ChartLine(caption: zh ? "原隶属" : "was under", p.name)) }
            graph.nodes.append(ChartNode(id: id, heading: r.unit.name, lines: lines, style: removed))
            if let anchor = r.anchor, present.contains(anchor) {
                graph.edges.append(ChartEdge(from: anchor, to: id, line: .dashed, colour: removed.border))
            }
        }
        var legend =
            graph.legend ?? ChartLegend(title: zh ? "图例" : "Legend", swatches: [], lines: [])
        legend.swatches += [
            ChartLegend.Swatch(label: zh ? "新增" : "added", style: added),
            ChartLegend.Swatch(label: zh ? "有变化" : "changed", style: changed),
            ChartLegend.Swatch(label: zh ? "撤销" : "removed", style: removed),
        ]
        graph.legend = legend
        if let t = graph.title { graph.title = (zh ? "调整方案对比:" : "Restructuring: ") + t }
        return graph
    }
}
