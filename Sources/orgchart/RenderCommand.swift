import ArgumentParser
import OrgChartCore
import OrgChartRender

#if canImport(Glibc)
    import Glibc
#endif

/// The part of a model `render` draws.
enum ViewName: String, CaseIterable, ExpressibleByArgument {
    case whole, person, duties
}

extension ChartFormat: ExpressibleByArgument {}
extension Orientation: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw an org chart of a model with Graphviz (SVG, PNG, PDF or DOT).",
        discussion: """
            The file extension of -o picks the format (.svg, .png, .pdf, .dot or .gv); --format overrides it. \
            Without -o the chart goes to standard output, as DOT unless --format says otherwise (PNG and PDF are \
            not written to a terminal). Files are written whole or not at all: a failed run leaves no partial \
            file and keeps an existing one as it was.

            Views: whole (the default: the headquarters, its posts, the work groups and liaison links; with --root, \
            one unit's subtree, --depth levels deep), person (--person ID: every role and duty of one official), \
            duties (each duty with its lead and assists). The DOT is deterministic (the same model gives the same \
            bytes), so charts can be committed and compared.

            --lang also sets the language of the chart's captions, roles and legend; names stay as the model \
            writes them. Chinese names need a font with Chinese glyphs: the default is Noto Sans CJK SC (Debian: \
            fonts-noto-cjk).

            An unknown --root or --person id, an output that cannot be written (or is the model file itself), a \
            chart too large for the dot layout (--max-layout-nodes; the whole view then uses the tree layout \
            instead) and a Graphviz error print a message and exit 2. Limits: docs/limits.md.
            """
    )

    @Argument(help: "The model file (YAML).")
    var model: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; its extension picks the format.", valueName: "file"))
    var output: String?

    @Option(help: "Output format: svg, png, pdf or dot (default: from the -o extension; dot on standard output).")
    var format: ChartFormat?

    @Option(help: "What to draw: whole, person or duties (default: person with --person, otherwise whole).")
    var view: ViewName?

    @Option(help: ArgumentHelp("Draw only this unit and the units under it.", valueName: "unit-id"))
    var root: String?

    @Option(help: ArgumentHelp("With --root: how many levels under the root to draw.", valueName: "n"))
    var depth: Int?

    @Option(help: ArgumentHelp("The person whose roles and duties to draw.", valueName: "person-id"))
    var person: String?

    @Option(
        help: "TB (top to bottom) or LR (left to right); default TB for the whole view, LR for person and duties.")
    var orientation: Orientation?

    @Option(
        help: ArgumentHelp(
            "Gap between ranks in inches (default 0.7 top to bottom, 1.0 left to right).", valueName: "inches"))
    var ranksep: Double?

    @Option(help: ArgumentHelp("Font of every label; it needs Chinese glyphs.", valueName: "name"))
    var font: String = ChartOptions.defaultFont

    @Option(help: ArgumentHelp("Resolution of PNG output.", valueName: "dpi"))
    var dpi: Double = 144

    @Flag(
        name: .customLong("kind-colors"), inversion: .prefixedNo,
        help: "Fill units in their kind's colour (--no-kind-colors: black on white).")
    var kindColours = true

    @Flag(inversion: .prefixedNo, help: "Draw the legend.")
    var legend = true

    @Flag(help: "Mark units that have check errors (red border; the findings as SVG tooltips).")
    var annotate = false

    @Option(
        help: ArgumentHelp(
            "auto, dot or tree. tree: a linear-time layout in Swift that Graphviz only draws, for large hierarchies; auto picks it above \(Render.treeThreshold) units.",
            valueName: "layout"))
    var layout: LayoutChoice = .auto

    @Option(
        name: .customLong("max-children"),
        help: ArgumentHelp(
            "Tree layout: the most children drawn under one unit; the rest fold into one \"+ N more\" box (0: never).",
            valueName: "n"))
    var maxChildren: Int = 40

    @Option(
        name: .customLong("max-layout-nodes"),
        help: ArgumentHelp(
            "The largest chart given to the dot layout, in boxes (each rank a long edge crosses counts as one); a "
                + "larger one is drawn with the tree layout (whole view, --layout auto) or refused.",
            valueName: "n"))
    var maxLayoutNodes: Int = Render.defaultMaxLayoutNodes

    /// Above this size dot's time grows steeply (minutes for a few thousand boxes); see docs/limits.md.
    static let defaultMaxLayoutNodes = ChartRenderer.defaultMaxLayoutNodes

    /// How `render` lays a chart out.
    enum LayoutChoice: String, ExpressibleByArgument { case auto, dot, tree }

    /// Above this many units the whole view uses the tree layout: `dot` grows much faster than linearly.
    static let treeThreshold = 400

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if depth != nil && root == nil { throw ValidationError("--depth needs --root") }
        if let ranksep, !(ranksep > 0 && ranksep <= 20) {
            throw ValidationError("--ranksep must be a number of inches between 0 and 20")
        }
        if !(dpi >= 24 && dpi <= 1200) { throw ValidationError("--dpi must be between 24 and 1200") }
        if maxLayoutNodes < 1 { throw ValidationError("--max-layout-nodes must be at least 1") }
        if let problem = ChartOptions.fontProblem(font) { throw ValidationError("--font: " + problem.en) }
        switch resolvedView {
        case .person:
            if person == nil { throw ValidationError("--view person needs --person ID") }
            if root != nil { throw ValidationError("--root only works with the whole view") }
        case .duties:
            if person != nil { throw ValidationError("--person only works with --view person") }
            if root != nil { throw ValidationError("--root only works with the whole view") }
        case .whole:
            if person != nil { throw ValidationError("--person only works with --view person") }
        }
        if output == nil, let format, !format.isText, isatty(1) == 1 {
            throw ValidationError("\(format.rawValue.uppercased()) is binary: give -o FILE or redirect the output")
        }
        if let output, format == nil, ChartFormat(path: output) == nil {
            throw ValidationError(
                "cannot tell the format from the name \(output); end it in .svg, .png, .pdf or .dot, or give --format")
        }
    }

    var resolvedView: ViewName { view ?? (person != nil ? .person : .whole) }

    func run() throws {
        let lang = options.language
        let m = try loadModel(model, options, limits: limits)
        // Refuse before drawing anything, not only when writing.
        if let output { try refuseOverwritingInput(output, inputs: [model], options: options) }
        let useTree =
            resolvedView == .whole && (layout == .tree || (layout == .auto && m.units.count > Render.treeThreshold))
        if useTree {
            try renderTree(m, lang: lang)
            return
        }
        let chartView: ChartView
        switch resolvedView {
        case .whole: chartView = root.map { .subtree(root: $0, depth: depth) } ?? .whole
        case .person: chartView = .person(person ?? "")
        case .duties: chartView = .duties
        }
        let chartOptions = ChartOptions(
            view: chartView, orientation: orientation, rankSeparation: ranksep, fontName: font, lang: lang,
            colourByKind: kindColours, legend: legend)
        let chosen = format ?? output.flatMap { ChartFormat(path: $0) } ?? .dot
        try reportingChartErrors(lang) {
            let graph = try ChartBuilder.build(m, options: chartOptions, findings: annotate ? annotateFindings(m) : [])
            // DOT text needs no layout; an image does, and dot's time grows steeply with the chart's size.
            let size = graph.dotLayoutSize
            if chosen != .dot, !graph.hasPositions, size > maxLayoutNodes {
                // The seam for large charts: the whole view has a linear-time layout; the other views have none yet.
                if layout == .auto && resolvedView == .whole {
                    try renderTree(m, lang: lang)
                    return
                }
                printError(tooLargeForDot(size, lang: lang))
                throw ExitCode(2)
            }
            if layout == .auto && resolvedView == .whole {
                printError(lang == .zh ? "布局:dot(\(m.units.count) 个单位)" : "layout: dot (\(m.units.count) units)")
            }
            if graph.shortenedTexts > 0 { printError(shortenedNote(graph.shortenedTexts, lang: lang)) }
            let bytes = try ChartRenderer.render(
                graph, format: chosen, engine: chartOptions.layoutEngine, dpi: dpi, maxLayoutNodes: maxLayoutNodes)
            if let output {
                try write(bytes, to: output, inputs: [model], options: options)
            } else {
                writeStandardOutput(bytes)
            }
        }
    }
}

