/// A finding of one cause that both models have, covering other subjects in AFTER than in BEFORE: a proposal that
/// names one of nine placeholder posts changes that finding (8 left) rather than resolving it and introducing
/// another.
public struct ChangedFinding: Sendable, Hashable {
    /// The finding in BEFORE.
    public let before: Finding
    /// The finding in AFTER.
    public let after: Finding
    /// Subjects AFTER's finding covers and BEFORE's does not (AFTER ids and places).
    public let added: [RelatedSubject]
    /// Subjects BEFORE's finding covers and AFTER's no longer does (BEFORE ids and places).
    public let removed: [RelatedSubject]

    public init(before: Finding, after: Finding, added: [RelatedSubject], removed: [RelatedSubject]) {
        self.before = before
        self.after = after
        self.added = added
        self.removed = removed
    }

    /// What changed, in one line: `covers 8 subjects, was 9; no longer: 分指挥部(二)`, removed subjects named as
    /// BEFORE names them, added ones as AFTER does.
    public func text(
        _ lang: Language, beforeName: (String) -> String, afterName: (String) -> String
    ) -> String {
        let sep = lang == .zh ? "、" : ", "
        var parts: [String] = []
        parts.append(
            lang == .zh
                ? "涉及 \(after.count) 个对象(原为 \(before.count) 个)"
                : "covers \(after.count) subject\(after.count == 1 ? "" : "s"), was \(before.count)")
        if !removed.isEmpty {
            parts.append(
                (lang == .zh ? "不再涉及:" : "no longer: ") + removed.map { beforeName($0.id) }.joined(separator: sep))
        }
        if !added.isEmpty {
            parts.append((lang == .zh ? "新增:" : "now also: ") + added.map { afterName($0.id) }.joined(separator: sep))
        }
        return parts.joined(separator: lang == .zh ? ";" : "; ")
    }

    /// `{"check", "severity", "message", "before_count", "after_count", "added": [...], "removed": [...]}`, the
    /// message and places those of AFTER.
    public func json(_ lang: Language) -> JSON {
        .object([
            ("check", .string(after.check)),
            ("severity", .string(after.severity.rawValue)),
            ("message", .string(after.message.text(lang))),
            ("file", .string(after.file)),
            ("line", after.mark.map { .int($0.line) } ?? .null),
            ("column", after.mark.map { .int($0.column) } ?? .null),
            ("before_count", .int(before.count)),
            ("after_count", .int(after.count)),
            ("added", .array(added.map { $0.json(lang) })),
            ("removed", .array(removed.map { $0.json(lang) })),
        ])
    }
}
