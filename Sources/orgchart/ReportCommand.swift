import ArgumentParser
import OrgChartCore
import OrgChartRender

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML report: chart, findings, responsibility matrix and duties.",
        discussion: """
            The report is a single HTML file that works offline, opened straight from disk: the chart is inline \
            SVG, the style and script are inside the page, and its Content-Security-Policy forbids every network \
            request. Clicking a unit in the chart shows its chief, deputies, office, members, liaisons, duties and \
            findings; the search box highlights units and people by any part of their names. The findings of every \
            check are grouped by severity and link to their unit; the responsibility matrix marks gaps and \
            overlaps; the duties table marks what is overdue as of --as-of. It prints on A4.

            --lang sets the language of the page (headings, captions, findings); names stay as the model writes \
            them. A model that cannot be loaded, an output that is the model itself or cannot be written, and a \
            Graphviz error exit 2; otherwise the exit code is 0, whatever the findings (use `check --fail-on` to \
            gate on them).

            With two models, BEFORE and AFTER (a restructuring proposal), the page starts with the visual diff (the \
            AFTER structure with added units green, changed ones orange and removed ones red), the changes unit by \
            unit and their impact (findings introduced and resolved, duties that lose their lead, lead roles per \
            person, unit counts), then AFTER's findings, matrix and duties.

            Examples:
              orgchart report seeds/dongchuan-2021.yaml -o report.html
              orgchart report seeds/proposals/dongchuan-14-posts-illustrative.yaml \\
                  seeds/proposals/dongchuan-10-posts-illustrative.yaml -o proposal.html
              orgchart report model.yaml --as-of 2021-04-01 --lang en -o report-en.html
            """)

    @Argument(
        help: ArgumentHelp(
            "The model file (YAML); or two, BEFORE and AFTER, for the report of a restructuring.",
            valueName: "model"), completion: .file(extensions: ["yaml", "yml"]))
    var models: [String]

    @OptionGroup var output: OutputOption

    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("Font of the chart's labels; it needs Chinese glyphs.", valueName: "name"))
    var font: String = ChartOptions.defaultFont

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if models.isEmpty { throw ValidationError("give a model file, or two (BEFORE AFTER) for a restructuring") }
        if models.count > 2 { throw ValidationError("give one model, or two (BEFORE AFTER); not \(models.count)") }
        if let problem = ChartOptions.fontProblem(font) { throw ValidationError("--font: " + problem.en) }
    }

    func run() throws {
        let loaded = try models.map { try loadModel($0, options, limits: limits) }
        let lang = options.contentLanguage(loaded)
        let reportOptions = ReportOptions(lang: lang, asOf: asOf.day, fontName: font)
        let html = try reportingChartErrors(lang) {
            loaded.count == 2
                ? try HTMLReport.render(before: loaded[0], after: loaded[1], options: reportOptions)
                : try HTMLReport.render(loaded[0], options: reportOptions)
        }
        try emit(html, to: output.path, inputs: models, options: options)
    }
}
