/// One located problem: a load error or a check's finding. Findings are values; printers turn them into text.
public struct Finding: Sendable, Hashable {
    /// The check id (`duty-without-lead`, …) or, for load errors, the error class (`syntax`, `unknown-key`, …).
    public var check: String
    public var severity: Severity
    public var message: Message
    /// The id of the unit, duty or person concerned, when there is one.
    public var subject: String?
    public var file: String
    /// Where; nil when the problem is about the file as a whole and has no position.
    public var mark: SourceMark?

    public init(
        check: String, severity: Severity, message: Message, subject: String? = nil, file: String,
        mark: SourceMark?
    ) {
        self.check = check
        self.severity = severity
        self.message = message
        self.subject = subject
        self.file = file
        self.mark = mark
    }

    /// Orders findings by file position, then check id, then message.
    public static func byPosition(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return a.file < b.file }
        let am = a.mark ?? SourceMark(line: 0, column: 0)
        let bm = b.mark ?? SourceMark(line: 0, column: 0)
        if am != bm { return am < bm }
        if a.check != b.check { return a.check < b.check }
        return a.message.en < b.message.en
    }
}

/// How many findings of each severity, for one-line summaries and exit codes.
public struct FindingSummary: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0

    public init(_ findings: [Finding]) {
        for f in findings {
            switch f.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: notes += 1
            case .off: break
            }
        }
    }

    /// `3 errors, 5 warnings, 9 notes` / `3 个错误,5 个警告,9 条提示`.
    public func line(_ lang: Language) -> String {
        switch lang {
        case .zh: return "\(errors) 个错误,\(warnings) 个警告,\(notes) 条提示"
        case .en:
            func n(_ k: Int, _ one: String, _ many: String) -> String { "\(k) \(k == 1 ? one : many)" }
            return [n(errors, "error", "errors"), n(warnings, "warning", "warnings"), n(notes, "note", "notes")]
                .joined(separator: ", ")
        }
    }
}
