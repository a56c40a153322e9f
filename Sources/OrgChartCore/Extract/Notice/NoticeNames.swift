/// One holder of a role as a notice names it: a person (with the post written beside the name), a post, a unit
/// (with the role held there, 分管领导), or a class of units (各乡镇人民政府).
struct NoticeEntry: Sendable, Hashable {
    /// What sort of holder it is.
    enum Sort: String, Sendable, Hashable {
        case person, post, unit
    }

    var sort: Sort
    /// The person's name (冯镭, spaces removed), the post (县财政局局长) or the unit (县发改局), as written.
    var name: String
    /// A person's post (市委常委、常务副市长), or the role held in a unit (分管领导).
    var post: String?
    /// A class of units (各乡镇人民政府, 各成员单位).
    var collective: Bool = false

    /// Creates a value with the given parts.
    init(sort: Sort, name: String, post: String? = nil, collective: Bool = false) {
        self.sort = sort
        self.name = name
        self.post = post
        self.collective = collective
    }

    /// The name as a chart would label it: 李文钢（市纪委）, 县财政局局长, 县委宣传部分管领导.
    var label: String {
        switch sort {
        case .person: return post.map { "\(name)（\($0)）" } ?? name
        case .post: return name
        case .unit: return name + (post ?? "")
        }
    }
}

/// A list of holders read from one value, whether it ends in 等 (more not named), and the parts not understood.
struct NoticeEntries: Sendable, Hashable {
    var entries: [NoticeEntry] = []
    /// The list ends in 等 or names a class: the notice does not name every member.
    var open = false
    /// Parts that are neither a name, a post nor a unit, kept to be reported.
    var unread: [String] = []
}

/// The names stage: reads the holders in a roster value (`冯 镭`, `何洪明（市纪委）`, `龚 正 市长`,
/// `县市容局、县建设局…等`) or in a sentence's list (`县人大、县政府、县政协主要领导`).
enum NoticeNames {
    /// Reads a roster value, the text after `组长：` (spaces kept, as they separate names).
    static func roster(_ value: String) -> NoticeEntries {
        var s = trimEnds(value)
        var result = NoticeEntries()
        if s.isEmpty { return result }
        // A name, then spaces, then the post (`龚 正 市长`, `马春雷 市政府副秘书长、市发展改革委主任`).
        var toks = s.split(separator: " ").map(String.init)
        if toks.count >= 2, toks[0].count == 1, toks[1].count == 1 {
            toks.replaceSubrange(0...1, with: [toks[0] + toks[1]])
        }
        if toks.count >= 2, isName(toks[0]), !toks[0].contains("、") {
            let rest = toks[1...].joined()
            if !isName(rest), isPost(rest) || rest.hasSuffix("）") && isPost(String(rest.dropLast())) {
                result.entries.append(NoticeEntry(sort: .person, name: toks[0], post: rest))
                return result
            }
        }
        if !s.contains(" "), s.count > 16, let run = runTogether(s) {
            result.entries = run
            return result
        }
        if s.hasSuffix("等") {
            result.open = true
            s.removeLast()
        }
        // A list: items between 、，, and spaces (not inside brackets); one-character pieces split by a space join.
        var items: [String] = []
        for piece in split(s, at: "、，；") {
            let parts = piece.split(separator: " ").map(String.init)
            var k = 0
            var merged: [String] = []
            while k < parts.count {
                if parts[k].count == 1, k + 1 < parts.count, parts[k + 1].count == 1 {
                    merged.append(parts[k] + parts[k + 1])
                    k += 2
                } else {
                    merged.append(parts[k])
                    k += 1
                }
            }
            // Spaces inside a unit's name (`龙胜 供电分公司`) are not separators: names only split on spaces.
            if merged.count > 1, !merged.allSatisfy({ isName($0) || $0.hasSuffix("）") }) {
                items.append(merged.joined())
            } else {
                items += merged
            }
        }
        read(items, into: &result, strict: false)
        return result
    }

