import OrgChartCore

/// Draws a model: builds the chart of a view, writes its DOT and, for images, has Graphviz render it.
public enum ChartRenderer {
    /// The chart of `model` in `format` as bytes (UTF-8 text for DOT and SVG); `findings` mark units for
    /// `--annotate`.
    public static func render(
        _ model: Model, options: ChartOptions = ChartOptions(), findings: [Finding] = [], format: ChartFormat,
        dpi: Double? = 144
    ) throws(ChartError) -> [UInt8] {
        let graph = try ChartBuilder.build(model, options: options, findings: findings)
        return try render(graph, format: format, engine: options.layoutEngine, dpi: dpi)
    }

    /// A chart description in `format`; `engine` nil picks `nop2` when every node has a position, `dot` otherwise.
    /// A chart that needs the dot layout and is larger than `maxLayoutNodes` (`ChartGraph.dotLayoutSize`) is
    /// refused before Graphviz is called: dot's time grows steeply with size and its recursion with depth.
    public static func render(
        _ graph: ChartGraph, format: ChartFormat, engine: LayoutEngine? = nil, dpi: Double? = 144,
        maxLayoutNodes: Int = ChartRenderer.defaultMaxLayoutNodes
    ) throws(ChartError) -> [UInt8] {
        try checkFont(graph.fontName)
        let chosen = engine ?? (graph.hasPositions ? .nop2 : .dot)
        if chosen == .dot, format != .dot {
            let size = graph.dotLayoutSize
            if size > maxLayoutNodes {
                throw ChartError(
                    Message(
                        en:
                            "the chart has about \(size) boxes, more than the \(maxLayoutNodes) the dot layout is given "
                            + "(beyond that it takes minutes and deep charts exhaust its stack); draw it with "
                            + "`orgchart render --layout tree`, or a part of it with --root UNIT --depth N",
                        zh: "此图约有 \(size) 个节点,超过 dot 布局的上限 \(maxLayoutNodes)(再大 dot 会耗时数分钟,层级过深还会耗尽栈);"
                            + "请用 `orgchart render --layout tree` 绘制,或以 --root 单位 --depth N 只画一部分"))
            }
        }
        return try render(dot: DOTWriter.write(graph), format: format, engine: chosen, dpi: dpi)
    }

    /// The largest chart given to the dot layout by default, in boxes plus the ranks long edges cross (on a 2-core
    /// machine 1,800 boxes take 1.6 s, 3,400 take 10 s; see docs/limits.md): the layout policy's.
    public static let defaultMaxLayoutNodes = LayoutPolicy.defaultMaxLayoutNodes

    /// Refuses a font name that could act in an output: Graphviz writes it unescaped into SVG attributes.
    public static func checkFont(_ name: String) throws(ChartError) {
        if let problem = ChartOptions.fontProblem(name) { throw ChartError(problem) }
    }

    /// DOT text in `format`: itself for DOT, otherwise laid out by `engine` and drawn by Graphviz.
    public static func render(dot: String, format: ChartFormat, engine: LayoutEngine, dpi: Double?) throws(ChartError)
        -> [UInt8]
    {
        let device: GraphvizFormat
        switch format {
        case .dot: return Array(dot.utf8)
        case .svg: device = .svg
        case .png: device = .png
        case .pdf: device = .pdf
        }
        do {
            return try Graphviz.render(dot: dot, format: device, engine: engine, dpi: dpi)
        } catch {
            throw ChartError(
                Message(
                    en: "Graphviz could not draw the chart: \(error.message)",
                    zh: "Graphviz 无法绘制此图:\(error.message)"))
        }
    }
}
