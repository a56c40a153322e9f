/// What sort of document `extract` is given: minutes (会议纪要) or a notice that sets up a body (通知).
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case minutes, notice

    /// The kind of a decoded text: a notice when its title sets up or adjusts a body, or it has roster labels
    /// (组长：, 成员单位：) or says 决定成立…; minutes when it reads as a meeting (会议纪要, 会议要求, 会议指出).
    public static func detect(_ text: String) -> DocumentKind {
        let lines = NoticeLayout.lines(String(text.prefix(20000)))
        var notice = 0
        var minutes = 0
        let head = lines.prefix(6).map(\.compact).joined()
        if head.contains("纪要") { minutes += 3 }
        if NoticeSource(lines).body != nil { notice += 3 }
        for l in lines {
            // What 《…》 cites (会议宣读了《关于成立…领导小组的通知》) is another document, not this one.
            var c = ""
            var depth = 0
            for ch in l.compact {
                if ch == "《" { depth += 1 }
                if depth == 0 { c.append(ch) }
                if ch == "》" { depth = max(0, depth - 1) }
            }
            if NoticeRoster.label(l) != nil { notice += 1 }
            if [
                "会议要求", "会议强调", "会议指出", "会议认为", "会议听取", "会议研究", "会议决定", "会议原则同意", "会议宣读",
                "会议传达", "出席会议", "参加会议", "主持召开", "组织召开", "会议议定",
            ]
            .contains(where: { c.contains($0) }) {
                minutes += 1
            }
            if NoticeSentences.setUp(c) != nil { notice += 1 }
            if !NoticeSentences.roles(c).isEmpty { notice += 1 }
        }
        return notice > minutes ? .notice : .minutes
    }
}
