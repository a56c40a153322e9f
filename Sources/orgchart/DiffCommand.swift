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

    @Argument(help: "The model before the change (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var before: String

    @Argument(help: "The model after the change (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var after: String

    @OptionGroup var format: FormatOption<DiffPrinters>

    @OptionGroup var failOn: FailOnOption

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var output: OutputOption

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let (b, bi) = try loadIndexedModel(before, options, limits: limits)
        let (a, ai) = try loadIndexedModel(after, options, limits: limits)
        let diff = ModelDiff(
            before: b, after: a, beforeIndex: bi, afterIndex: ai, options: CheckOptions(asOf: asOf.day))
        let lang = options.language
        if let file = output.path, format.format == nil, let picture = ChartFormat(path: file), picture != .dot {
            // The visual diff: the AFTER structure with the changes marked.
            try reportingChartErrors(lang) {
                let chartLang = options.contentLanguage([b, a])
                let (bytes, note) = try DiffChart.render(diff, format: picture, options: ChartOptions(lang: chartLang))
                if let note { printError(note.text(lang)) }
                try write(bytes, to: file, inputs: [before, after], options: options)
            }
            if diff.introduces(atLeast: failOn.failOn) { throw ExitCode(1) }
            return
        }
        let printer = DiffPrinters.printer(
            format.resolved(output), PrinterOptions(lang: lang, colour: output.path == nil && options.colour))
        try emit(printer.render(diff), to: output.path, inputs: [before, after], options: options)
        // Leave without tearing down two possibly large models.
        exitProcess(diff.introduces(atLeast: failOn.failOn) ? 1 : 0)
    }
}
