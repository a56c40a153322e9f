/// Prints findings as `{"findings": [...], "summary": {...}}` for scripts.
public struct JSONFindingPrinter: Sendable {
    public var lang: Language

    public init(lang: Language) { self.lang = lang }

    public func render(_ findings: [Finding]) -> String {
        JSON.object([
            ("findings", .array(findings.map { $0.json(lang) })),
            ("summary", FindingSummary(findings).json),
        ]).serialized() + "\n"
    }
}

extension JSONFindingPrinter: FindingPrinter {
    public static let format = OutputFormat(
        id: "json", extensions: [".json"],
        help: Message(
            en: "{\"findings\": […], \"summary\": {…}}, for scripts",
            zh: "供脚本使用的 JSON:{\"findings\": […], \"summary\": {…}}"))

    public init(_ options: PrinterOptions) { self.init(lang: options.lang) }
}