    /// Reads a list written in a sentence (`县应急管理局局长、县地震监测服务中心主任`), spaces already removed.
    static func list(_ value: String) -> NoticeEntries {
        var s = trimEnds(value)
        var result = NoticeEntries()
        s = dropCount(s, open: &result.open)
        // …、省妇联等部门、单位分管负责同志: the class words go, the role stays for the units.
        for w in ["等部门、单位", "等部门和单位", "等部门（单位）", "等有关部门", "等相关部门", "等部门", "等单位"] {
            guard let r = s.range(ofText: w) else { continue }
            let tail = String(s[r.upperBound...])
            if tail.isEmpty || NoticeLexicon.roles.contains(tail) {
                s = String(s[..<r.lowerBound]) + tail
                result.open = true
                break
            }
        }
        // …等相关职能部门或单位: a class after 等 closes the list.
        if let r = s.range(ofText: "等"), s.distance(from: r.upperBound, to: s.endIndex) <= 12,
            s.hasSuffix("部门") || s.hasSuffix("单位"), !s[r.upperBound...].contains("、")
        {
            s = String(s[..<r.lowerBound])
            result.open = true
        }
        for w in ["等部门", "等单位", "等"] where s.hasSuffix(w) {
            result.open = true
            s.removeLast(w.count)
            break
        }
        var items = split(s, at: "、，；")
        // 以及 / 及 between parties also separate them.
        items = items.flatMap { item -> [String] in
            var parts: [String] = []
            var rest = item
            while let r = rest.range(ofText: "以及") ?? rest.range(ofText: "及"),
                r.upperBound < rest.endIndex, "省市县区国中".contains(rest[r.upperBound])
            {
                parts.append(String(rest[..<r.lowerBound]))
                rest = String(rest[r.upperBound...])
            }
            // 团县委和县台办: 和 between two units.
            if let r = rest.range(ofText: "和"), r.upperBound < rest.endIndex, "省市县区".contains(rest[r.upperBound]),
                isUnit(String(rest[..<r.lowerBound]))
            {
                parts.append(String(rest[..<r.lowerBound]))
                rest = String(rest[r.upperBound...])
            }
            return parts + [rest]
        }.filter { !$0.isEmpty }
        read(items, into: &result, strict: true)
        return result
    }

    /// Reads items, joining a rank with the post after it and giving a role written after the last unit of a
    /// list to every unit of it (`县人大、县政府、县政协主要领导`).
    static func read(_ raw: [String], into result: inout NoticeEntries, strict: Bool) {
        var items: [String] = []
        for it in raw.map(trimEnds) where !it.isEmpty {
            if let last = items.last, NoticeLexicon.ranks.contains(where: { last.hasSuffix($0) }),
                !last.contains("（")
            {
                items[items.count - 1] = last + "、" + it
            } else {
                items.append(it)
            }
        }
        // A shared role: only the last item carries it and the others are bare units.
        // A shared role: the last item carries it and the items before it (back to the first that is not a bare
        // unit) are bare units.
        var shared: String?
        var sharedFrom = items.count
        if items.count > 1, let last = items.last,
            let role = NoticeLexicon.roles.first(where: { last.hasSuffix($0) && last.count > $0.count + 1 })
        {
            var k = items.count - 1
            while k > 0, isUnit(items[k - 1]), !NoticeLexicon.titles.contains(where: items[k - 1].hasSuffix) { k -= 1 }
            if k < items.count - 1 {
                shared = role
                sharedFrom = k
                items[items.count - 1] = String(last.dropLast(role.count))
            }
        }
        if let last = items.last, last.hasSuffix("等"), last.count > 2 {
            result.open = true
            items[items.count - 1] = String(last.dropLast())
        }
        for (k, it) in items.enumerated() {
            if let run = runTogether(it) {
                result.entries += run
            } else if var e = entry(it, strict: strict) {
                if let shared, k >= sharedFrom, e.sort == .unit { e.post = shared }
                if e.collective { result.open = true }
                result.entries.append(e)
            } else if let words = sectors(it) {
                result.entries += words.map { NoticeEntry(sort: .unit, name: $0) }
            } else {
                result.unread.append(it)
            }
        }
    }

    /// One item: a person, a post, a unit or a class, or nil when it is none of them.
    static func entry(_ raw: String, strict: Bool = false) -> NoticeEntry? {
        var s = String(trimEnds(raw).filter { $0 != " " })
        var strict = strict
        for w in ["等同志", "同志"] where s.hasSuffix(w) && s.count > w.count + 1 {
            if NoticeLexicon.roles.contains(where: { s.hasSuffix($0) }) { break }
            s.removeLast(w.count)
            strict = false  // 同志 says it is a person
            break
        }
        if s.isEmpty { return nil }
        // 何洪明（市纪委）, 尼加提·尼亚孜（市政府副市长）; 自然资源厅（省林业局） is a unit.
        if s.hasSuffix("）"), let open = s.firstIndex(of: "（") {
            let outer = String(s[..<open])
            let inner = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
            if isName(outer), !inner.isEmpty { return NoticeEntry(sort: .person, name: outer, post: inner) }
        }
        if s.hasPrefix("各"), s.count <= 12 { return NoticeEntry(sort: .unit, name: s, collective: true) }
        // 市统计局局长邓焕章, 市委常委、常务副市长田福德: the name after the post.
        for n in [3, 2] where s.count > n + 1 {
            let name = String(s.suffix(n))
            let post = String(s.dropLast(n))
            if isName(name, strict: true), NoticeLexicon.titles.contains(where: { post.hasSuffix($0) }),
                !NoticeLexicon.roles.contains(where: { post.hasSuffix($0) })
            {
                return NoticeEntry(sort: .person, name: name, post: post)
            }
        }
        // A unit with the role held in it (县委宣传部分管领导): kept as a unit with its role.
        if let role = NoticeLexicon.roles.first(where: { s.hasSuffix($0) }), s.count > role.count + 1 {
            let unit = String(s.dropLast(role.count))
            if isUnit(unit), !unit.contains("的") { return NoticeEntry(sort: .unit, name: unit, post: role) }
            return NoticeEntry(sort: .post, name: s)
        }
        if isPost(s) { return NoticeEntry(sort: .post, name: s) }
        if isUnit(s) { return NoticeEntry(sort: .unit, name: s) }
        if isName(s, strict: strict) { return NoticeEntry(sort: .person, name: s) }
        return nil
    }

