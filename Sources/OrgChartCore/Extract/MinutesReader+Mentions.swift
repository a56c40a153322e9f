/// The names in the text: people (a name with a title, or a name met with one) and units (a place or 各, a core and a unit ending), collectives, groups named by role, and lists of them.
extension MinutesReader {
    // MARK: - People named with a title

    /// Collects names written with a title (李顺朝副区长, 区长陈江) so the same names are known without one.
    func learnPeople() {
        var i = 0
        while i < c.count {
            guard let title = match(i, Self.titles) else {
                i += 1
                continue
            }
            if let name = nameBefore(i) { learnedPeople[name] = String(title) }
            if let (name, _) = nameAfterTitle(i + title.count, c.count) { learnedPeople[name] = String(title) }
            i += title.count
        }
    }

    func isNameStart(_ i: Int, _ len: Int) -> Bool {
        guard i >= 0, i + len <= c.count, (2...4).contains(len) else { return false }
        for k in i..<(i + len) where !Self.isHan(c[k]) { return false }
        let compound = MinutesLexicon.compoundSurnames.contains { at(i, $0) }
        if len == 4 && !compound { return false }
        return compound || MinutesLexicon.surnames.contains(c[i])
    }

    /// A name of 2–3 characters (4 with a compound surname) ending right before `i`, after a boundary.
    func nameBefore(_ i: Int) -> Word? {
        let boundaries: Set<Character> = ["请", "由", "是", "和", "与", "及", "、", "牵", "，", "：", "。", "；", "\n", "（"]
        for len in 2...4 {
            let s = i - len
            guard s >= 0, isNameStart(s, len) else { continue }
            if s == 0 || boundaries.contains(c[s - 1]) { return Array(c[s..<i]) }
        }
        return nil
    }

    /// A name right after a title (区长陈江主持), followed by a verb of attending or a boundary.
    func nameAfterTitle(_ i: Int, _ end: Int) -> (Word, Int)? {
        for len in 2...3 where isNameStart(i, len) {
            let e = i + len
            if e <= end, e == end || isPunct(e) || match(e, Self.chairVerbs, end) != nil {
                return (Array(c[i..<e]), e)
            }
        }
        return nil
    }

    // MARK: - Names at a position

    struct Mention {
        var party: Party
        var end: Int
        /// Where the name itself starts (after a leading title).
        var start: Int
        /// A unit named through its head's title (区住建局局长): the unit is the party.
        var byTitle = false
    }

