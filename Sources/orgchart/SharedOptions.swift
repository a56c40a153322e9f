import ArgumentParser
import OrgChartCore

/// `-o FILE`, for every command that writes: where the output goes.
struct OutputOption: ParsableArguments {
    @Option(
        name: [.customLong("output"), .customShort("o")],
        help: "Write the output to this file (atomically) instead of standard output.", completion: .file())
    var path: String?

    /// The file to write, or nil for standard output (no `-o`, or `-o -`).
    var file: String? { path == "-" ? nil : path }
}

/// `--as-of DATE`, for every command that judges deadlines.
struct AsOfOption: ParsableArguments {
    @Option(name: .long, help: "The date deadlines are checked against (YYYY-MM-DD; default: today).")
    var asOf: Day?

    /// The date given, or today.
    var day: Day { asOf ?? Day.today() }
}

/// `--fail-on SEVERITY`, for every command whose exit code says whether findings reached a severity.
struct FailOnOption: ParsableArguments {
    @Option(name: .long, help: "The lowest severity of a finding that makes the exit code 1: error, warning or info.")
    var failOn: Severity = .error

    func validate() throws {
        if failOn == .off { throw ValidationError("--fail-on must be error, warning or info") }
    }
}

/// `--format NAME` of a command whose formats are a list of printers (`FindingPrinters`, `DiffPrinters`,
/// `ExtractionPrinters`): the values, their help and the default all come from the list.
struct FormatOption<Catalog: PrinterCatalog>: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(FormatOption.abstract.en))
    var format: FormatName<Catalog>?

    /// The help of `--format` in both languages (ChineseHelp reads the Chinese).
    static var abstract: Message {
        let first = Catalog.formats.first?.id ?? ""
        return Message(
            en: "Output format (default: from the -o extension, else \(first)).",
            zh: "输出格式(默认按 -o 的扩展名,否则为 \(first))。")
    }

    /// The format: the flag, else the one the extension of `-o` picks (compared in lower case), else the first.
    func resolved(_ output: OutputOption) -> OutputFormat {
        if let format { return format.format }
        if let file = output.file, let named = Catalog.format(forFile: file) { return named }
        return Catalog.formats[0]
    }
}

/// A value of `--format`: the name of one format of `Catalog`. The help lists each with its line of help.
struct FormatName<Catalog: PrinterCatalog>: ExpressibleByArgument {
    var format: OutputFormat

    init?(argument: String) {
        guard let format = Catalog.format(argument) else { return nil }
        self.format = format
    }

    var defaultValueDescription: String { format.id }

    static var allValueStrings: [String] { Catalog.formats.map(\.id) }

    static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: Catalog.formats.map { ($0.id, $0.help.en) })
    }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
