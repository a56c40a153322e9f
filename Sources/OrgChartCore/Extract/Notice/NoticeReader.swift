/// Reads a notice that sets up or adjusts a body (关于成立…领导小组/指挥部/专班的通知): layout → source → roster
/// and sentences → bodies, roles, office, rules and duties, each located.
struct NoticeReader: Sendable {
    var lines: [NoticeLine]

    /// Creates a reader over decoded text.
    init(text: String) { lines = NoticeLayout.lines(text) }

    /// Reads the notice.
    func read() -> NoticeReading {
        var r = NoticeReading(source: NoticeSource(lines))
        let titleLine = r.source.line
        // The main body: the title's, else the first one a sentence sets up.
        if let b = r.source.body, let l = lines.first(where: { $0.line == titleLine }) {
            r.bodies.append(body(b, at: location(l, 0), rule: "title"))
        }
        var current: String? = r.main?.name
        var roster: (role: NoticeLexicon.Role, text: String, body: String)?
        var section: String?
        var item: String?
        var point: String?
        for (index, l) in lines.enumerated() {
            if let t = titleLine, l.line <= t + 3, let title = r.source.title, l.compact.count >= 4,
                title.contains(l.compact) || l.compact.hasSuffix(title)
            {
                continue
            }
            if r.source.number.map({ l.compact.contains($0) && l.compact.count <= $0.count + 4 }) == true { continue }
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            // Headings: a body (1、市城市规划委员会, 4.6.8 消防组, 一、镇防汛抗旱领导小组名单) or a section (一、主要职责).
            if let n = l.numeral {
                if n.count <= 2, NoticeLayout.chineseNumerals.contains(n.first!), !l.text.hasPrefix("（") {
                    item = n
                    point = nil
                } else {
                    point = n
                }
                let text = headingText(l)
                roster = nil
                if let name = bodyHeading(text, next: next) {
                    current = addBody(&r, name, at: location(l, 0), rule: "heading")
                    section = nil
                    continue
                }
                if text.count <= 14, !text.contains("，") {
                    section = text
                    continue
                }
                section = nil
            } else if let name = bodyHeading(l.compact, next: next, plain: true) {
                current = addBody(&r, name, at: location(l, 0), rule: "heading")
                roster = nil
                continue
            }
            let loc = { (offset: Int) in
                var m = location(l, offset)
                m.item = item
                m.point = point
                return m
            }
            // Roster labels.
            if let lab = NoticeRoster.label(l) {
                if current == nil, let s = r.main?.name { current = s }
                let target = current ?? ensureUnnamed(&r, at: loc(0))
                let entries = NoticeNames.roster(lab.value)
                // 指挥长 under a 总指挥长 already named: a rank below the head, so a deputy.
                var role = lab.role
                if role == .head,
                    r.roles.contains(where: {
                        $0.body == target && $0.role == .head && $0.roleText == "总" + lab.label
                    })
                {
                    role = .deputy
                }
                add(
                    &r, entries, role: role, roleText: lab.written, body: target, at: loc(lab.written.count + 1),
                    rule: "roster-label")
                roster = (role, lab.written, target)
                if !lab.rest.isEmpty {
                    _ = prose(&r, lab.rest, line: l, offset: 0, current: &current, section: section, loc: loc)
                }
                continue
            }
            if let (role, text, target) = roster, let entries = NoticeRoster.continues(l) {
                add(&r, entries, role: role, roleText: text, body: target, at: loc(0), rule: "roster-continued")
                continue
            }
            let saved = roster
            roster = nil
            // `X组：主要由…组成` (监测组：…): a work group with its members.
            if let colon = l.compact.firstIndex(of: "："),
                l.compact.distance(from: l.compact.startIndex, to: colon) <= 10
            {
                let name = String(l.compact[..<colon])
                if name.hasSuffix("组"), name.count >= 3, NoticeLexicon.label(name) == nil {
                    let parent = r.main.flatMap { NoticeLexicon.kind($0.kind)?.isWorkGroup == true ? nil : $0.name }
                    let b = addBody(&r, name, at: loc(0), rule: "group-line", parent: parent)
                    var sub: String? = b
                    _ = prose(
                        &r, String(l.compact[l.compact.index(after: colon)...]), line: l, offset: 0, current: &sub,
                        section: nil, loc: loc)
                    continue
                }
            }
            let read = prose(&r, l.compact, line: l, offset: 0, current: &current, section: section, loc: loc)
            // A short line inside a roster that reads as nothing (garbled, 孜拉吾东·加拉力?。ㄊ…): said, and the
            // roster goes on.
            if !read, let saved, l.compact.count <= 40, let nl = next, NoticeRoster.continues(nl) != nil {
                roster = saved
                r.unread.append(
                    NoticeUnread(
                        text: l.compact, location: loc(0),
                        reason: Message(
                            en: "in the list of \(saved.text): neither a name, a post nor a unit",
                            zh: "\(saved.text)名单中:既不是人名,也不是职务或单位")))
            }
        }
        // What the roster left open: members listed with 等 or as a class.
        if let last = lines.last, !last.compact.hasSuffix("。"), !last.compact.hasSuffix("）"),
            NoticeSource.date(last.compact) == nil, NoticeRoster.label(last) == nil, last.compact.count > 12
        {
            r.unread.append(
                NoticeUnread(
                    text: String(last.compact.suffix(20)), location: location(last, max(0, last.compact.count - 1)),
                    reason: Message(
                        en: "the text ends mid-sentence: the notice looks cut short", zh: "正文在句中结束:通知可能不完整")))
        }
        return r
    }