    /// Starts of the names of units and offices a post begins with (国务院副秘书长, 统计局局长), used to find where a
    /// name run into its post ends.
    static let postStarts: [String] =
        [
            "国务院", "中央", "中共", "国家", "全国", "外交", "工业和信息化", "住房城乡建设", "环境保护", "国土资源", "测绘", "民航",
            "文物", "总参", "武警", "海洋", "地震", "旅游", "海关", "铁路", "省", "市", "县", "区", "镇",
        ]
        + MinutesLexicon.idWords.map(\.0)

    /// People run together with their posts and with each other (张高丽国务院副总理, 姜大明国土资源部部长丁向阳国务院副秘书长),
    /// as flattened text writes them; nil when the text is not such a run.
    static func runTogether(_ s: String) -> [NoticeEntry]? {
        let c = Array(s)
        guard c.count >= 6, c.allSatisfy({ isHan($0) || "、.·".contains($0) }) else { return nil }
        var out: [NoticeEntry] = []
        var p = 0
        while p < c.count {
            // The name: 3 characters unless the post starts after 2.
            guard MinutesLexicon.surnames.contains(c[p]) else { return nil }
            let rest3 = p + 3 < c.count ? String(c[(p + 3)...]) : ""
            let rest2 = p + 2 < c.count ? String(c[(p + 2)...]) : ""
            let two = postStarts.contains { rest2.hasPrefix($0) } && !postStarts.contains { rest3.hasPrefix($0) }
            let n = two ? 2 : 3
            let start = p + n
            guard start < c.count else { return nil }
            // The post: up to the first end of a title after which another name starts (or the text ends).
            var end: Int?
            var q = start + 2
            while q <= c.count {
                let head = String(c[start..<q])
                if NoticeLexicon.titles.contains(where: { head.hasSuffix($0) }),
                    q == c.count
                        || (MinutesLexicon.surnames.contains(c[q]) && !"、.".contains(c[q - 1])
                            && !NoticeLexicon.titles.contains(where: {
                                String(c[start..<min(c.count, q + 2)]).hasSuffix($0)
                            }))
                {
                    end = q
                    break
                }
                q += 1
            }
            guard let e = end else { return nil }
            let post = String(c[start..<e].filter { $0 != "." })
            out.append(NoticeEntry(sort: .person, name: String(c[p..<start]), post: post))
            p = e
        }
        return out.count >= 1 && (out.count > 1 || c.count <= 16) ? out : nil
    }

    /// A department named by its sector word alone (发改, 水利), or several run together without separators
    /// (气象建设交通公安): the words, or nil when the text is not made of sector words.
    static func sectors(_ s: String) -> [String]? {
        guard s.count >= 2, s.count <= 24, s.allSatisfy(isHan) else { return nil }
        var out: [String] = []
        var rest = Substring(s)
        while !rest.isEmpty {
            guard let w = NoticeLexicon.sectors.first(where: { rest.hasPrefix($0) }) else { return nil }
            out.append(w)
            rest = rest.dropFirst(w.count)
        }
        return out
    }

    /// Whether a text is a post: it ends in a title (局长, 副县长, 负责同志), or is a 分管…的 / 负责…的 phrase ending in one.
    static func isPost(_ s: String) -> Bool {
        guard s.count >= 2, !s.contains("。") else { return false }
        return NoticeLexicon.titles.contains { s.hasSuffix($0) } || (s.hasSuffix("领导") && s.count >= 4)
    }

