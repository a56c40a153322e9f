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