    /// Reads prose: the sentences of a line (or the rest after a roster value); whether anything was read.
    @discardableResult
    func prose(
        _ r: inout NoticeReading, _ text: String, line l: NoticeLine, offset: Int, current: inout String?,
        section: String?, loc: (Int) -> NoticeLocation
    ) -> Bool {
        var any = false
        var start = 0
        let chars = Array(text)
        var sentences: [(String, Int)] = []
        for (k, ch) in chars.enumerated() where ch == "。" || ch == "；" || k == chars.count - 1 {
            let s = String(chars[start...k])
            if !NoticeNames.trimEnds(s).isEmpty { sentences.append((s, start)) }
            start = k + 1
        }
        let inDuties = section.map { s in NoticeLexicon.dutyHeadings.contains { s.contains($0) } } ?? false
        // A sentence about the office carries over its ；-parts (…办公室主任由…兼任；副主任由…兼任).
        var aboutOffice = false
        for (s, at) in sentences {
            defer { if s.hasSuffix("。") { aboutOffice = false } }
            let sentence = NoticeNames.trimEnds(s)
            var read = false
            defer { any = any || read }
            // 当时…组长为…: the earlier composition an adjustment reports, not this notice's.
            if NoticeSentences.describesPast(sentence) {
                if looksStructural(sentence) {
                    r.unread.append(
                        NoticeUnread(
                            text: sentence, location: loc(at),
                            reason: Message(
                                en: "tells the earlier composition (当时, 时任 …): not read as this notice's",
                                zh: "叙述的是调整前的组成(当时、时任等):不作为本通知的组成读取")))
                }
                read = true
                continue
            }
            if let b = NoticeSentences.setUp(sentence) {
                let name = addBody(&r, b, at: loc(at), rule: "set-up")
                if current == nil || r.main?.name == name { current = name }
                read = true
            }
            if current == nil, let b = NoticeSentences.roles(sentence).compactMap(\.body).first {
                current = addBody(&r, b, at: loc(at), rule: "set-up")
            }
            guard let body = current ?? r.main?.name else {
                if looksStructural(sentence) { unread(&r, sentence, loc(at)) }
                continue
            }
            // 领导小组下设新闻宣传工作组、外事工作组: groups under the body.
            if let groups = NoticeSentences.subGroups(sentence), !NoticeLexicon.isOffice(r.body(body)?.kind ?? "") {
                for g in groups { _ = addBody(&r, g, at: loc(at), rule: "sub-groups", parent: body) }
                read = true
            }
            let officeName = body + "办公室"
            if NoticeSentences.setsUpOffice(sentence), r.body(body)?.isOffice != true {
                if r.body(officeName) == nil {
                    r.bodies.append(self.body(officeName, at: loc(at), rule: "office", parent: body))
                }
                read = true
            }
            if let (host, h) = NoticeSentences.host(sentence) {
                r.notes.append(
                    NoticeNote(sort: .host, body: body, text: host, location: loc(at + h), rule: "office-host"))
                read = true
                // 办公室设在X，承担|负责…日常工作: the office's duty.
                for verb in ["承担", "负责"] {
                    if let v = sentence.range(ofText: "，" + verb) {
                        let duty = String(sentence[sentence.index(after: v.lowerBound)...].prefix { $0 != "，" })
                        if r.body(officeName) != nil {
                            r.notes.append(
                                NoticeNote(
                                    sort: .duty, body: officeName, text: duty, location: loc(at), rule: "office-duty"))
                        }
                        break
                    }
                }
            }
            // 将X更名为Y: a body or unit renamed (an adjustment).
            if let rn = NoticeSentences.renaming(sentence) {
                r.renames.append(NoticeRename(old: rn.old, new: rn.new, location: loc(at), rule: "rename"))
                read = true
                continue
            }
            // 张三同志不再担任副组长: the holder leaves the role (an adjustment).
            if let lv = NoticeSentences.leaving(sentence) {
                let roles: [NoticeLexicon.Role] = lv.role.map { [$0] } ?? [.head, .deputy, .member]
                for e in lv.entries.entries {
                    for role in roles {
                        r.leaving.append(
                            NoticeRole(
                                role: role, body: body, entry: e, roleText: lv.roleText, location: loc(at),
                                rule: "leave"))
                    }
                }
                read = true
                continue
            }
            let roles = NoticeSentences.roles(sentence, office: aboutOffice)
            if sentence.contains("办公室") { aboutOffice = true }
            for rr in roles {
                var target = body
                if let b = rr.body, r.body(body)?.isOffice != true || !rr.office {
                    let name = addBody(&r, b, at: loc(at), rule: "set-up")
                    if !rr.office, NoticeReader.core(name) != NoticeReader.core(officeName) { target = name }
                    if current == nil { current = name }
                }
                if rr.office, r.body(body)?.isOffice != true {
                    if r.body(officeName) == nil {
                        r.bodies.append(self.body(officeName, at: loc(at), rule: "office", parent: body))
                    }
                    target = officeName
                }
                add(
                    &r, rr.entries, role: rr.role, roleText: rr.roleText, body: target, at: loc(at + rr.offset),
                    rule: rr.rule)
                read = read || !rr.entries.entries.isEmpty
            }
            if NoticeSentences.isRule(sentence) {
                r.notes.append(
                    NoticeNote(sort: .rule, body: body, text: sentence, location: loc(at), rule: "standing-rule"))
                read = true
            }
            if inDuties, !read {
                for part in NoticeNames.split(sentence, at: "；") where NoticeNames.trimEnds(part).count >= 4 {
                    r.notes.append(
                        NoticeNote(
                            sort: .duty, body: body, text: NoticeNames.trimEnds(part), location: loc(at), rule: "duty"))
                }
                read = true
            }
            if !read, looksStructural(sentence) { unread(&r, sentence, loc(at)) }
        }
        return any
    }