    /// The person or unit named at `i`, if any.
    func entity(_ i: Int, _ end: Int) -> Mention? {
        guard i < end else { return nil }
        var best: (m: Mention, confirmed: Bool)?
        func offer(_ m: Mention, _ confirmed: Bool) {
            guard let b = best else {
                best = (m, confirmed)
                return
            }
            if (confirmed && !b.confirmed) || (confirmed == b.confirmed && m.end > b.m.end) { best = (m, confirmed) }
        }
        if let w = match(i, Self.collectives, end) {
            let name = t.text(i..<(i + w.count))
            offer(
                Mention(
                    party: Party(name: name, sort: .unit, kind: BuiltInKinds.collective.id, collective: true),
                    end: i + w.count,
                    start: i), true)
        }
        // A collective written 各X or 各X（Y）: 各县（区）, 各成员单位.
        if c[i] == "各" {
            var limit = i + 1
            while limit < min(end, i + 12), Self.isHan(c[limit]) { limit += 1 }
            // The longest 各X ending in a collective head and followed by a follower (各项目业主单位要…).
            var j = limit
            while j > i + 1 {
                var e = j
                if e < end, c[e] == "（", let close = (e..<min(end, e + 8)).first(where: { c[$0] == "）" }) {
                    e = close + 1
                }
                let head = Array(c[(i + 1)..<j])
                if MinutesLexicon.collectiveHeads.contains(where: { head.reversed().starts(with: Array($0).reversed()) }
                ),
                    followerAt(e, end), !containsNonNameWord((i + 1)..<j)
                {
                    let name = t.text(i..<e)
                    offer(
                        Mention(
                            party: Party(name: name, sort: .unit, kind: BuiltInKinds.collective.id, collective: true),
                            end: e,
                            start: i), true)
                    break
                }
                j -= 1
            }
        }
        for k in names.known where at(i, k.chars, end) {
            var e = i + k.chars.count
            var party = k.party
            party.name = t.text(i..<e)
            if k.party.sort == .person, let title = match(e, Self.titles, end) {
                party.title = t.text(e..<(e + title.count))
                e += title.count
            }
            offer(Mention(party: party, end: e, start: i), followerAt(e, end))
        }
        // Short names sharing one ending: 国土、规划、住建、消防部门 / 交警、综合执法等部门.
        if let m = sharedSuffixList(i, end) { offer(m, true) }
        // 镇要…, 村要…: a township or village addressed by its kind alone, at a clause start.
        if i + 1 < end, "镇乡村".contains(c[i]), i == 0 || isPunct(i - 1), leadWord(at: i + 1, end) != nil {
            offer(
                Mention(
                    party: Party(name: t.text(i..<(i + 1)), sort: .unit, kind: BuiltInKinds.township.id), end: i + 1,
                    start: i),
                true)
        }
        // A group of people named by their role (县级领导, 各分管负责人, 与会人员, 各工作组人员): a collective.
        if let m = roleGroup(i, end) { offer(m, true) }
        // A person: name + title, or a name met with a title elsewhere.
        for len in 2...4 where isNameStart(i, len) {
            let e = i + len
            if let title = match(e, Self.titles, end) {
                let p = Party(name: t.text(i..<e), title: t.text(e..<(e + title.count)), sort: .person)
                offer(Mention(party: p, end: e + title.count, start: i), true)
                break
            }
            if learnedPeople[Array(c[i..<e])] != nil, followerAt(e, end) {
                offer(Mention(party: Party(name: t.text(i..<e), sort: .person), end: e, start: i), true)
                break
            }
        }
        // A person: title + name.
        if let title = match(i, Self.titles, end), let (name, e) = nameAfterTitle(i + title.count, end) {
            let p = Party(name: String(name), title: t.text(i..<(i + title.count)), sort: .person)
            offer(Mention(party: p, end: e, start: i + title.count), true)
        }
        // A unit: a run of name characters ending with a unit suffix.
        if best == nil || !(best!.confirmed), match(i, Self.taskStarts, end) == nil, Self.isHan(c[i]),
            !(Self.nonNameStarts.contains(c[i]) && i + 1 < end && entity(i + 1, end) != nil)
        {
            var j = i + 1
            let limit = min(end, i + 20)
            while j <= limit {
                let ch = c[j - 1]
                if !(Self.isHan(ch) || ch.isNumber || ch == "（" || ch == "）") || ch == "的" || ch == "个" { break }
                if j - i >= 2, let s = Self.unitSuffixes.first(where: { at(j - $0.count, $0) && j - $0.count >= i }),
                    j - s.count > i || s.count >= 2
                {
                    // The unit named through its head: 区住建局局长牵头, 区林草局主要负责人负责.
                    if let title = match(j, Self.headTitles, end), followerAt(j + title.count, end),
                        !containsNonNameWord(i..<(j - s.count))
                    {
                        let p = Party(name: t.text(i..<j), sort: .unit, kind: MinutesReader.kindOf(Array(c[i..<j])))
                        offer(Mention(party: p, end: j + title.count, start: i, byTitle: true), true)
                        break
                    }
                    if followerAt(j, end), !containsNonNameWord(i..<(j - s.count)) {
                        let name = t.text(i..<j)
                        let p = Party(name: name, sort: .unit, kind: MinutesReader.kindOf(Array(c[i..<j])))
                        offer(Mention(party: p, end: j, start: i), true)
                        break
                    }
                }
                j += 1
            }
        }
        guard let b = best else { return nil }
        return b.m
    }

    /// People named by a role they share, at a clause start: `县级领导`, `各分管负责人`, `与会人员`, `参会镇村组干部`.
    func roleGroup(_ i: Int, _ end: Int) -> Mention? {
        guard i == 0 || isPunct(i - 1) || c[i - 1] == "由" || c[i - 1] == "请" else { return nil }
        let roles = ["主要负责同志", "负责同志", "主要负责人", "负责人", "主要领导", "分管领导", "领导", "人员", "干部", "班子"]
        var k = i + 1
        while k <= min(end, i + 10) {
            guard Self.isHan(c[k - 1]) else { break }
            for r in roles where k - r.count >= i && at(k - r.count, r, end) && followerAt(k, end) {
                guard !containsNonNameWord(i..<k), !isPunct(k) || k == end else { return nil }
                return Mention(
                    party: Party(name: t.text(i..<k), sort: .unit, kind: BuiltInKinds.collective.id, collective: true),
                    end: k,
                    start: i)
            }
            k += 1
        }
        return nil
    }