extension Render {
    /// Why a chart is not laid out with dot, and what to draw instead.
    func tooLargeForDot(_ size: Int, lang: Language) -> String {
        let instead: (en: String, zh: String)
        switch resolvedView {
        case .whole:
            instead = (
                "draw a part of it with --root UNIT and --depth N, use --layout tree",
                "可用 --root 单位 与 --depth N 只画一部分,或用 --layout tree"
            )
        case .person, .duties:
            instead = (
                "draw a part of the model with the whole view and --root UNIT --depth N",
                "可改用整体视图并以 --root 与 --depth 只画一部分"
            )
        }
        return lang == .zh
            ? "错误:此图约有 \(size) 个节点,超过 dot 布局的上限 \(maxLayoutNodes)"
                + "(再大 dot 会耗时数分钟甚至更久);"
                + "\(instead.zh),输出 --format dot 交由他处布局,或用 --max-layout-nodes 提高上限"
            : "error: the chart has about \(size) boxes, more than the \(maxLayoutNodes) the dot layout is given (beyond "
                + "that it takes minutes or more); \(instead.en), write --format dot to lay it out elsewhere, or raise "
                + "--max-layout-nodes"
    }

    /// Says that some names are drawn shortened, and how they are bounded.
    func shortenedNote(_ n: Int, lang: Language) -> String {
        let (lines, length, marks) = (DOTWriter.maxLines, DOTWriter.maxLineLength, DOTWriter.maxMarksPerCharacter)
        return lang == .zh
            ? "注意:\(n) 处文字过长,图中已截断并以“…”标出(每段最多 \(lines) 行、每行 \(length) 个字符、每字 \(marks) 个附加符号)"
            : "note: \(n) texts are drawn shortened, cut where marked with \"…\" (at most \(lines) lines of \(length) "
                + "characters, \(marks) combining marks on a character)"
    }