    /// A sentence that speaks of roles (组长, 成员, 办公室主任, …): one that gave nothing is reported.
    func looksStructural(_ s: String) -> Bool {
        ["组长", "指挥长", "总指挥", "召集人", "办公室主任", "成员"].contains { s.contains($0) } && s.count >= 6
    }

    func unread(_ r: inout NoticeReading, _ s: String, _ at: NoticeLocation) {
        r.unread.append(
            NoticeUnread(
                text: s, location: at,
                reason: Message(
                    en: "speaks of roles, but no rule read who holds them", zh: "涉及职务,但没有规则读出由谁担任")))
    }

    /// Adds roles; what the names stage could not read is reported.
    func add(
        _ r: inout NoticeReading, _ e: NoticeEntries, role: NoticeLexicon.Role, roleText: String, body: String,
        at: NoticeLocation, rule: String
    ) {
        for entry in e.entries {
            let fact = NoticeRole(role: role, body: body, entry: entry, roleText: roleText, location: at, rule: rule)
            if !r.roles.contains(where: { $0.body == body && $0.role == role && $0.entry == entry }) {
                r.roles.append(fact)
            }
        }
        if e.open, let i = r.bodies.firstIndex(where: { $0.name == body }), role == .member {
            r.bodies[i].membersOpen = true
        }
        for u in e.unread {
            r.unread.append(
                NoticeUnread(
                    text: u, location: at,
                    reason: Message(
                        en: "in the list of \(roleText): neither a name, a post nor a unit",
                        zh: "\(roleText)名单中:既不是人名,也不是职务或单位")))
        }
    }

