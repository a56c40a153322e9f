import ArgumentParser
import OrgChartCore
import OrgChartRender

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two models: what a restructuring changes, and what it breaks.",
        discussion: """
            Matches units, people and duties by id, and units also by `replaces:` (an AFTER unit that replaces \
            several BEFORE units merges them; several AFTER units replacing one BEFORE unit split it). Lists the \
            changes unit by unit, then the impact: findings AFTER introduces and resolves (every check runs on \
            both models), lead roles per person, unit counts per kind. Exit codes: 0 when AFTER introduces no \
            finding at --fail-on, 1 when it does, 2 when a model cannot be loaded or the flags are wrong.

            Examples:
              orgchart diff before.yaml after.yaml
              orgchart diff before.yaml after.yaml --format markdown -o briefing.md
              orgchart diff before.yaml after.yaml --format json --fail-on warning
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The model before the change (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var before: String

    @Argument(help: "The model after the change (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var after: String

    @Option(name: .shortAndLong, help: "text, json or markdown (default: from the -o extension, else text).")
    var format: Format?

    @Option(name: .long, help: "The lowest severity of an introduced finding that makes the exit code 1.")
    var failOn: Severity = .error

    @Option(name: .long, help: "The date deadlines are checked against in both models (YYYY-MM-DD; default: today).")
    var asOf: Day?

    @Option(
        name: .shortAndLong,
        help: "Write the output to this file (atomically) instead of standard output.", completion: .file())
    var output: String?

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    /// Extensions of a visual diff, drawn by the renderer.
    static let pictureExtensions = [".svg", ".png", ".pdf"]

    func validate() throws {
        if failOn == .off { throw ValidationError("--fail-on must be error, warning or info") }
    }

    /// The format: the flag, else the output file's extension, else text.
    var resolvedFormat: Format {
        if let format { return format }
        if let o = output?.lowercased() {
            if o.hasSuffix(".json") { return .json }
            if o.hasSuffix(".md") || o.hasSuffix(".markdown") { return .markdown }
        }
        return .text
    }

    func run() throws {
        let (b, bi) = try loadIndexedModel(before, options, limits: limits)
        let (a, ai) = try loadIndexedModel(after, options, limits: limits)
        let diff = ModelDiff(
            before: b, after: a, beforeIndex: bi, afterIndex: ai, options: CheckOptions(asOf: asOf ?? Day.today()))
        let lang = options.language
        if let output, format == nil, let picture = ChartFormat(path: output), picture != .dot {
            // The visual diff: the AFTER structure with the changes marked.
            try reportingChartErrors(lang) {
                let chartLang = options.contentLanguage([b, a])
                let (bytes, note) = try DiffChart.render(diff, format: picture, options: ChartOptions(lang: chartLang))
                if let note { printError(note.text(lang)) }
                try write(bytes, to: output, inputs: [before, after], options: options)
            }
            if diff.introduces(atLeast: failOn) { throw ExitCode(1) }
            return
        }
        let text: String
        switch resolvedFormat {
        case .text: text = TextDiffPrinter(lang: lang, colour: output == nil && options.colour).render(diff)
        case .json: text = JSONDiffPrinter(lang: lang).render(diff)
        case .markdown: text = MarkdownDiffPrinter(lang: lang).render(diff)
        }
        try emit(text, to: output, inputs: [before, after], options: options)
        // Leave without tearing down two possibly large models.
        finish(diff.introduces(atLeast: failOn) ? 1 : 0)
    }
}
