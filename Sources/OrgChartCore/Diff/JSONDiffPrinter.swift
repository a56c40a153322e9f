/// Prints a diff as JSON for scripts: `{"changes", "introduced", "resolved", "changed", "load", "counts"}`.
public struct JSONDiffPrinter: Sendable {
    /// The language of messages.
    public var lang: Language

    /// A printer in one language.
    public init(lang: Language) { self.lang = lang }

    /// The JSON text, pretty-printed, with a final newline.
    public func render(_ diff: ModelDiff) -> String { diff.json(lang).serialized() + "\n" }
}
