/// Prints a diff as JSON for scripts: `{"changes", "introduced", "resolved", "changed", "load", "counts"}`.
public struct JSONDiffPrinter: Sendable {
    /// The language of messages.
    public var lang: Language

    /// A printer in one language.
    public init(lang: Language) { self.lang = lang }

    /// The JSON text, pretty-printed, with a final newline.
    public func render(_ diff: ModelDiff) -> String { diff.json(lang).serialized() + "\n" }
}

extension JSONDiffPrinter: DiffPrinter {
    public static let format = OutputFormat(
        id: "json", extensions: [".json"],
        help: Message(
            en: "{\"changes\", \"introduced\", \"resolved\", \"load\", \"counts\"}, for scripts",
            zh: "供脚本使用的 JSON:{\"changes\", \"introduced\", \"resolved\", \"load\", \"counts\"}"))

    public init(_ options: PrinterOptions) { self.init(lang: options.lang) }
}
