/// What a printer of an extraction is made with.
public struct ExtractionPrinterOptions: Sendable {
    /// The language of messages.
    public var lang: Language
    /// The minutes or notice the extraction was read from, as the user named it.
    public var documentPath: String
    /// The key the drafted entries' `source:` cites (`--source-name`, default `minutes`).
    public var sourceName: String
    /// The model names were resolved against, if any.
    public var model: Model?

    /// Options for printing an extraction of `documentPath`.
    public init(lang: Language, documentPath: String, sourceName: String = "minutes", model: Model? = nil) {
        self.lang = lang
        self.documentPath = documentPath
        self.sourceName = sourceName
        self.model = model
    }
}

/// Prints what `orgchart extract` read: one output format. A new format is one type conforming to this protocol
/// and its entry in `ExtractionPrinters.minutes` (and `.notice` when a notice prints differently); `--format`,
/// its help, docs/output-formats.md and the tests read those lists.
public protocol ExtractionPrinter: Sendable {
    /// The format's name, extensions and help.
    static var format: OutputFormat { get }
    /// A printer for one document.
    init(_ options: ExtractionPrinterOptions)
    /// The whole output for `extraction`.
    func render(_ extraction: Extraction) -> String
}

/// Every printer of an extraction, in the order `extract --format` lists them; the first is the default. A notice
/// (`DocumentKind.notice`) drafts a whole model, so its YAML printer is another one; both lists name the same
/// formats, in the same order.
public enum ExtractionPrinters: PrinterCatalog {
    /// The printers of an extraction from minutes.
    public static let minutes: [any ExtractionPrinter.Type] = [ExtractionYAML.self, ExtractionJSON.self]
    /// The printers of an extraction from a notice.
    public static let notice: [any ExtractionPrinter.Type] = [NoticeDraft.self, ExtractionJSON.self]

    public static let command = "extract"
    public static var formats: [OutputFormat] { minutes.map { $0.format } }

    /// The printer of `format` for `extraction` (from minutes or a notice), made with `options` (a format from this
    /// list; any other prints as the first).
    public static func printer(
        _ format: OutputFormat, for extraction: Extraction, _ options: ExtractionPrinterOptions
    ) -> any ExtractionPrinter {
        let printers = extraction.notice == nil ? minutes : notice
        return (printers.first { $0.format == format } ?? printers[0]).init(options)
    }
}
