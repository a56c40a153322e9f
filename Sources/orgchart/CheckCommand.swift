import ArgumentParser
import OrgChartCore

/// The order findings are printed in.
enum FindingOrder: String, ExpressibleByArgument, CaseIterable {
    case importance, position
}

/// `--fail-on` takes error, warning or info: `off` (a check switched off in the model) is not a level to fail at,
/// so the parser neither lists nor accepts it.
extension Severity: ExpressibleByArgument {
    public init?(argument: String) {
        guard let s = Severity(rawValue: argument), s != .off else { return nil }
        self = s
    }

    public static var allValueStrings: [String] { allCases.filter { $0 != .off }.map(\.rawValue) }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a model for responsibility gaps, overlaps and structural problems.",
        discussion: """
            Runs every check of the catalog (`orgchart checks` lists them) and prints the findings, most \
            important first: errors, then warnings, then notes, each in the catalog's order. Findings of one \
            cause are one line that says how many subjects it covers; -v lists them under it. Exit codes: 0 \
            when no finding reaches --fail-on, 1 when one does, 2 when the model cannot be loaded or the flags \
            are wrong.

            Examples:
              orgchart check seeds/dongchuan-2021.yaml
              orgchart check seeds/dongchuan-2021.yaml -v --sort position
              orgchart check seeds/dongchuan-2021.yaml --format sarif -o findings.sarif
              orgchart check model.yaml --fail-on warning --as-of 2021-04-01 --lang en
            """)

    @Argument(help: "The model file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var model: String

    @OptionGroup var format: FormatOption<FindingPrinters>

    @OptionGroup var failOn: FailOnOption

    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: "Run only these checks (comma-separated ids).")
    var only: String?

    @Flag(
        name: [.customLong("expand"), .customShort("v")],
        help: "Under a finding that covers several subjects, list them, one line each.")
    var expand = false

    @Option(
        name: .long,
        help: "Order of the findings: importance (errors first, then by check) or position (file order).")
    var sort: FindingOrder = .importance

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The address of the published checks documentation (https://…/checks.md) SARIF links each rule to (default: ORGCHART_DOCS_URL, else no links).",
            valueName: "url"))
    var docsURL: String?

    @OptionGroup var output: OutputOption

    @Flag(
        name: .long,
        help: "Print how long loading (and in how many pieces at once), checking and printing took, to standard error.")
    var timings = false

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    /// The documentation address SARIF links to: --docs-url, else ORGCHART_DOCS_URL.
    var documentation: String? {
        docsURL ?? ProcessEnvironment["ORGCHART_DOCS_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func validate() throws {
        if let d = documentation, !SARIFFindingPrinter.isDocumentationAddress(d) {
            throw ValidationError(
                "--docs-url (or ORGCHART_DOCS_URL) must be an absolute http(s) address without spaces or #, not \(d)")
        }
        if let only {
            let ids = only.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if ids.contains(where: \.isEmpty) {
                throw ValidationError(
                    "--only needs check ids separated by commas (an empty id would run no check); `orgchart checks` lists them"
                )
            }
            for id in ids where CheckCatalog.rule(id) == nil {
                let hint = Suggest.closest(to: id, in: CheckCatalog.ids).map { "; did you mean \($0)?" } ?? ""
                throw ValidationError("unknown check \(id)\(hint)")
            }
        }
    }

    func run() throws {
        var clock = Stopwatch()
        let (m, index, pieces) = try loadIndexedModelInPieces(model, options, limits: limits)
        let loaded = clock.lap()
        let onlySet = only.map { Set($0.split(separator: ",").map(String.init)) }
        var findings = CheckRunner.run(
            m, index: index, options: CheckOptions(asOf: asOf.day), only: onlySet)
        if sort == .position { findings.sort(by: Finding.byPosition) }
        let checked = clock.lap()
        let lang = options.language
        let printer = FindingPrinters.printer(
            format.resolved(output),
            PrinterOptions(
                lang: lang, colour: output.path == nil && options.colour, expand: expand,
                documentation: documentation, root: currentDirectory()))
        try emit(printer.render(findings), to: output.path, inputs: [model], options: options)
        let failed = findings.contains(where: { $0.severity >= failOn.failOn })
        if timings {
            let printed = clock.lap()
            // Files of 1 MiB or more are decoded in pieces when their layout allows (docs/benchmarks.md).
            let how = pieces > 1 ? "\(pieces) pieces at once" : "one pass"
            printError(
                "timings: load \(Stopwatch.ms(loaded)) ms (\(how)), checks \(Stopwatch.ms(checked)) ms, "
                    + "output \(Stopwatch.ms(printed)) ms "
                    + "(\(m.units.count) units, \(m.people.count) people, \(m.duties.count) duties, \(findings.count) findings)"
            )
        }
        // Done: leave without tearing down a model of possibly millions of values (the system reclaims it at once).
        exitProcess(failed ? 1 : 0)
    }
}
