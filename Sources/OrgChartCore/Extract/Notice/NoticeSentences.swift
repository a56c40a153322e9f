/// The sentence stage: structure written as prose (`指挥长由县委常委、常务副县长担任`, `市统计局局长邓焕章…任副组长`,
/// `成员由县委宣传部、…等分管领导组成`, `办公室设在县应急管理局`, `办公室主任由…兼任`).
enum NoticeSentences {
    /// A role read from a sentence: which role, the role as written, the holders, and the rule.
    struct RoleRead: Sendable, Hashable {
        var role: NoticeLexicon.Role
        var roleText: String
        /// The role is the office's (办公室主任, or 副主任 in a sentence about the office).
        var office: Bool
        var entries: NoticeEntries
        /// Where the list starts in the sentence (characters).
        var offset: Int
        var rule: String
        /// The body the sentence names before the role (栾川县山洪灾害防御指挥部指挥长由…), if any.
        var body: String? = nil
    }

    /// Role words in sentences, longest first, with the role they give.
    static let roleWords: [(word: String, role: NoticeLexicon.Role)] = NoticeLexicon.sortedLongestFirst([
        ("组长", NoticeLexicon.Role.head), ("副组长", .deputy), ("第一副组长", .deputy), ("常务副组长", .deputy),
        ("指挥长", .head), ("副指挥长", .deputy), ("总指挥", .head), ("副总指挥", .deputy), ("总指挥长", .head),
        ("副总指挥长", .deputy), ("召集人", .head), ("副召集人", .deputy), ("主任", .head), ("副主任", .deputy),
        ("常务副主任", .deputy), ("办公室主任", .head), ("办公室副主任", .deputy), ("办公室常务副主任", .deputy),
        ("成员", .member), ("小组成员", .member), ("领导小组成员", .member), ("成员单位", .member),
        ("指挥部成员", .member), ("专班成员", .member), ("组员", .member),
    ])

