/// Prints the findings of `orgchart check`: one output format. A new format is one type conforming to this protocol
/// and its entry in `FindingPrinters.all`; `--format`, its help, docs/output-formats.md and the golden-file tests
/// all read that list.
public protocol FindingPrinter: Sendable {
    /// The format's name, extensions and help.
    static var format: OutputFormat { get }
    /// A printer with the given language and colouring.
    init(_ options: PrinterOptions)
    /// The whole output for `findings`, sorted as they are given.
    func render(_ findings: [Finding]) -> String
}

/// Every printer of findings, in the order `check --format` lists them; the first is the default.
public enum FindingPrinters: PrinterCatalog {
    /// The printers.
    public static let all: [any FindingPrinter.Type] = [
        TextFindingPrinter.self, JSONFindingPrinter.self, SARIFFindingPrinter.self, MarkdownFindingPrinter.self,
    ]

    public static let command = "check"
    public static var formats: [OutputFormat] { all.map { $0.format } }

    /// The printer of `format`, made with `options` (a format from this list; any other prints as the first).
    public static func printer(_ format: OutputFormat, _ options: PrinterOptions) -> any FindingPrinter {
        (all.first { $0.format == format } ?? all[0]).init(options)
    }
}