    /// Draws a large hierarchy with the tree layout and says what was folded or cut.
    func renderTree(_ m: Model, lang: Language) throws {
        let chosen = format ?? output.flatMap { ChartFormat(path: $0) } ?? .dot
        try reportingChartErrors(lang) {
            let chart = try TreeChart.build(
                m,
                options: TreeChartOptions(
                    root: root, depth: depth, maxChildren: maxChildren, fontName: font, lang: lang,
                    colourByKind: kindColours, orientation: orientation ?? .topToBottom))
            var note =
                lang == .zh
                ? "布局:树形(Swift 线性时间布局,Graphviz 按位置绘制),画出 \(chart.drawn) 个单位"
                : "layout: tree (linear-time layout in Swift, drawn by Graphviz at those positions), \(chart.drawn) units drawn"
            if chart.folded > 0 {
                note +=
                    lang == .zh
                    ? ";\(chart.folded) 个单位折叠为“+ 另有 N 个”(--max-children 调整)"
                    : "; \(chart.folded) units folded into \"+ N more\" boxes (see --max-children)"
            }
            if chart.cut > 0 {
                note += lang == .zh ? ";\(chart.cut) 个单位超出 --depth 未画出" : "; \(chart.cut) units below --depth not drawn"
            }
            printError(note)
            if chart.shortened > 0 { printError(shortenedNote(chart.shortened, lang: lang)) }
            let bytes = try chart.render(chosen, dpi: chosen == .png ? min(dpi, 72) : nil)
            if let output {
                try write(bytes, to: output, inputs: [model], options: options)
            } else {
                writeStandardOutput(bytes)
            }
        }
    }
}

/// The findings `--annotate` marks on the chart: every check of the catalog, deadlines as of the model's date.
func annotateFindings(_ model: Model) -> [Finding] {
    CheckRunner.run(model, options: CheckOptions(asOf: model.organisation.asOf ?? Day.today()))
}

/// Writes bytes to standard output in full.
func writeStandardOutput(_ bytes: [UInt8]) {
    var written = 0
    while written < bytes.count {
        let n = bytes.withUnsafeBytes { write(1, $0.baseAddress! + written, $0.count - written) }
        if n < 0 {
            if errno == EINTR { continue }
            return
        }
        written += n
    }
}