    /// The roles a sentence gives (compact text, no spaces).
    static func roles(_ s: String, office aboutOffice: Bool = false) -> [RoleRead] {
        var out: [RoleRead] = []
        let c = Array(s)
        let officeAt =
            aboutOffice ? 0 : s.range(ofText: "办公室").map { s.distance(from: s.startIndex, to: $0.lowerBound) }
        func isOffice(_ word: String, _ at: Int) -> Bool {
            if word.hasPrefix("办公室") { return true }
            guard word.contains("主任"), let o = officeAt else { return false }
            return o <= at
        }
        // ROLE由LIST担任|兼任|组成|任 (指挥长由县委常委、常务副县长担任).
        var i = 0
        while i < c.count {
            guard c[i] == "由" else {
                i += 1
                continue
            }
            var before = String(c[..<i])
            // 组长已由…担任, 组长改由…担任: the role, then when.
            for w in ["已改", "已", "现", "改", "仍"] where before.hasSuffix(w) {
                before.removeLast(w.count)
                break
            }
            // (主要)由…组成 opening a sentence: the members of the body the sentence is about.
            if ["", "主要", "成员主要"].contains(before), let (_, verb) = verbEnd(c, from: i + 1), verb == "组成" {
                before = "成员"
            }
            if let rw = roleWords.first(where: { before.hasSuffix($0.word) }) {
                let start = i + 1
                if let (end, verb) = verbEnd(c, from: start) {
                    var list = String(c[start..<end])
                    if verb == "组成" {
                        for w in ["抽派人员", "人员"] where list.hasSuffix(w) && !list.hasSuffix("负责人员") {
                            list.removeLast(w.count)
                        }
                        for w in ["及相关部门", "及有关部门", "等相关部门", "等有关部门"] where list.hasSuffix(w) {
                            list.removeLast(w.count)
                        }
                    }
                    list = strip(list)
                    let entries = NoticeNames.list(list)
                    let at = i - rw.word.count
                    var read = RoleRead(
                        role: rw.role, roleText: rw.word, office: isOffice(rw.word, at), entries: entries,
                        offset: start, rule: "role-by")
                    // The body before the role: back to the clause start, ending in a body word.
                    var b = at
                    while b > 0, !"，；。：".contains(c[b - 1]) { b -= 1 }
                    let subject = String(c[b..<at])
                    if subject.count >= 4, NoticeLexicon.bodyWords.contains(where: { subject.hasSuffix($0.word) }) {
                        read.body = subject
                    }
                    out.append(read)
                    i = end
                    continue
                }
            }
            i += 1
        }
        // LIST任|担任|兼任|兼|为ROLE (市统计局局长邓焕章…任副组长; 胡廖明同志兼任办公室主任).
        let verbs = ["担任", "兼任", "任", "兼", "为"]
        i = 0
        var lastEnd = 0
        while i < c.count {
            guard let v = verbs.first(where: { c[i...].starts(with: Array($0)) }) else {
                i += 1
                continue
            }
            let after = String(c[(i + v.count)...])
            var afterBody = after
            for b in ["领导小组", "小组", "指挥部", "专班"] where afterBody.hasPrefix(b) {
                afterBody.removeFirst(b.count)
                break
            }
            guard let rw = roleWords.first(where: { afterBody.hasPrefix($0.word) }),
                v != "任" || i == 0 || !"主兼担责信".contains(c[i - 1])
            else {
                i += 1
                continue
            }
            // The role must end there (副组长 not 组长单位…).
            var start = i
            while start > lastEnd, !"，；。：".contains(c[start - 1]), c[start - 1] != "由" { start -= 1 }
            var list = String(c[start..<i])
            // A first clause that is itself a holder (市政府分管副秘书长，市委宣传部…主要领导为成员): it opens the list.
            if start > 0, lastEnd == 0, c[start - 1] == "，" {
                let first = NoticeNames.list(strip(String(c[..<(start - 1)])))
                if !first.entries.isEmpty, first.unread.isEmpty, first.entries.allSatisfy({ $0.sort != .unit }) {
                    list = String(c[..<(start - 1)]) + "、" + list
                    start = 0
                }
            }
            for w in ["另外", "同时", "其中"] where list.hasPrefix(w) { list.removeFirst(w.count) }
            list = strip(list)
            if !list.isEmpty,
                !out.contains(where: { $0.offset <= start && start < $0.offset + 40 && $0.rule == "role-by" })
            {
                out.append(
                    RoleRead(
                        role: rw.role, roleText: rw.word, office: isOffice(rw.word, i) || rw.word.hasPrefix("办公室"),
                        entries: NoticeNames.list(list), offset: start, rule: "role-as"))
            }
            lastEnd = i + v.count
            i += v.count
        }
        // 成员单位包括|为|有…：LIST (成员单位包括市委宣传部、…、市关工委).
        for key in ["成员单位包括", "成员单位为", "成员单位由", "成员包括", "成员单位："] {
            guard let r = s.range(ofText: key) else { continue }
            var list = String(s[r.upperBound...])
            if list.hasPrefix("：") { list.removeFirst() }
            if let e = list.range(ofText: "组成") { list = String(list[..<e.lowerBound]) }
            list = strip(list)
            if !list.isEmpty {
                out.append(
                    RoleRead(
                        role: .member, roleText: "成员单位", office: false, entries: NoticeNames.list(list),
                        offset: s.distance(from: s.startIndex, to: r.upperBound), rule: "member-units"))
            }
            break
        }
        // …，成员在…基础上，适当进行扩充，包括LIST: members listed after 包括 in a clause about the members.
        if !out.contains(where: { $0.role == .member }) {
            let opening = s.hasPrefix("成员") ? s.startIndex : s.range(ofText: "，成员")?.upperBound
            if let o = opening {
                let tail = String(s[o...])
                if let inc = tail.range(ofText: "，包括") {
                    let list = strip(String(tail[inc.upperBound...]))
                    let at =
                        s.distance(from: s.startIndex, to: o) + tail.distance(from: tail.startIndex, to: inc.upperBound)
                    if !list.isEmpty {
                        out.append(
                            RoleRead(
                                role: .member, roleText: "成员", office: false, entries: NoticeNames.list(list),
                                offset: at, rule: "member-units"))
                    }
                }
            }
        }
        // ROLE[有N人，]分别是|分别为：LIST (副组长有3人，分别是：易炼红（浙江省委书记）、…).
        for key in ["分别是", "分别为"] {
            guard let r = s.range(ofText: key) else { continue }
            var head = NoticeNames.trimEnds(String(s[..<r.lowerBound]))
            if let m = head.range(ofText: "有"), head[m.upperBound...].allSatisfy({ $0.isNumber || "名人位个".contains($0) })
            {
                head = String(head[..<m.lowerBound])
            }
            guard let rw = roleWords.first(where: { head.hasSuffix($0.word) }) else { continue }
            var list = String(s[r.upperBound...])
            if list.hasPrefix("：") { list.removeFirst() }
            list = strip(list)
            if !list.isEmpty {
                let at = s.distance(from: s.startIndex, to: r.upperBound)
                out.append(
                    RoleRead(
                        role: rw.role, roleText: rw.word, office: isOffice(rw.word, at),
                        entries: NoticeNames.list(list),
                        offset: at, rule: "role-list"))
            }
            break
        }
        return out
    }

