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
    public static func render(
        _ graph: ChartGraph, format: ChartFormat, engine: LayoutEngine? = nil, dpi: Double? = 144
    ) throws(ChartError) -> [UInt8] {
        try render(
            dot: DOTWriter.write(graph), format: format, engine: engine ?? (graph.hasPositions ? .nop2 : .dot), dpi: dpi
        )
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
