/// One output format of a command: its name after `--format`, the file extensions that pick it for `-o FILE`, and
/// one line of help in each language. The printer lists (`FindingPrinters`, `DiffPrinters`, `ExtractionPrinters`)
/// hold one per printer; the command line, the docs (docs/output-formats.md) and the tests read them from there.
public struct OutputFormat: Sendable, Hashable {
    /// The name after `--format`.
    public var id: String
    /// The extensions, with their dot and in lower case, that pick this format for `-o FILE`; the first is the usual
    /// one.
    public var extensions: [String]
    /// What the format is for, in one line.
    public var help: Message

    /// A format with its name, extensions and help.
    public init(id: String, extensions: [String], help: Message) {
        self.id = id
        self.extensions = extensions
        self.help = help
    }
}

/// The printers of one kind of result, in the order `--format` lists them; the first is the default.
public protocol PrinterCatalog: Sendable {
    /// The command whose `--format` lists these formats (`check`, `diff`, `extract`).
    static var command: String { get }
    /// The formats of the printers, in order.
    static var formats: [OutputFormat] { get }
}

extension PrinterCatalog {
    /// The format named `id`, if a printer has it.
    public static func format(_ id: String) -> OutputFormat? { formats.first { $0.id == id } }

    /// The format an output file's extension picks, if one does (compared in lower case, as every `-o` is).
    public static func format(forFile path: String) -> OutputFormat? {
        FileExtension.format(of: path, in: formats.flatMap { f in f.extensions.map { ($0, f) } })
    }
}

/// The one rule for telling a format from a file name: its last path component ends in one of the extensions,
/// compared in lower case (`-o Findings.SARIF` is SARIF, `-o M.XLSX` a workbook), after at least one other
/// character (a file called just `.md` names no format).
public enum FileExtension {
    /// The value paired with the extension `path` ends in, from `table` (`[(".csv", .csv), …]`, extensions in lower
    /// case with their dot); nil when none matches.
    public static func format<F>(of path: String, in table: [(String, F)]) -> F? {
        let name = (path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path)
            .lowercased()
        return table.first { name.hasSuffix($0.0) && name.count > $0.0.count }?.1
    }
}

/// What a printer of findings or of a diff is made with.
public struct PrinterOptions: Sendable, Hashable {
    /// The language of messages and headings.
    public var lang: Language
    /// Whether to colour severities with ANSI escapes (only when writing to a terminal); printers that cannot
    /// colour ignore it.
    public var colour: Bool
    /// Whether a finding that covers several subjects lists them one per line (`check -v`); printers that always
    /// list them (JSON, SARIF, Markdown) ignore it.
    public var expand: Bool
    /// The address of the published checks documentation that SARIF links each rule to (`--docs-url`).
    public var documentation: String?
    /// The directory SARIF locations are relative to (`%SRCROOT%`).
    public var root: String?

    /// Options in one language, colouring or not.
    public init(
        lang: Language, colour: Bool = false, expand: Bool = false, documentation: String? = nil, root: String? = nil
    ) {
        self.lang = lang
        self.colour = colour
        self.expand = expand
        self.documentation = documentation
        self.root = root
    }
}

/// Every list of printers, for the docs and the command line's help.
public enum PrinterCatalogs {
    /// The lists, in the order docs/output-formats.md gives them.
    public static let all: [any PrinterCatalog.Type] = [
        FindingPrinters.self, DiffPrinters.self, ExtractionPrinters.self,
    ]
}