    /// `国土、规划、住建、消防部门` or `交警、综合执法等部门`: short words joined by 、 whose last carries the ending for
    /// all (部门, 单位), one unit named for them all.
    func sharedSuffixList(_ i: Int, _ end: Int) -> Mention? {
        var j = i
        var parts = 0
        while j < end {
            var k = j
            while k < end, k - j < 6, Self.isHan(c[k]), c[k] != "、", c[k] != "等" { k += 1 }
            guard k > j else { return nil }
            parts += 1
            if parts >= 2 {
                for suffix in ["等部门", "等单位", "部门", "单位"] {
                    let a = k - (suffix.hasPrefix("等") ? 0 : suffix.count)
                    if at(a, suffix, end), a > j {
                        let e = a + suffix.count
                        guard followerAt(e, end), !containsNonNameWord(i..<a) else { return nil }
                        return Mention(
                            party: Party(name: t.text(i..<e), sort: .unit, kind: BuiltInKinds.bureau.id), end: e,
                            start: i)
                    }
                }
            }
            guard k < end, c[k] == "、" else { return nil }
            j = k + 1
        }
        return nil
    }

    /// Whether a verb or preposition that never stands in a name occurs in the range (the part before a suffix).
    func containsNonNameWord(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            if let w = match(i, Self.nonNameWords, r.upperBound) {
                // 会同县人民政府: a place whose name happens to be a verb, at the start of the name.
                let after = i + w.count
                if i == r.lowerBound, after < c.count, "县市区镇乡村".contains(c[after]) {
                    i = after
                    continue
                }
                return true
            }
            // 维护费用由中烟施伟策公司: a topic, 由, and the real name.
            if c[i] == "由", i > r.lowerBound, !at(i, "由于", r.upperBound),
                !Self.unitSuffixes.contains(where: { i - $0.count >= r.lowerBound && at(i - $0.count, $0, i) })
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// The unit kind a name suggests: a collective for 各X, else by its ending (bureau when none fits), written as
    /// the kinds of the first model format (a 领导小组 is a committee).
    static func kindOf(_ name: Word) -> String {
        let s = String(name)
        if name.first == "各" || s.hasPrefix("全区各") || s.hasPrefix("全县各") { return BuiltInKinds.collective.id }
        guard let k = BuiltInKinds.suggested(byName: s) else { return BuiltInKinds.bureau.id }
        return k.nearest ?? k.id
    }

    /// A person named without a title where only a person can stand: right before 牵头 / 负责 / 同志 after 由 or 请
    /// (由王光玲牵头). Two or three characters starting with a surname.
    func untitledPerson(_ i: Int, _ end: Int) -> Mention? {
        guard i > 0, c[i - 1] == "由" || c[i - 1] == "请" else { return nil }
        for len in [3, 2] where isNameStart(i, len) {
            let e = i + len
            if ["牵头", "负责", "同志"].contains(where: { at(e, $0, end) }) {
                return Mention(party: Party(name: t.text(i..<e), sort: .person), end: e, start: i)
            }
        }
        return nil
    }

    /// Names joined by 、和与及, with a trailing 等.
    func entityList(_ i: Int, _ end: Int) -> ([Mention], Int)? {
        guard let first = entity(i, end) ?? untitledPerson(i, end) else { return nil }
        var list = [first]
        var p = first.end
        while p < end {
            var q = p
            if at(q, "以及", end) {
                q += 2
            } else if c[q] == "、" || c[q] == "和" || c[q] == "与" || c[q] == "及" {
                q += 1
            } else {
                break
            }
            guard let next = entity(q, end) else { break }
            list.append(next)
            p = next.end
        }
        if p < end, c[p] == "等" {
            p += 1
            for w in ["有关单位", "有关部门", "相关单位", "相关部门", "单位", "部门"] where at(p, w, end) {
                p += w.count
                break
            }
        }
        return (list, p)
    }

    func register(_ m: Mention, _ loc: MinutesLocation) -> Party {
        var p = m.party
        if p.sort == .unit, p.kind == nil { p.kind = MinutesReader.kindOf(Array(MinutesText.normalise(p.name))) }
        if let k = p.kind, BuiltInKinds.named(k)?.isCollective == true { p.collective = true }
        return names.register(p, at: loc)
    }
}
