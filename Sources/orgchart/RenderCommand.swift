import ArgumentParser
import OrgChartCore
import OrgChartRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ChartRequest.View: ExpressibleByArgument {}
extension ChartFormat: ExpressibleByArgument {}
extension Orientation: ExpressibleByArgument {}
extension LayoutPolicy.Choice: ExpressibleByArgument {}
extension ChartPage: ExpressibleByArgument {
    public static var allValueStrings: [String] {
        ["a4", "a3", "a4-landscape", "a4-portrait", "a3-landscape", "a3-portrait"]
    }
}

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

            The chart's captions, roles and legend follow --lang, then LANG when it names zh or en, then the \
            language the model's names are written in (Chinese names get Chinese labels under LANG=C); names stay as \
            the model writes them. Chinese names need a font with Chinese glyphs: the default is Noto Sans CJK SC (Debian: \
            fonts-noto-cjk).

            An unknown --root or --person id, an output that cannot be written (or is the model file itself), a \
            chart too large for the dot layout (--max-layout-nodes; the whole view then uses the tree layout \
            instead) and a Graphviz error print a message and exit 2. Limits: docs/limits.md.
            """
    )

    @Argument(help: "The model file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var model: String

    @OptionGroup var output: OutputOption

    @Option(help: "Output format: svg, png, pdf or dot (default: from the -o extension; dot on standard output).")
    var format: ChartFormat?

    @Option(help: "What to draw: whole, person or duties (default: person with --person, otherwise whole).")
    var view: ChartRequest.View?

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

    @Option(
        help: ArgumentHelp(
            "Lay the chart out for paper: a4, a3, a4-landscape, a4-portrait, a3-landscape or a3-portrait. Rows of "
                + "posts wrap so that no label prints below 8 pt; a chart still too large is split into a first page "
                + "with the top levels and one page per subtree (PDF).",
            valueName: "paper"))
    var page: ChartPage?

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
            "auto, dot or tree. tree: a linear-time layout in Swift that Graphviz only draws, for large hierarchies; auto picks it above \(LayoutPolicy.defaultTreeThreshold) units.",
            valueName: "layout"))
    var layout: LayoutPolicy.Choice = .auto

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
    var maxLayoutNodes: Int = LayoutPolicy.defaultMaxLayoutNodes

    /// The layout policy the flags ask for.
    var policy: LayoutPolicy { LayoutPolicy(choice: layout, maxLayoutNodes: maxLayoutNodes) }

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if depth != nil && root == nil { throw ValidationError("--depth needs --root") }
        if let ranksep, !(ranksep > 0 && ranksep <= 20) {
            throw ValidationError("--ranksep must be a number of inches between 0 and 20")
        }
        if !(dpi >= 24 && dpi <= 1200) { throw ValidationError("--dpi must be between 24 and 1200") }
        if maxLayoutNodes < 1 || maxLayoutNodes > LayoutPolicy.ceiling {
            throw ValidationError(
                "--max-layout-nodes must be between 1 and \(LayoutPolicy.ceiling): above that Graphviz's dot crashes or "
                    + "takes many minutes (docs/limits.md); use --layout tree or --format dot")
        }
        if let problem = ChartOptions.fontProblem(font) { throw ValidationError("--font: " + problem.en) }
        if let problem = resolvedView.problem(person: person, root: root) { throw ValidationError(problem) }
        if output.path == nil, let format, !format.isText, isatty(1) == 1 {
            throw ValidationError("\(format.rawValue.uppercased()) is binary: give -o FILE or redirect the output")
        }
        if let output = output.path, format == nil, ChartFormat(path: output) == nil {
            throw ValidationError(
                "cannot tell the format from the name \(output); end it in .svg, .png, .pdf or .dot, or give --format")
        }
    }

    var resolvedView: ChartRequest.View { view ?? .default(person: person) }

    func run() throws {
        let m = try loadModel(model, options, limits: limits)
        // Refuse before drawing anything, not only when writing.
        if let file = output.path { try refuseOverwritingInput(file, inputs: [model], options: options) }
        let request = ChartRequest(
            view: resolvedView, root: root, depth: depth, person: person,
            format: format ?? output.path.flatMap { ChartFormat(path: $0) } ?? .dot,
            look: ChartOptions(
                orientation: orientation, rankSeparation: ranksep, fontName: font, lang: options.contentLanguage([m]),
                colourByKind: kindColours, legend: legend),
            annotate: annotate, page: page, dpi: dpi, policy: policy, maxChildren: maxChildren)
        let bytes = try reportingChartErrors(options.language) {
            try request.draw(m) { printError($0.text(options.language)) }
        }
        if let file = output.path {
            try write(bytes, to: file, inputs: [model], options: options)
        } else {
            writeStandardOutput(bytes)
        }
    }
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