    /// Whether a text is a unit's name: it ends in a unit word (局, 办, 委, 中心, 公司, 人民政府, …).
    static func isUnit(_ s: String) -> Bool {
        guard s.count >= 2, s.count <= 40, !s.contains("。") else { return false }
        // 自然资源厅（省林业局）: the name before the bracket decides.
        if s.hasSuffix("）"), let open = s.firstIndex(of: "（"), open > s.startIndex { return isUnit(String(s[..<open])) }
        let extra = [
            "人武部", "院", "署", "厅", "会", "联", "团", "班子", "总站", "公司", "集团", "中队", "分署", "支行", "部", "人大", "政协",
            "科协", "侨联", "关工委",
        ]
        return MinutesLexicon.unitSuffixes.contains { s.hasSuffix($0) } || extra.contains { s.hasSuffix($0) }
            || s.hasPrefix("团") && s.count <= 4
    }

    /// Whether a text is a person's name: 2–3 characters (4 with a compound surname, any length with a `·`), not a
    /// unit or a title. `strict` also asks for a common surname (when the name is cut from a longer text).
    static func isName(_ s: String, strict: Bool = false) -> Bool {
        if s.contains("·") { return s.count >= 3 && s.count <= 16 && s.allSatisfy { $0 == "·" || isHan($0) } }
        guard s.allSatisfy(isHan) else { return false }
        let compound = MinutesLexicon.compoundSurnames.contains { s.hasPrefix($0) }
        guard s.count == 2 || s.count == 3 || (s.count == 4 && compound) else { return false }
        if strict, !compound, let f = s.first, !MinutesLexicon.surnames.contains(f) { return false }
        if NoticeLexicon.titles.contains(where: { s.hasSuffix($0) }) { return false }
        if MinutesLexicon.unitSuffixes.contains(where: { s.hasSuffix($0) && s.count <= $0.count + 2 }),
            !(s.count == 2 && strict == false && MinutesLexicon.surnames.contains(s.first!))
        {
            return false
        }
        let notNames = ["领导", "成员", "人员", "单位", "部门", "同志", "名单", "如下", "负责", "分管", "等"]
        return !notNames.contains { s.contains($0) }
    }

    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }

    /// The list without a count after it (`…等34个部门`, `…20个相关职能部门的分管副职` keeps the role).
    static func dropCount(_ s: String, open: inout Bool) -> String {
        let c = Array(s)
        guard let ge = c.lastIndex(of: "个"), ge > 0,
            c[ge - 1].isASCII && c[ge - 1].isNumber || "两三四五六七八九十".contains(c[ge - 1])
        else { return s }
        var a = ge - 1
        while a > 0, c[a - 1].isASCII && c[a - 1].isNumber || "一二两三四五六七八九十".contains(c[a - 1]) { a -= 1 }
        if a > 0, c[a - 1] == "等" {
            a -= 1
            open = true
        }
        let tail = String(c[(ge + 1)...])
        guard tail.count <= 12, tail.contains("部门") || tail.contains("单位") else { return s }
        // A role after 的 (…部门的分管副职) stays, for the units before it.
        if let de = tail.firstIndex(of: "的") { return String(c[..<a]) + tail[tail.index(after: de)...] }
        return String(c[..<a])
    }

    /// Splits at any of `marks` outside brackets.
    static func split(_ s: String, at marks: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var depth = 0
        let c = Array(s)
        // 分管应急管理、地震监测工作的…: a 分管/负责/协调 phrase runs to its 的 and is not split.
        var protectedUntil = -1
        for (i, ch) in c.enumerated() {
            if i > protectedUntil, ["分管", "负责", "协调"].contains(where: { c[i...].starts(with: Array($0)) }),
                let de = c[i..<min(c.count, i + 24)].firstIndex(of: "的"),
                !c[i..<de].contains("，"), !c[i..<de].contains("；")
            {
                protectedUntil = de
            }
            if ch == "（" || ch == "《" || ch == "“" { depth += 1 }
            if ch == "）" || ch == "》" || ch == "”" { depth = max(0, depth - 1) }
            if depth == 0 && i > protectedUntil && marks.contains(ch) {
                out.append(cur)
                cur = ""
            } else {
                cur.append(ch)
            }
        }
        out.append(cur)
        return out.filter { !$0.trimmingCharacters(in: " ").isEmpty }
    }

    /// The text without spaces and sentence punctuation at either end.
    static func trimEnds(_ s: String) -> String {
        let edge: Set<Character> = [" ", "。", "，", "；", "：", "、", "."]
        var c = Substring(s)
        while let f = c.first, edge.contains(f) { c = c.dropFirst() }
        while let l = c.last, edge.contains(l) { c = c.dropLast() }
        return String(c)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var c = Substring(self)
        while let f = c.first, set.contains(f) { c = c.dropFirst() }
        while let l = c.last, set.contains(l) { c = c.dropLast() }
        return String(c)
    }
}
