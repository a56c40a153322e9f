/// One located problem: a load error or a check's finding. Findings are values; printers turn them into text.
///
/// A finding has one cause. When one cause touches several subjects (the nine sub-command posts a decision leaves
/// to be named, the duties one addressee phrase is given), the finding covers them all: `related` lists them, each
/// with its own location and its own one-line message, and `count` says how many there are.
public struct Finding: Sendable, Hashable {
    /// The check id (`duty-without-lead`, …) or, for load errors, the error class (`syntax`, `unknown-key`, …).
    public var check: String
    public var severity: Severity
    public var message: Message
    /// The id of the unit, duty or person concerned, when there is one; nil for a finding that covers several
    /// subjects (they are in `related`).
    public var subject: String?
    public var file: String
    /// Where; nil when the problem is about the file as a whole and has no position.
    public var mark: SourceMark?
    /// What the finding's subjects share, for a check that reports one finding per cause (`subcommand` for the
    /// sub-command posts still to be named, the lead ids of one addressee phrase). Findings of one check with the
    /// same cause and severity are one finding; a finding without a cause stands alone.
    public var cause: String?
    /// The subjects of a finding that covers more than one, in file order; empty for a finding about one subject.
    public var related: [RelatedSubject]

    public init(
        check: String, severity: Severity, message: Message, subject: String? = nil, file: String,
        mark: SourceMark?, cause: String? = nil, related: [RelatedSubject] = []
    ) {
        self.check = check
        self.severity = severity
        self.message = message
        self.subject = subject
        self.file = file
        self.mark = mark
        self.cause = cause
        self.related = related
    }

    /// How many subjects the finding covers (1 for a finding about one subject or about the file).
    public var count: Int { related.isEmpty ? 1 : related.count }

    /// The ids of every subject the finding covers.
    public var subjects: [String] { related.isEmpty ? (subject.map { [$0] } ?? []) : related.map(\.id) }

    /// The subjects with their locations: `related`, or the finding's own subject and place.
    public var subjectList: [RelatedSubject] {
        if !related.isEmpty { return related }
        guard let subject else { return [] }
        return [RelatedSubject(id: subject, file: file, mark: mark, message: message)]
    }

    /// Orders findings by what a reader should see first: errors, then warnings, then notes; within a severity,
    /// by the check's place in the catalog (`CheckCatalog.all`, load errors and `check-settings` first), then by
    /// position.
    public static func byImportance(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        let ra = CheckCatalog.rank(a.check)
        let rb = CheckCatalog.rank(b.check)
        if ra != rb { return ra < rb }
        return byPosition(a, b)
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

/// One subject of a finding that covers several: its id, where it is written, and what the finding says of it.
public struct RelatedSubject: Sendable, Hashable {
    public var id: String
    public var file: String
    public var mark: SourceMark?
    /// The finding's message for this subject alone (what `check` printed before findings were grouped).
    public var message: Message

    public init(id: String, file: String, mark: SourceMark?, message: Message) {
        self.id = id
        self.file = file
        self.mark = mark
        self.message = message
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

extension Finding {
    /// A cause made of parts (the words a message needs again when the findings become one), for `cause:`.
    public static func cause(_ parts: String...) -> String { parts.joined(separator: "\u{1}") }

    /// The parts of a cause made with `Finding.cause(_:)`; empty without a cause.
    public var causeParts: [String] {
        cause.map { $0.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init) } ?? []
    }
}
