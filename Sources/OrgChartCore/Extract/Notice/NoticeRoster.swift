/// The roster stage: label lines (`组长：李文钢`, `副组长：冯 镭`, `成员单位：…`) on lines of their own or run
/// together, and the lines under a label that continue its list (`沈 慧`, `何洪明（市纪委）`).
enum NoticeRoster {
    /// A label at the start of a line, with its value and whatever follows the value's sentence end.
    struct Labelled: Sendable, Hashable {
        /// The label as written, without spaces or bracketed gloss (组长, 副总指挥长).
        var label: String
        /// The label with its gloss (组长（总指挥）), as the role text.
        var written: String
        var role: NoticeLexicon.Role
        /// The value, up to the first 。 or ；, spaces kept.
        var value: String
        /// Text after the value's end (`…涂惠成。各村委会要…`): prose.
        var rest: String
    }

    /// The label a line opens with, if any.
    static func label(_ line: NoticeLine) -> Labelled? {
        let c = Array(line.text)
        guard let n = NoticeLayout.labelLength(c, at: 0) else { return nil }
        let written = String(c[..<(n - 1)].filter { $0 != " " })
        let bare = String(written.prefix { $0 != "（" })
        guard let role = NoticeLexicon.label(bare) else { return nil }
        var value = String(c[n...])
        var rest = ""
        if let e = value.firstIndex(where: { $0 == "。" || $0 == "；" }) {
            rest = String(value[value.index(after: e)...])
            value = String(value[..<e])
        }
        return Labelled(label: bare, written: written, role: role, value: value, rest: rest)
    }

    /// Whether a line without a label continues the list of the label above it: it reads as names, posts or units
    /// only, and says nothing else (no 由, 设在, 负责 …).
    static func continues(_ line: NoticeLine) -> NoticeEntries? {
        var c = line.compact
        guard line.numeral == nil, c.count <= 80 else { return nil }
        if c.hasSuffix("。") { c.removeLast() }
        let prose = ["由", "设在", "负责", "兼任", "担任", "承担", "如有", "下设", "办公室设", "。", "通知", "成立"]
        if prose.contains(where: { c.contains($0) }) && !c.hasSuffix("）") { return nil }
        let e = NoticeNames.roster(line.text)
        guard !e.entries.isEmpty, e.unread.isEmpty else { return nil }
        return e
    }
}
