/// Prints findings as a Markdown table for pasting into a report: one row per finding, a finding that covers
/// several subjects naming them all.
public struct MarkdownFindingPrinter: Sendable {
    public var lang: Language

    public init(lang: Language) { self.lang = lang }

    public func render(_ findings: [Finding]) -> String {
        let header =
            lang == .zh
            ? "| 位置 | 级别 | 检查项 | 对象 | 说明 |\n|---|---|---|---|---|\n"
            : "| Location | Severity | Check | Subject | Message |\n|---|---|---|---|---|\n"
        var out = header
        for f in findings {
            let loc = f.mark.map { "\(f.file):\($0.line):\($0.column)" } ?? f.file
            let sev: String
            switch (f.severity, lang) {
            case (.error, .zh): sev = "错误"
            case (.warning, .zh): sev = "警告"
            case (_, .zh): sev = "提示"
            case (.error, .en): sev = "error"
            case (.warning, .en): sev = "warning"
            case (_, .en): sev = "note"
            }
            // A finding that covers several subjects names them all in its one row.
            let subjects = f.subjects.map(Markdown.cell).joined(separator: ", ")
            out +=
                "| \(Markdown.cell(loc)) | \(sev) | `\(f.check)` | \(subjects) | \(Markdown.cell(f.message.text(lang))) |\n"
        }
        out += "\n" + FindingSummary(findings).line(lang) + "\n"
        return out
    }
}

extension MarkdownFindingPrinter: FindingPrinter {
    public static let format = OutputFormat(
        id: "markdown", extensions: [".md", ".markdown"],
        help: Message(en: "a Markdown table, to paste into a report", zh: "Markdown 表格,可粘贴进报告"))

    public init(_ options: PrinterOptions) { self.init(lang: options.lang) }
}