    /// The body of that name, added when new; a name that is a tail of a known body (县抗震救灾指挥部 for
    /// 兴业县抗震救灾指挥部, 镇防汛抗旱领导小组) is that body.
    func addBody(
        _ r: inout NoticeReading, _ name: String, at: NoticeLocation, rule: String, parent: String? = nil
    ) -> String {
        if let b = r.bodies.first(where: { $0.name == name || $0.name.hasSuffix(name) }) { return b.name }
        // The same body named with another place prefix (市森林防灭火指挥部, 秦皇岛市人民政府森林防灭火指挥部).
        let core = NoticeReader.core(name)
        if core.count >= 4, let i = r.bodies.firstIndex(where: { NoticeReader.core($0.name) == core }) {
            if name.count <= r.bodies[i].name.count { return r.bodies[i].name }
        }
        // A longer name for a body already met (横林镇防汛工作领导小组 after 防汛工作领导小组): the longer one is kept.
        if let i = r.bodies.firstIndex(where: {
            (name.hasSuffix($0.name) || NoticeReader.core($0.name) == core) && !$0.isOffice
        }) {
            let old = r.bodies[i].name
            func renamed(_ n: String) -> String {
                n == old ? name : n.hasPrefix(old) ? name + n.dropFirst(old.count) : n
            }
            for k in r.bodies.indices {
                r.bodies[k].name = renamed(r.bodies[k].name)
                r.bodies[k].parent = r.bodies[k].parent.map(renamed)
            }
            for k in r.roles.indices { r.roles[k].body = renamed(r.roles[k].body) }
            for k in r.notes.indices { r.notes[k].body = renamed(r.notes[k].body) }
            return name
        }
        r.bodies.append(body(name, at: at, rule: rule, parent: parent))
        return name
    }

    /// A body's name without its place and year (秦皇岛市人民政府森林防灭火指挥部 → 森林防灭火指挥部).
    static func core(_ name: String) -> String {
        let c = Array(name)
        var cut = 0
        for (i, ch) in c.prefix(14).enumerated() where "省市县区镇乡".contains(ch) || ch == "府" || ch == "年" {
            if i + 4 < c.count { cut = i + 1 }
        }
        var rest = Array(c[cut...])
        while let f = rest.first, f.isASCII && f.isNumber || f == "年" { rest.removeFirst() }
        return String(rest)
    }

    func ensureUnnamed(_ r: inout NoticeReading, at: NoticeLocation) -> String {
        let name = "（未命名机构）"
        if r.body(name) == nil {
            r.bodies.append(body(name, at: at, rule: "roster-label"))
            r.unread.append(
                NoticeUnread(
                    text: name, location: at,
                    reason: Message(
                        en: "a roster with no body named before it: drafted as an unnamed body",
                        zh: "名单之前没有机构名称:草拟为未命名机构")))
        }
        return name
    }

    func body(_ name: String, at: NoticeLocation, rule: String, parent: String? = nil) -> NoticeBody {
        NoticeBody(
            name: name, kind: NoticeLexicon.bodyKind(name) ?? BuiltInKinds.workgroup.id, parent: parent, location: at,
            rule: rule)
    }

    /// The text of a heading after its numeral.
    func headingText(_ l: NoticeLine) -> String {
        let c = l.compact
        guard let p = NoticeLayout.numeralPrefix(c) else { return c }
        return NoticeNames.trimEnds(String(c.dropFirst(p.count)))
    }

    /// The body a heading names: its text ends in a body word (with 名单 / 组成人员 after it), or a roster label
    /// follows it. `plain` lines (no numeral) only count with 名单 / 组成人员 after the body word.
    func bodyHeading(_ text: String, next: NoticeLine?, plain: Bool = false) -> String? {
        guard text.count >= 2, text.count <= 40, !text.contains("，"), !text.contains("。"), !text.contains("的"),
            !text.contains("："), !text.contains("关于")
        else { return nil }
        var t = text
        var listed = false
        for w in ["组成人员名单", "成员名单", "组成人员", "人员名单", "名单"] where t.hasSuffix(w) {
            t.removeLast(w.count)
            listed = true
            break
        }
        if plain && !listed || t.count < 2 { return nil }
        let labelNext = next.map { NoticeRoster.label($0) != nil } ?? false
        if NoticeLexicon.bodyWords.contains(where: { t.hasSuffix($0.word) && !NoticeLexicon.isOffice($0.kind) })
            || t.hasSuffix("组")
        {
            return t
        }
        if labelNext, t.count <= 12, NoticeLexicon.dutyHeadings.allSatisfy({ !t.contains($0) }),
            !["组成人员", "成员", "人员"].contains(where: { t.hasSuffix($0) })
        {
            return t
        }
        return nil
    }

    /// The location of a character of a line's compact text.
    func location(_ l: NoticeLine, _ compactOffset: Int) -> NoticeLocation {
        var k = 0
        var col = l.column
        for (i, ch) in l.text.enumerated() where ch != " " {
            if k == compactOffset {
                col = l.columns[i]
                break
            }
            k += 1
        }
        return NoticeLocation(item: nil, point: nil, line: l.line, column: col)
    }
}