    /// Words that put a sentence in the past: it tells the earlier composition (当时…, 时任…), not this notice's.
    static let pastWords = ["当时", "此前", "时任", "原任", "曾任", "曾发布", "曾印发"]

    /// Whether a sentence tells what was, not what the notice sets (an adjustment's report of the earlier list).
    static func describesPast(_ s: String) -> Bool { pastWords.contains { s.contains($0) } }

    /// Holders who leave a role (张三、李四同志不再担任领导小组副组长): the holders, the role when one is named (nil:
    /// every role in the body), and the role as written.
    static func leaving(_ s: String) -> (entries: NoticeEntries, role: NoticeLexicon.Role?, roleText: String)? {
        guard let r = ["不再担任", "不再兼任", "不再作为", "不再是"].lazy.compactMap({ s.range(ofText: $0) }).first else {
            return nil
        }
        var list = String(s[..<r.lowerBound])
        if let k = list.lastIndex(where: { "，；：".contains($0) }) { list = String(list[list.index(after: k)...]) }
        if let y = list.range(ofText: "因") { list = String(list[..<y.lowerBound]) }
        list = strip(list)
        let entries = NoticeNames.list(list)
        guard !entries.entries.isEmpty else { return nil }
        var after = String(s[r.upperBound...].prefix { !"，。；".contains($0) })
        for b in NoticeLexicon.bodyWords.map(\.word) where after.contains(b) {
            after = String(after[after.range(ofText: b)!.upperBound...])
            break
        }
        let rw = roleWords.first { after.hasPrefix($0.word) }
        return (entries, rw?.role, rw?.word ?? after)
    }

    /// A rename an adjustment states (将X更名为Y, 原X更名为Y): the old and new names, each at least two characters.
    static func renaming(_ s: String) -> (old: String, new: String)? {
        guard let r = s.range(ofText: "更名为") else { return nil }
        var old = String(s[..<r.lowerBound])
        if let k = old.lastIndex(where: { "，；：。".contains($0) }) { old = String(old[old.index(after: k)...]) }
        for p in ["决定将", "同意将", "经研究将", "将", "原"] where old.hasPrefix(p) {
            old.removeFirst(p.count)
            break
        }
        old = NoticeNames.trimEnds(old)
        let new = NoticeNames.trimEnds(String(s[r.upperBound...].prefix { !"，。；（(".contains($0) }))
        guard old.count >= 2, new.count >= 2, old != new else { return nil }
        return (old, new)
    }

    /// The end of a list after 由: the verb that closes it (担任, 兼任, 组成, 任), not crossing a sentence end.
    static func verbEnd(_ c: [Character], from start: Int) -> (Int, String)? {
        var j = start
        while j < c.count, c[j] != "。", c[j] != "；" {
            for v in ["担任", "兼任", "组成"] where c[j...].starts(with: Array(v)) { return (j, v) }
            if c[j] == "任", j > start, !"主兼担责信".contains(c[j - 1]) { return (j, "任") }
            j += 1
        }
        return nil
    }

