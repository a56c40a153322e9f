/// Prints what `orgchart diff` found: one output format. A new format is one type conforming to this protocol and
/// its entry in `DiffPrinters.all`; `--format`, its help, docs/output-formats.md and the tests read that list.
public protocol DiffPrinter: Sendable {
    /// The format's name, extensions and help.
    static var format: OutputFormat { get }
    /// A printer with the given language and colouring.
    init(_ options: PrinterOptions)
    /// The whole output for `diff`.
    func render(_ diff: ModelDiff) -> String
}

/// Every printer of a diff, in the order `diff --format` lists them; the first is the default.
public enum DiffPrinters: PrinterCatalog {
    /// The printers.
    public static let all: [any DiffPrinter.Type] = [
        TextDiffPrinter.self, JSONDiffPrinter.self, MarkdownDiffPrinter.self,
    ]

    public static let command = "diff"
    public static var formats: [OutputFormat] { all.map { $0.format } }

    /// The printer of `format`, made with `options` (a format from this list; any other prints as the first).
    public static func printer(_ format: OutputFormat, _ options: PrinterOptions) -> any DiffPrinter {
        (all.first { $0.format == format } ?? all[0]).init(options)
    }
}