    /// The unit hosting an office (办公室设在X, 办公室（设在X）, 下设办公室在X, 办公室设X), and where it starts.
    static func host(_ s: String) -> (String, Int)? {
        guard !s.contains("不设办公室") else { return nil }
        for key in ["办公室设在", "办公室设于", "办公室（设在", "下设办公室在", "办公室在", "办公室设", "，设在", "设在"] {
            guard let r = s.range(ofText: key) else { continue }
            if key == "，设在" || key == "设在", !s[..<r.lowerBound].contains("办公室") { continue }
            var rest = Substring(s[r.upperBound...])
            if rest.hasPrefix("在") { rest = rest.dropFirst() }
            let end = rest.firstIndex { "，。；）、".contains($0) } ?? rest.endIndex
            let host = String(rest[..<end])
            guard host.count >= 2, NoticeNames.isUnit(host) else { continue }
            return (host, s.distance(from: s.startIndex, to: rest.startIndex))
        }
        return nil
    }

    /// Whether a sentence sets up an office for the body (下设办公室, 领导小组办公室, 办公室设在).
    static func setsUpOffice(_ s: String) -> Bool {
        guard !s.contains("不设办公室") else { return false }
        return s.contains("下设办公室") || s.contains("办公室设") || s.contains("办公室（设")
            || NoticeLexicon.bodyWords.contains { !NoticeLexicon.isOffice($0.kind) && s.contains($0.word + "办公室") }
    }

    /// The body a sentence sets up (决定成立X, 成立了X, 调整充实了X, 建立X), if any.
    static func setUp(_ s: String) -> String? {
        for key in ["调整充实了", "决定成立", "确定成立", "成立了", "决定建立", "成立", "建立"] {
            guard let r = s.range(ofText: key) else { continue }
            // 各村委会要成立…: a requirement, not a body set up here.
            if r.lowerBound > s.startIndex, "要应需须".contains(s[s.index(before: r.lowerBound)]) { continue }
            let rest = Array(s[r.upperBound...])
            var best: Int?
            var j = 0
            while j < rest.count, j < 60, !"，。；（：".contains(rest[j]) {
                j += 1
                let cand = String(rest[..<j])
                if NoticeLexicon.bodyWords.contains(where: {
                    !NoticeLexicon.isOffice($0.kind) && cand.hasSuffix($0.word)
                }) {
                    best = j
                }
            }
            if let best, best >= 4 {
                let name = String(rest[..<best])
                // 建立部门联席会议制度: a way of working, not a body.
                let after = String(rest[best...].prefix(2))
                if after == "制度" || after == "机制" { return nil }
                if ["的", "以", "各"].contains(where: { name.contains($0) }) { return nil }
                return name
            }
        }
        return nil
    }

    /// The groups a body sets up under itself (领导小组下设新闻宣传工作组、外事工作组、安保工作组): every item of the
    /// list after 下设 is a group's name (ending in 组, 分指挥部 or 专班); nil otherwise.
    static func subGroups(_ s: String) -> [String]? {
        guard let r = s.range(ofText: "下设") else { return nil }
        var rest = String(s[r.upperBound...].prefix { !"，。；：（".contains($0) })
        if rest.hasSuffix("等") { rest.removeLast() }
        let items = NoticeNames.split(rest, at: "、")
        let groupWords = ["组", "分指挥部", "专班"]
        guard items.count >= 2,
            items.allSatisfy({ item in
                item.count >= 3 && item.count <= 20 && !item.contains("的") && groupWords.contains { item.hasSuffix($0) }
            })
        else { return nil }
        return items
    }

    /// A sentence that states a standing rule.
    static func isRule(_ s: String) -> Bool {
        NoticeLexicon.ruleWords.contains { s.contains($0) }
    }

    static func strip(_ s: String) -> String {
        var t = NoticeNames.trimEnds(s)
        for p in ["主要由", "分别由", "由", "请", "以"] where t.hasPrefix(p) {
            t.removeFirst(p.count)
            break
        }
        return t
    }
}
