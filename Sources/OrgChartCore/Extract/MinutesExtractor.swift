/// Options of an extraction.
public struct ExtractOptions: Sendable {
    /// How the bytes are decoded.
    public var encoding: MinutesEncoding
    /// The model names are resolved against; nil proposes new ids.
    public var model: Model?
    /// The key of the minutes in `organisation.sources` (`minutes` gives `source: minutes#一.四`).
    public var sourceName: String
    /// The meeting's date when the text does not give one (deadlines without a year need it).
    public var meetingDate: Day?
    /// Today's date: when neither the text nor `meetingDate` gives any year, deadlines take the year of today
    /// (and the extraction says so); nil leaves them without a date.
    public var today: Day?

    /// Creates a value with the given parts.
    public init(
        encoding: MinutesEncoding = .auto, model: Model? = nil, sourceName: String = "minutes", meetingDate: Day? = nil,
        today: Day? = nil
    ) {
        self.today = today
        self.encoding = encoding
        self.model = model
        self.sourceName = sourceName
        self.meetingDate = meetingDate
    }
}

/// Reads meeting minutes (会议纪要) and drafts duties and structure from them with the rules of `ExtractionRules`.
///
/// The pipeline: decode (UTF-8, GB18030), normalise (`MinutesText`), split into items (`一、`), paragraphs, points
/// (`一是`, `（一）`), sentences (`。；`) and clauses (`，：`), then read each clause with the rules.
public enum MinutesExtractor {
    /// Extracts from the bytes of a file; throws a located error when they cannot be decoded.
    public static func extract(bytes: [UInt8], file: String, options: ExtractOptions = ExtractOptions())
        throws(MinutesError) -> Extraction
    {
        let (text, encoding) = try MinutesDecoder.decode(bytes, encoding: options.encoding, file: file)
        var result = extract(text: text, file: file, options: options)
        result.encoding = encoding
        return result
    }

    /// Extracts from decoded text.
    public static func extract(text: String, file: String = "<minutes>", options: ExtractOptions = ExtractOptions())
        -> Extraction
    {
        let reader = MinutesReader(text: MinutesText(text), file: file, options: options)
        return reader.run()
    }
}

/// The state of one reading: the text, the names met so far and what was found.
final class MinutesReader {
    typealias Word = [Character]

    enum Mode { case none, stated, directive }

    /// A draft assignment while its sentence is read.
    struct Draft {
        var lead: [Party]
        var assist: [Party] = []
        /// Task pieces (clause ranges, possibly trimmed at the start).
        var pieces: [Range<Int>] = []
        /// Ranges whose cadence and report target count but whose text is not part of the task.
        var reporting: [Range<Int>] = []
        /// Where the lead clause starts (deadlines there count).
        var rule: String
        var start: Int
        var trace: [String] = []
    }

    let t: MinutesText
    let c: [Character]
    let file: String
    let options: ExtractOptions
    var names: NameRegistry
    /// Names met with a title anywhere in the text, so the same name without one is recognised too.
    var learnedPeople: [Word: String] = [:]
    var meetingDate: Day?
    /// Whether the meeting's year was not written with its month and day and was taken from elsewhere.
    var meetingYearGuessed = false
    /// Whether a deadline took the year of `options.today` for want of any year in the text.
    var usedTodaysYear = false
    var assignments: [Assignment] = []
    var structure: [StructureFact] = []

    init(text: MinutesText, file: String, options: ExtractOptions) {
        self.t = text
        self.c = text.chars
        self.file = file
        self.options = options
        self.names = NameRegistry(model: options.model)
    }

    // MARK: - Words

    static func words(_ list: [String]) -> [Word] { list.map { Array($0) } }
    static let titles = words(MinutesLexicon.titles)
    static let headTitles = words(MinutesLexicon.headTitles)
    static let collectives = words(MinutesLexicon.collectives)
    static let unitSuffixes = words(MinutesLexicon.unitSuffixes)
    static let followers = words(MinutesLexicon.followers)
    static let taskStarts = words(MinutesLexicon.taskStarts)
    static let directive = words(MinutesLexicon.directiveLeadIns)
    static let stated = words(MinutesLexicon.statedLeadIns)
    static let prefixes = words(MinutesLexicon.clausePrefixes)
    static let frames = words(MinutesLexicon.frameStarts)
    static let reportVerbs = words(MinutesLexicon.reportVerbs)
    static let longReportVerbs = reportVerbs.filter { $0.count > 1 }
    static let cadenceWords: [(Word, Cadence)] = MinutesLexicon.cadences.map { (Array($0.0), $0.1) }
    /// Characters a deadline phrase can start with.
    static let deadlineStarts: Set<Character> = Set("于在今上下第本年月一二三四五六七八九十0123456789")
    static let reviewVerbs = words(MinutesLexicon.reviewVerbs)
    static let modals = words(["必须", "务必", "要", "需", "须", "应"])
    /// Words after a subject that make it the lead of what follows (X要…, X负责…, X牵头…, X会同Y…).
    static let leadWords = words(MinutesLexicon.leadWords)
    static let nonNameWords = words(MinutesLexicon.nonNameWords)
    /// Words before a name that make it the lead (请X…, 责成X…, 由X…).
    static let leadTriggers = words(MinutesLexicon.leadTriggers)
    /// Verbs after a subject that make the sentence a statement, not a task (X高度重视…, X汇报了…).
    static let statementVerbs = words(MinutesLexicon.statementVerbs)
    /// Verbs after a speaker that make what follows the speaker's requirement (王副县长要求，…).
    static let speakerVerbs = words(MinutesLexicon.speakerVerbs)
    /// Characters that never start a unit's name (以区委办名义 → 区委办; 是政府为主导 → no name).
    static let nonNameStarts: Set<Character> = Set("以是与和对在将把向为按经从就给同被让使也并及或还则且但而即该此其这那据如若凡除")
    static let chairVerbs = words(["主持", "出席", "参加", "列席", "讲话", "同志"])
    static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "两", "百"]
    static let sentenceEnds: Set<Character> = ["。", "；", "！", "？"]
    /// What 上述工作由X负责 starts with.
    static let aboveWords = words(["上述工作", "以上工作", "上述任务", "以上任务", "上述各项工作", "以上各项工作"])
    static let clauseEnds: Set<Character> = ["，", "："]
    static let opening: Set<Character> = ["《", "“", "（", "‘", "「", "【", "〔", "["]
    static let closing: Set<Character> = ["》", "”", "）", "’", "」", "】", "〕", "]"]

    func at(_ i: Int, _ w: Word, _ end: Int? = nil) -> Bool {
        let e = end ?? c.count
        guard i >= 0, i + w.count <= e else { return false }
        for k in 0..<w.count where c[i + k] != w[k] { return false }
        return true
    }

    func at(_ i: Int, _ s: String, _ end: Int? = nil) -> Bool {
        let e = end ?? c.count
        guard i >= 0, i < e else { return false }
        var k = i
        for ch in s {
            if k >= e || c[k] != ch { return false }
            k += 1
        }
        return true
    }

    func match(_ i: Int, _ list: [Word], _ end: Int? = nil) -> Word? {
        guard i >= 0, i < (end ?? c.count) else { return nil }
        let first = c[i]
        return list.first { $0.first == first && at(i, $0, end) }
    }

    func find(_ w: Word, in r: Range<Int>) -> Int? {
        guard !w.isEmpty, r.count >= w.count else { return nil }
        var i = r.lowerBound
        while i + w.count <= r.upperBound {
            if at(i, w, r.upperBound) { return i }
            i += 1
        }
        return nil
    }

    func find(_ s: String, in r: Range<Int>) -> Int? { find(Array(s), in: r) }

    static func isHan(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FFFF).contains(v)
            || (0xF900...0xFAFF).contains(v)
    }

    func isPunct(_ i: Int) -> Bool {
        guard i < c.count else { return true }
        return Self.sentenceEnds.contains(c[i]) || Self.clauseEnds.contains(c[i]) || c[i] == "、" || c[i] == "\n"
    }

    /// Whether what stands at `i` may follow a name.
    func followerAt(_ i: Int, _ end: Int) -> Bool {
        if i >= end { return true }
        if isPunct(i) { return true }
        return match(i, Self.followers, end) != nil
    }

    /// Skips the words that open a clause without being its subject (同时, 要, 必须 …); `要求` is not `要`.
    func afterPrefixes(_ start: Int, _ end: Int) -> Int {
        var p = start
        while let w = match(p, Self.prefixes, end) {
            if w.last == "要" || w == ["应"] || w == ["需"], p + w.count < end, "求点素件急用".contains(c[p + w.count]) {
                break
            }
            p += w.count
        }
        return p
    }

    /// The lead word at `i` (要, 负责, 牵头, …), if any; `要求` and other longer words starting alike are not.
    func leadWord(at i: Int, _ end: Int) -> Word? {
        guard let w = match(i, Self.leadWords, end) else { return nil }
        if w == ["要"] || w == ["应"] || w == ["需"] {
            // 要求, 要点, 应急, 需求 are nouns or other verbs.
            if i + 1 < end, "求点素件急用".contains(c[i + 1]) { return nil }
        }
        // 负责人, 负责同志: a person, not a verb.
        if w == ["负", "责"], i + 2 < end, "人同".contains(c[i + 2]) { return nil }
        return w
    }

    /// `王副县长要求，` / `李旭强调：` / `会议要求，`: where the requirement after a speaker's lead-in starts, or nil.
    func speakerLeadIn(_ r: Range<Int>) -> Int? {
        var p = r.lowerBound
        if let w = match(p, Self.directive, r.upperBound) {
            p += w.count
        } else {
            guard let m = entity(p, r.upperBound), m.party.sort == .person || m.byTitle || m.party.title != nil
            else { return nil }
            p = m.end
            if at(p, "同志", r.upperBound) { p += 2 }
            if at(p, "在讲话中", r.upperBound) { p += 4 }
            guard let v = match(p, Self.speakerVerbs, r.upperBound) else { return nil }
            p += v.count
        }
        if p < r.upperBound, c[p] == "，" || c[p] == "：" { p += 1 }
        return p
    }

    /// `就X工作，叶庆隆要求，摸清…` / `…，强调，…`: a clause inside a sentence that is only a speaker (or the meeting)
    /// and a verb of requiring; what follows it is the requirement.
    func innerSpeakerLeadIn(_ s: Range<Int>) -> Int? {
        let cls = clauses(s)
        guard cls.count >= 2 else { return nil }
        for cl in cls.dropLast() {
            if let p = speakerLeadIn(cl), p >= cl.upperBound - 1 { return cl.upperBound + 1 }
            if let v = match(cl.lowerBound, Self.speakerVerbs, cl.upperBound), cl.lowerBound + v.count == cl.upperBound,
                String(v) == "强调" || String(v) == "要求"
            {
                return cl.upperBound + 1
            }
        }
        return nil
    }

    // MARK: - Running

    func run() -> Extraction {
        learnPeople()
        meetingDate = options.meetingDate ?? findMeetingDate()
        readLines()
        return finish()
    }

    /// The first date written in full (2021年2月25日).
    func findMeetingDate() -> Day? {
        var i = 0
        while i < c.count {
            if let (d, _) = fullDate(i, c.count) { return d }
            i += 1
        }
        // No date written in full: the first 月日 of the text, in the year of a date elsewhere (a page's
        // 2023-03-20, a 2021年 in the text); the year is then guessed and said so.
        var year: Int?
        var pageDate: Day?
        var monthDay: (Int, Int)?
        i = 0
        while i < c.count {
            if pageDate == nil, let (d, _) = isoDate(i) { pageDate = d }
            if year == nil, let (y, a) = number(i, c.count, digitsOnly: true), y >= 1900, y <= 2200, at(a, "年", c.count)
            {
                year = y
            }
            if monthDay == nil, i == 0 || !(c[i - 1].isNumber), let (m, a) = number(i, c.count), (1...12).contains(m),
                at(a, "月", c.count), let (d, b) = number(a + 1, c.count), at(b, "日", c.count), d >= 1, d <= 31
            {
                monthDay = (m, d)
            }
            i += 1
        }
        guard let (m, d) = monthDay else { return pageDate }
        guard var y = year ?? pageDate?.year else { return nil }
        if year == nil, let page = pageDate, (m, d) > (page.month, page.day) { y -= 1 }
        meetingYearGuessed = true
        return Day(year: y, month: m, day: min(d, Day.daysIn(month: m, year: y)))
    }

    /// `2023-03-20`, `2023/3/20` or `2023.03.20` at `i`.
    func isoDate(_ i: Int) -> (Day, Int)? {
        guard let (y, a) = number(i, c.count, digitsOnly: true), y >= 1900, y <= 2200, a < c.count,
            "-/.".contains(c[a]), let (m, b) = number(a + 1, c.count, digitsOnly: true), b < c.count, c[b] == c[a],
            let (d, e) = number(b + 1, c.count, digitsOnly: true), (1...12).contains(m), d >= 1,
            d <= Day.daysIn(month: m, year: y)
        else { return nil }
        return (Day(year: y, month: m, day: d), e)
    }

    func fullDate(_ i: Int, _ end: Int) -> (Day, Int)? {
        guard let (y, a) = number(i, end, digitsOnly: true), y >= 1900, y <= 2200, at(a, "年", end),
            let (m, b) = number(a + 1, end), at(b, "月", end), let (d, e) = number(b + 1, end), at(e, "日", end),
            (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y)
        else { return nil }
        return (Day(year: y, month: m, day: d), e + 1)
    }

    /// Reads a number in digits or Chinese numerals (十二, 二十五).
    func number(_ i: Int, _ end: Int, digitsOnly: Bool = false) -> (Int, Int)? {
        var j = i
        var value = 0
        while j < end, let d = c[j].wholeNumberValue, c[j].isASCII {
            // Saturates: a run of digits longer than any date or count must not overflow.
            if value < 100_000_000 { value = value * 10 + d }
            j += 1
        }
        if j > i { return (value, j) }
        if digitsOnly { return nil }
        let digits: [Character: Int] = [
            "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        ]
        var total = 0
        var current = 0
        var seen = false
        while j < end {
            if let d = digits[c[j]] {
                current = d
                seen = true
            } else if c[j] == "十" {
                total += (seen && current > 0 ? current : 1) * 10
                current = 0
                seen = true
            } else {
                break
            }
            j += 1
        }
        return seen ? (total + current, j) : nil
    }

    /// Arabic value of a Chinese numeral (四 → 4, 十一 → 11).
    static func arabic(_ numeral: String) -> Int? {
        let r = MinutesReader(text: MinutesText(numeral), file: "", options: ExtractOptions())
        guard let (n, end) = r.number(0, r.c.count), end == r.c.count else { return nil }
        return n
    }

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
                    party: Party(name: name, sort: .unit, kind: "collective", collective: true), end: i + w.count,
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
                            party: Party(name: name, sort: .unit, kind: "collective", collective: true), end: e,
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
                Mention(party: Party(name: t.text(i..<(i + 1)), sort: .unit, kind: "township"), end: i + 1, start: i),
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
                    party: Party(name: t.text(i..<k), sort: .unit, kind: "collective", collective: true), end: k,
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
                            party: Party(name: t.text(i..<e), sort: .unit, kind: "bureau"), end: e, start: i)
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
            if match(i, Self.nonNameWords, r.upperBound) != nil { return true }
            i += 1
        }
        return false
    }

    /// The unit kind a name suggests.
    static func kindOf(_ name: Word) -> String {
        let s = String(name)
        if name.first == "各" || s.hasPrefix("全区各") || s.hasPrefix("全县各") { return "collective" }
        let table: [(String, String)] = [
            ("人民政府", "government"), ("政府", "government"), ("分指挥部", "subcommand"), ("指挥部", "headquarters"),
            ("工作组", "workgroup"), ("专班", "team"), ("常委会", "committee"), ("委员会", "committee"),
            ("管委会", "committee"), ("领导小组", "committee"), ("街道", "township"), ("镇", "township"),
            ("乡", "township"),
        ]
        for (suffix, kind) in table where s.hasSuffix(suffix) { return kind }
        return "bureau"
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
        if p.kind == "collective" { p.collective = true }
        return names.register(p, at: loc)
    }

    // MARK: - Lines, items, paragraphs, points

    struct Block {
        var item: String?
        var point: String?
        var mode: Mode
        var addressees: [Mention]
        var sentences: [Range<Int>]
    }

    func readLines() {
        let lines = layoutLines()
        let hasItems = lines.contains { itemHeading($0) != nil }
        var item: String?
        var blocks: [Block] = []
        var preamble: [Range<Int>] = []
        var carriedMode = Mode.none
        // The mode a bare lead-in line (会议要求：) gives the items that follow it.
        var itemMode = Mode.none
        var seenItem = false
        for r in lines {
            if let (numeral, rest) = itemHeading(r) {
                item = numeral
                seenItem = true
                carriedMode = itemMode
                let body = rest..<r.upperBound
                if let contentStart = itemContentStart(body) {
                    let (more, mode) = paragraph(contentStart..<r.upperBound, item: item, carried: carriedMode)
                    blocks += more
                    carriedMode = mode
                }
                continue
            }
            if !seenItem {
                preamble.append(r)
                if isBareLeadIn(r) {
                    itemMode = match(r.lowerBound, Self.directive, r.upperBound) != nil ? .directive : .none
                }
                // Minutes without numbered items are read paragraph by paragraph; with items, the text before
                // the first is read too (会议认为，X要…) but its mode never passes to the items.
                if hasItems && isBareLeadIn(r) { continue }
            }
            let (more, mode) = paragraph(r, item: item, carried: carriedMode)
            blocks += more
            carriedMode = mode
        }
        readPreamble(preamble)
        for b in blocks { readBlock(b) }
    }

    /// A line that is only a lead-in (会议要求：, 会议议定如下：, 现纪要如下：).
    func isBareLeadIn(_ r: Range<Int>) -> Bool {
        var e = r.upperBound
        while e > r.lowerBound, c[e - 1] == "：" || c[e - 1] == " " { e -= 1 }
        guard e - r.lowerBound <= 12 else { return false }
        if match(r.lowerBound, Self.directive, e).map({ r.lowerBound + $0.count }) == e { return true }
        for w in ["会议议定如下", "会议决定如下", "会议议定事项如下", "议定事项如下", "现纪要如下", "纪要如下", "会议明确如下"]
        where at(e - w.count, w, e) && e - w.count >= r.lowerBound {
            return true
        }
        return false
    }

    /// Where the content of an item heading's line starts, or nil when the line is only a title. A title has no
    /// sentence end (传达学习…精神), or is a short first sentence followed by more (关于X。会议要求…); a line that
    /// opens with a lead (由市环保局牵头，…。) or is a whole sentence is content.
    func itemContentStart(_ body: Range<Int>) -> Int? {
        guard !body.isEmpty else { return nil }
        let ends = body.filter { Self.sentenceEnds.contains(c[$0]) }
        let opensWithLead = ["由", "请", "责成", "要求", "建议"].contains { at(body.lowerBound, $0, body.upperBound) }
        if opensWithLead { return body.lowerBound }
        guard let firstEnd = ends.first else {
            // No sentence end: a title, unless it names a lead with a lead verb (X要…, X牵头…).
            return hasLeadVerbSubject(body) ? body.lowerBound : nil
        }
        let first = body.lowerBound..<firstEnd
        let topicWords = ["关于", "研究", "审议", "听取", "传达", "讨论", "学习"]
        if firstEnd + 1 < body.upperBound, !at(first.lowerBound, "会议", first.upperBound),
            isHeadingLike(first)
                || (first.count <= 40 && topicWords.contains { at(first.lowerBound, $0, first.upperBound) }
                    && !hasLeadVerbSubject(first))
        {
            return firstEnd + 1
        }
        if firstEnd + 1 >= body.upperBound, first.count <= 24, !hasLeadVerbSubject(first),
            !first.contains(where: { Self.clauseEnds.contains(c[$0]) })
        {
            return nil
        }
        return body.lowerBound
    }

    /// Whether some clause of a range opens with a name followed by a lead word (要, 负责, 牵头, …).
    func hasLeadVerbSubject(_ r: Range<Int>) -> Bool {
        for cl in clauses(r) {
            var p = cl.lowerBound
            p = afterPrefixes(p, cl.upperBound)
            if let (_, q) = entityList(p, cl.upperBound), leadWord(at: q, cl.upperBound) != nil { return true }
        }
        return false
    }

    /// The lines of the text, with a line that runs numbered items together (纪要如下：一、…。二、…。) cut before
    /// each item, so flattened minutes read like laid-out ones.
    func layoutLines() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var lineStart = 0
        while lineStart <= c.count {
            var lineEnd = lineStart
            while lineEnd < c.count, c[lineEnd] != "\n" { lineEnd += 1 }
            let r = lineStart..<lineEnd
            lineStart = lineEnd + 1
            var trimmed = r
            while !trimmed.isEmpty, c[trimmed.lowerBound] == " " || c[trimmed.lowerBound] == "\u{3000}" {
                trimmed = (trimmed.lowerBound + 1)..<trimmed.upperBound
            }
            if trimmed.isEmpty { continue }
            out += splitRunTogetherItems(trimmed)
        }
        return out
    }

    /// Cuts a line before `二、`, `三、` … (or `2、`, `3.` …) when they follow a sentence end in sequence after the
    /// first.
    func splitRunTogetherItems(_ r: Range<Int>) -> [Range<Int>] {
        let chinese = splitRunTogether(r, marker: { MinutesReader.numeral($0) + "、" }, opens: itemHeading(r) != nil)
        if chinese.count > 1 { return chinese }
        let opensArabic =
            r.count > 2 && c[r.lowerBound] == "1" && (c[r.lowerBound + 1] == "、" || c[r.lowerBound + 1] == ".")
        let arabic = splitRunTogether(r, marker: { String($0) + "、" }, opens: opensArabic)
        return arabic.count > 1 ? arabic : splitRunTogether(r, marker: { String($0) + "." }, opens: opensArabic)
    }

    func splitRunTogether(_ r: Range<Int>, marker: (Int) -> String, opens: Bool) -> [Range<Int>] {
        var cuts: [Int] = []
        var expected = opens ? 2 : 1
        var i = r.lowerBound + 1
        while i < r.upperBound {
            let numeral = Array(marker(expected))
            let prev = c[i - 1]
            if (Self.sentenceEnds.contains(prev) || prev == "："), at(i, numeral, r.upperBound) {
                cuts.append(i)
                expected += 1
                i += numeral.count
                continue
            }
            i += 1
        }
        // One marker alone is not a list of items (…如下：一、…): a run needs 一、 and 二、.
        let needed = opens ? 1 : 2
        guard cuts.count >= needed else { return [r] }
        var out: [Range<Int>] = []
        var s = r.lowerBound
        for k in cuts {
            if k > s { out.append(s..<k) }
            s = k
        }
        out.append(s..<r.upperBound)
        return out
    }

    /// `一、` … `十二、` at the start of a line: the item's numeral and where its title starts.
    func itemHeading(_ r: Range<Int>) -> (String, Int)? {
        var i = r.lowerBound
        while i < r.upperBound, Self.numerals.contains(c[i]) { i += 1 }
        guard i > r.lowerBound, i < r.upperBound, c[i] == "、" || c[i] == "." else { return nil }
        return (String(c[r.lowerBound..<i]), i + 1)
    }

    /// A point marker at the start of a line: `（一）`, `（1）`, `1.`, `1、`.
    func linePoint(_ r: Range<Int>) -> (String, Int)? {
        var i = r.lowerBound
        if c[i] == "（" {
            var j = i + 1
            while j < r.upperBound, Self.numerals.contains(c[j]) || (c[j].isASCII && c[j].isNumber) { j += 1 }
            if j > i + 1, j < r.upperBound, c[j] == "）" { return (String(c[(i + 1)..<j]), j + 1) }
            return nil
        }
        while i < r.upperBound, c[i].isASCII, c[i].isNumber { i += 1 }
        if i > r.lowerBound, i < r.upperBound, c[i] == "." || c[i] == "、" {
            return (String(c[r.lowerBound..<i]), i + 1)
        }
        return nil
    }

    /// Splits a paragraph into blocks: the text before the first point, then one block per point.
    func paragraph(_ r: Range<Int>, item: String?, carried: Mode) -> ([Block], Mode) {
        var p = r.lowerBound
        let end = r.upperBound
        var point: String?
        if let (n, after) = linePoint(r) {
            point = n
            p = after
        }
        var mode = Mode.none
        var addressees: [Mention] = []
        if let w = match(p, Self.directive, end) {
            mode = .directive
            p += w.count
            if p < end, c[p] == "，" || c[p] == "：" { p += 1 }
            // Addressees: 各位副区长、全区各级各部门：一是…
            if let colon = (p..<end).first(where: { c[$0] == "：" || Self.sentenceEnds.contains(c[$0]) }),
                c[colon] == "：", let (list, q) = entityList(p, colon), q == colon
            {
                addressees = list
                p = colon + 1
            }
        } else if match(p, Self.stated, end) != nil {
            mode = .stated
        } else if !at(p, "会议", end) {
            // Paragraphs after 会议要求： keep its mode until another lead-in.
            mode = carried
        }
        // Points: 一是 … 二是 …, or （一）… （二）… inside the paragraph, in sequence.
        var markers: [(numeral: String, at: Int, body: Int)] = []
        var expected = 1
        var i = p
        var depth = 0
        while i < end {
            if Self.opening.contains(c[i]) { depth += 1 }
            if Self.closing.contains(c[i]) { depth = max(0, depth - 1) }
            let boundary =
                i == p || (i > 0 && (Self.sentenceEnds.contains(c[i - 1]) || Self.clauseEnds.contains(c[i - 1])))
            if boundary, depth == 0 || (depth == 1 && c[i] == "（") {
                let numeral = MinutesReader.numeral(expected)
                if at(i, numeral + "是", end) || at(i, numeral + "要", end) {
                    markers.append((numeral, i, i + numeral.count + 1))
                    expected += 1
                } else if at(i, "（" + numeral + "）", end) {
                    markers.append((numeral, i, i + numeral.count + 2))
                    expected += 1
                }
            }
            i += 1
        }
        var blocks: [Block] = []
        let firstAt = markers.first?.at ?? end
        // 会议审议并原则同意…。会议要求，一是…: the last lead-in before the first point sets the points' mode.
        if !markers.isEmpty {
            for s in sentences(p..<firstAt) {
                if match(s.lowerBound, Self.directive, firstAt) != nil || speakerLeadIn(s) != nil {
                    mode = .directive
                } else if match(s.lowerBound, Self.stated, firstAt) != nil {
                    mode = .stated
                }
            }
        }
        if firstAt > p {
            blocks.append(
                Block(
                    item: item, point: point, mode: mode, addressees: addressees,
                    sentences: sentences(p..<firstAt)))
        }
        for (k, m) in markers.enumerated() {
            let stop = k + 1 < markers.count ? markers[k + 1].at : end
            blocks.append(
                Block(
                    item: item, point: m.numeral, mode: mode == .none ? .directive : mode,
                    addressees: addressees, sentences: sentences(m.body..<stop)))
        }
        return (blocks, mode)
    }

    static func numeral(_ n: Int) -> String {
        let d = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return d[n] }
        if n < 20 { return "十" + d[n - 10] }
        return d[n / 10] + "十" + d[n % 10]
    }

    /// Sentence ranges (ending at 。；！？ outside brackets), without the end mark and without empty ones.
    func sentences(_ r: Range<Int>) -> [Range<Int>] {
        split(r, at: Self.sentenceEnds)
    }

    func clauses(_ r: Range<Int>) -> [Range<Int>] {
        split(r, at: Self.clauseEnds)
    }

    func split(_ r: Range<Int>, at marks: Set<Character>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = r.lowerBound
        var depth = 0
        var inQuote = false
        for i in r {
            let ch = c[i]
            if ch == "\"" { inQuote.toggle() }
            if Self.opening.contains(ch) { depth += 1 }
            if Self.closing.contains(ch) { depth = max(0, depth - 1) }
            if depth == 0, !inQuote, marks.contains(ch) {
                if i > start { out.append(start..<i) }
                start = i + 1
            }
        }
        if r.upperBound > start { out.append(start..<r.upperBound) }
        return out
    }

    func location(_ b: Block, _ i: Int) -> MinutesLocation {
        let m = t.mark(i)
        return MinutesLocation(item: b.item, point: b.point, line: m.line, column: m.column)
    }

    // MARK: - The preamble

    /// The meeting's chair (区长陈江主持召开…).
    func readPreamble(_ lines: [Range<Int>]) {
        for line in lines {
            for s in sentences(line) {
                for cl in clauses(s) {
                    guard let m = entity(cl.lowerBound, cl.upperBound), m.party.sort == .person,
                        at(m.end, "主持", cl.upperBound)
                    else { continue }
                    let b = Block(item: nil, point: nil, mode: .none, addressees: [], sentences: [])
                    let loc = location(b, cl.lowerBound)
                    let person = register(m, loc)
                    structure.append(
                        StructureFact(
                            kind: .chair, person: person, role: person.title, location: loc, rule: "chair",
                            sentence: t.text(s)))
                }
            }
        }
    }

    // MARK: - Blocks

    func readBlock(_ b: Block) {
        var mode = b.mode
        let addressees = b.addressees.map { register($0, location(b, $0.start)) }
        var pointLead: [Party]?
        var heading: Int?  // index into assignments of a heading assignment collecting details
        var post: Party?  // the post structure sentences of this block speak of
        for (k, s0) in b.sentences.enumerated() {
            var s = s0
            // A sentence may open with its own lead-in (会议强调，…).
            if let p = speakerLeadIn(s) ?? innerSpeakerLeadIn(s) {
                mode = .directive
                s = p..<s.upperBound
                pointLead = nil
                heading = nil
            } else if match(s.lowerBound, Self.stated, s.upperBound) != nil {
                mode = .stated
                pointLead = nil
                heading = nil
            }
            if s.isEmpty { continue }
            // 上述工作由X牵头负责: X leads the tasks of this point that have no lead yet.
            if let leads = aboveWork(s) {
                let open = assignments.indices.filter { sameBlock(assignments[$0], b) && assignments[$0].lead.isEmpty }
                if !open.isEmpty {
                    let parties = leads.map { register($0, location(b, $0.start)) }
                    for i in open {
                        assignments[i].lead = parties
                        assignments[i].rule = "above-work"
                    }
                    pointLead = parties
                    heading = nil
                    continue
                }
            }
            if readStructure(s, b, post: &post) { continue }
            // A statement (市委、市政府高度重视…, X汇报了…, X参加会议): no task, and no subject to pass on.
            if isStatement(s) {
                pointLead = nil
                heading = nil
                continue
            }
            let drafts = readSentence(s, b, mode: mode)
            if !drafts.isEmpty {
                for d in drafts { add(d, b, sentence: s) }
                if let last = drafts.last { pointLead = last.lead }
                heading = nil
                continue
            }
            // No subject of its own.
            let body = trimPrefixes(s)
            if body.isEmpty { continue }
            if clauses(body).allSatisfy({ isReporting($0) }), let last = assignments.indices.last,
                sameBlock(assignments[last], b)
            {
                var extra = Draft(lead: [], rule: "reporting-clause", start: body.lowerBound)
                extra.reporting = [body]
                applyAttributes(extra, to: last)
                continue
            }
            if let h = heading {
                var detail = Draft(lead: [], rule: "heading", start: body.lowerBound)
                detail.pieces = [body]
                applyAttributes(detail, to: h)
                continue
            }
            // A subjectless sentence continues the lead before it only inside a point (一是…, （一）…); in a plain
            // paragraph it is a requirement of its own (X要…。要…).
            let inherited: [Party]? = (b.point != nil ? pointLead : nil) ?? (addressees.isEmpty ? nil : addressees)
            let isFirst = k == 0
            // A title ends with 。 (a short first sentence ended by ； is a task of a list: 做好A；做好B).
            let endsWithFullStop = s0.upperBound < c.count && c[s0.upperBound] == "。"
            if isFirst, b.point != nil, b.sentences.count > 1, isHeadingLike(body), endsWithFullStop {
                // A title; when a later sentence of the point names its own lead, the title is only a title.
                if b.sentences[1...].contains(where: { hasSubject($0) && aboveWork($0) == nil }) { continue }
                let d = Draft(lead: inherited ?? [], pieces: [body], rule: "heading", start: body.lowerBound)
                add(d, b, sentence: s, keepWhole: true)
                heading = assignments.count - 1
                continue
            }
            if let lead = inherited {
                let rule = pointLead != nil ? "continuation" : "addressee"
                for d in splitDrafts(lead, clauses(body), rule: rule) { add(d, b, sentence: s) }
                continue
            }
            if mode != .directive, opensWithModal(s) {
                // 会议指出，…。要按照…: a sentence that opens with 要 / 必须 is a requirement, whoever speaks.
                for d in splitDrafts([], clauses(body), rule: "ownerless") {
                    add(d, b, sentence: s, keepWhole: true)
                }
                continue
            }
            if mode == .stated, let rest = approvalFollowUp(s) {
                // 会议原则同意…，按会议精神修改完善后印发: what is to be done next, by nobody named.
                for d in splitDrafts([], clauses(rest), rule: "ownerless") {
                    add(d, b, sentence: s, keepWhole: true)
                }
                continue
            }
            if mode == .directive {
                for d in splitDrafts([], clauses(body), rule: "ownerless") {
                    add(d, b, sentence: s, keepWhole: d.rule == "ownerless")
                }
            }
        }
    }

    /// Whether a verb of stating follows at `q`, after an optional 同志 / 负责同志 / 负责人.
    func statementFollows(_ q: Int, _ e: Int) -> Bool {
        var k = q
        for w in ["主要负责同志", "负责同志", "同志", "主要负责人", "有关负责人", "相关负责人", "负责人"] where at(k, w, e) {
            k += w.count
            break
        }
        return match(k, Self.statementVerbs, e) != nil
    }

    /// Whether a sentence opens with 要, 必须, 务必, 需要 (after 同时, 还, 并), or with a 强调 / 要求 that a
    /// statement's subject makes (会议肯定了…，强调要…).
    func opensWithModal(_ s: Range<Int>) -> Bool {
        var p = s.lowerBound
        for w in ["同时", "此外", "另外", "还", "并", "都", "也"] where at(p, w, s.upperBound) {
            p += w.count
            break
        }
        if ["必须", "务必", "需要", "要"].contains(where: { at(p, $0, s.upperBound) }) {
            return leadWord(at: p, s.upperBound) != nil
        }
        return false
    }

    /// `会议原则同意X，修改完善后印发`: the clauses after an approval that say what is to be done with it, or nil.
    func approvalFollowUp(_ s: Range<Int>) -> Range<Int>? {
        let cls = clauses(s)
        guard cls.count >= 2, let w = match(cls[0].lowerBound, Self.stated, cls[0].upperBound),
            ["同意", "通过"].contains(where: { String(w).hasSuffix($0) })
        else { return nil }
        let rest = cls[1].lowerBound..<s.upperBound
        let actions = ["修改完善", "印发", "组织实施", "实施", "提交", "报请", "上报", "执行", "落实", "发布", "报送"]
        guard actions.contains(where: { find($0, in: rest) != nil }) else { return nil }
        return rest
    }

    /// A sentence whose first clause is a name followed by a verb of stating, attending or reporting back.
    func isStatement(_ s: Range<Int>) -> Bool {
        // 现纪要如下, 会议议定事项如下: a frame for what follows.
        if s.count >= 2, at(s.upperBound - 2, "如下", s.upperBound) { return true }
        // （记者 某某）: a byline.
        if let f = s.first, let l = s.last, Self.opening.contains(c[f]), Self.closing.contains(c[l]) { return true }
        guard let cl = clauses(s).first else { return false }
        // X是Y (思想是行动的先导): a statement, unless it also says what must be done.
        if let k = find("是", in: cl), k > cl.lowerBound, !"一二三四五六七八九十但还更就总也即于".contains(c[k - 1]),
            !at(k, "是否", cl.upperBound),
            !(cl.lowerBound..<k).contains(where: { leadWord(at: $0, cl.upperBound) != nil })
        {
            return true
        }
        var p = cl.lowerBound
        p = afterPrefixes(p, cl.upperBound)
        guard let (_, q) = entityList(p, cl.upperBound) else { return false }
        return statementFollows(q, cl.upperBound)
    }

    /// Drafts of a sentence without a subject: one with the given lead, and one more for each clause that sets a
    /// reporting task of its own (`split-report`, `hearing`).
    func splitDrafts(_ lead: [Party], _ clauses: [Range<Int>], rule: String) -> [Draft] {
        guard let first = clauses.first else { return [] }
        var drafts = [Draft(lead: lead, rule: rule, start: first.lowerBound)]
        for cl in clauses {
            if !drafts[drafts.count - 1].pieces.isEmpty, let split = splitReport(cl) {
                var d = Draft(
                    lead: split.ownerless ? [] : lead, rule: split.ownerless ? "hearing" : "split-report",
                    start: cl.lowerBound)
                d.pieces = [cl]
                drafts.append(d)
            } else {
                drafts[drafts.count - 1].pieces.append(cl)
            }
        }
        return drafts
    }

    func sameBlock(_ a: Assignment, _ b: Block) -> Bool { a.location.item == b.item && a.location.point == b.point }

    /// A short title: no comma, at most 16 characters.
    func isHeadingLike(_ r: Range<Int>) -> Bool {
        r.count <= 16 && !r.contains(where: { Self.clauseEnds.contains(c[$0]) })
    }

    /// Whether a sentence names a lead of its own.
    func hasSubject(_ s: Range<Int>) -> Bool {
        for cl in clauses(s) {
            var p = cl.lowerBound
            p = afterPrefixes(p, cl.upperBound)
            if at(p, "请", cl.upperBound) || at(p, "由", cl.upperBound) { p += 1 }
            if let (_, q) = entityList(p, cl.upperBound), q < cl.upperBound || q == cl.upperBound { return true }
        }
        return false
    }

    func trimPrefixes(_ r: Range<Int>) -> Range<Int> {
        var p = r.lowerBound
        while true {
            if afterPrefixes(p, r.upperBound) > p {
                p = afterPrefixes(p, r.upperBound)
            } else if p < r.upperBound, c[p] == "，" {
                p += 1
            } else {
                break
            }
        }
        return p..<r.upperBound
    }

    // MARK: - A sentence with subjects

    /// The assignments a sentence gives, reading clause by clause.
    func readSentence(_ s: Range<Int>, _ b: Block, mode: Mode = .none) -> [Draft] {
        var drafts: [Draft] = []
        var pending: [Range<Int>] = []
        var pendingAssist: [Party] = []
        let loc = location(b, s.lowerBound)
        for cl in clauses(s) {
            var p = cl.lowerBound
            let e = cl.upperBound
            if drafts.isEmpty, at(p, "会议", e) { continue }
            p = afterPrefixes(p, e)
            var please = false
            var by = false
            if at(p, "由", e) {
                by = true
                p += 1
            } else if let w = match(p, Self.leadTriggers, e) {
                please = true
                p += w.count
            }
            if !please, !by, let (_, q0) = entityList(p, e), statementFollows(q0, e) {
                // X参加会议, X汇报了…: no task in this clause.
                continue
            }
            if let (list, end) = entityList(p, e), !(end == e && !please && !by && !isAssistWord(end, e)) {
                var q = end
                let parties = list.map { register($0, loc) }
                // 分别: each named party takes its own share of the task (split below).
                let separately = list.count > 1 && at(q, "分别", e)
                if separately { q += 2 }
                if let r = assistWord(q, e) {
                    if let (leads, after) = entityList(r, e) {
                        var d = Draft(lead: leads.map { register($0, loc) }, rule: "assist-first", start: p)
                        d.assist = parties
                        if after < e { d.pieces.append(after..<e) }
                        drafts.append(d)
                    } else if !drafts.isEmpty {
                        drafts[drafts.count - 1].assist += parties
                        drafts[drafts.count - 1].trace.append("assist-clause")
                    } else {
                        pendingAssist += parties
                    }
                    continue
                }
                var d = Draft(lead: parties, rule: please ? "please" : "subject", start: p)
                if list.contains(where: \.byTitle) { d.trace.append("lead-by-title") }
                if separately { d.trace.append("separately") }
                var taskStart = q
                if at(q, "牵头负责", e) || at(q, "负责牵头", e) {
                    d.rule = "lead-qiantou-fuze"
                    taskStart = q + 4
                } else if at(q, "牵头", e) {
                    d.rule = "lead-qiantou"
                    taskStart = q + 2
                } else if at(q, "牵", e), let (assists, after) = entityList(q + 1, e) {
                    d.rule = "person-qian"
                    d.assist = assists.map { register($0, loc) }
                    taskStart = after
                } else if at(q, "会同", e), let (assists, after) = entityList(q + 2, e) {
                    d.rule = "lead-huitong"
                    d.assist = assists.map { register($0, loc) }
                    taskStart = after
                } else if at(q, "负责", e), leadWord(at: q, e) != nil {
                    d.rule = "lead-fuze"
                    taskStart = q + 2
                } else if let w = leadWord(at: q, e) {
                    d.rule = "subject-must"
                    taskStart = q + w.count
                    // X要会同Y…, X要联合Y…: Y assists.
                    for v in ["会同", "联合", "协调"] where at(taskStart, v, e) {
                        if let (assists, after) = entityList(taskStart + v.count, e) {
                            d.assist = assists.map { register($0, loc) }
                            d.trace.append("assist-clause")
                            taskStart = after
                        }
                        break
                    }
                } else if at(q, "担任", e) {
                    continue
                } else if !please && !by && (mode == .none || !subjectMayLead(q, e, directive: mode == .directive)) {
                    // A name with no lead word after it leads nothing (市委、市政府高度重视…, 与市规划局…),
                    // except in a requirement, where X进一步加大… or X于3月底前完成… is a task.
                    if !drafts.isEmpty {
                        drafts[drafts.count - 1].pieces.append(p..<e)
                    } else {
                        pending.append(p..<e)
                    }
                    continue
                }
                d.assist = pendingAssist + d.assist
                pendingAssist = []
                if taskStart < e { d.pieces.append(taskStart..<e) }
                // …，由X负责: the task came first.
                if by, taskStart == e, !pending.isEmpty,
                    ["lead-fuze", "lead-qiantou", "lead-qiantou-fuze"].contains(d.rule)
                {
                    d.rule = "task-then-lead"
                    d.pieces = pending
                }
                drafts.append(d)
                pending = []
                continue
            }
            // …由X负责 at the end of a clause: the task came first.
            if let (taskEnd, leads) = byLeadAtEnd(p, e) {
                var d = Draft(lead: leads.map { register($0, loc) }, rule: "task-then-lead", start: p)
                if leads.contains(where: \.byTitle) { d.trace.append("lead-by-title") }
                d.pieces = pending + (taskEnd > p ? [p..<taskEnd] : [])
                d.assist = pendingAssist
                pendingAssist = []
                pending = []
                drafts.append(d)
                continue
            }
            if isReporting(p..<e) {
                if !drafts.isEmpty { drafts[drafts.count - 1].reporting.append(p..<e) }
                continue
            }
            if let last = drafts.last, let split = splitReport(p..<e) {
                var d = Draft(
                    lead: split.ownerless ? [] : last.lead, rule: split.ownerless ? "hearing" : "split-report",
                    start: p)
                d.pieces = [p..<e]
                drafts.append(d)
                continue
            }
            if !drafts.isEmpty {
                drafts[drafts.count - 1].pieces.append(p..<e)
            } else {
                pending.append(p..<e)
            }
        }
        return drafts.flatMap { separate($0) }
    }

    /// Whether the text after a subject with no lead word reads as a task in a requirement: an adverb or verb of
    /// doing (进一步, 加快, 抓紧), a deadline, or a frame (按照…, 根据…), never a verb of stating.
    func subjectMayLead(_ q: Int, _ e: Int, directive: Bool) -> Bool {
        guard q < e else { return false }
        if match(q, Self.statementVerbs, e) != nil { return false }
        if deadline(at: q, e) != nil { return true }
        if match(q, Self.frames, e) != nil { return true }
        if ["将", "把", "进一步", "抓紧", "尽快", "立即", "及时"].contains(where: { at(q, $0, e) }) { return true }
        // Outside a requirement only a task's own opening counts (X按照会议意见修改完善后…); in one, any word that
        // may follow a name (X进一步加大…, X对…进行…).
        return directive && (match(q, Self.taskStarts, e) != nil || match(q, Self.followers, e) != nil && !isPunct(q))
    }

    /// A draft whose leads act 分别 (each on its own): one draft per lead. When the task names as many parts, joined
    /// by 和、及与, as there are leads, each lead takes its part in order; otherwise each takes the whole task. Later
    /// clauses (a deadline, a report) apply to every share.
    func separate(_ d: Draft) -> [Draft] {
        guard d.trace.contains("separately"), d.lead.count > 1, let first = d.pieces.first else { return [d] }
        var parts: [Range<Int>] = []
        var start = first.lowerBound
        for i in first where c[i] == "和" || c[i] == "、" || c[i] == "及" || c[i] == "与" {
            if i > start { parts.append(start..<i) }
            start = i + 1
        }
        if first.upperBound > start { parts.append(start..<first.upperBound) }
        return d.lead.enumerated().map { k, lead in
            var share = d
            share.lead = [lead]
            share.pieces = [parts.count == d.lead.count ? parts[k] : first] + d.pieces.dropFirst()
            return share
        }
    }

    /// A sentence that gives a lead to the tasks before it (上述工作由X牵头负责): the leads, or nil.
    func aboveWork(_ s: Range<Int>) -> [Mention]? {
        var p = s.lowerBound
        p = afterPrefixes(p, s.upperBound)
        guard let w = match(p, Self.aboveWords, s.upperBound) else { return nil }
        p += w.count
        if p < s.upperBound, c[p] == "，" { p += 1 }
        // 由X牵头负责 right there, ending the sentence.
        guard let (by, leads) = byLeadAtEnd(p, s.upperBound), by == p else { return nil }
        return leads
    }

    func assistWord(_ q: Int, _ e: Int) -> Int? {
        for w in ["密切配合", "积极配合", "全力配合", "共同配合", "配合", "协助", "协同", "参与", "协办"] where at(q, w, e) {
            return q + w.count
        }
        return nil
    }

    func isAssistWord(_ q: Int, _ e: Int) -> Bool { assistWord(q, e) != nil }

    /// `…由X负责|牵头[负责]` ending a clause: where the task ends and who leads.
    func byLeadAtEnd(_ p: Int, _ e: Int) -> (Int, [Mention])? {
        var i = p
        while i < e {
            if c[i] == "由", let (list, q) = entityList(i + 1, e) {
                for w in ["牵头负责", "负责牵头", "牵头", "负责"] where at(q, w, e) && q + w.count == e {
                    return (i, list)
                }
            }
            i += 1
        }
        return nil
    }

    /// A clause that only says how work is reported: a report verb with a cadence or a target.
    func isReporting(_ r: Range<Int>) -> Bool {
        let e = r.upperBound
        let p = skipTimeWords(r.lowerBound, e)
        // 每月向区人民政府上报… / 每周通报… / 每周报告…
        if at(p, "向", e), let (_, rule) = reportTarget(p..<e), rule == "report-to" { return true }
        if match(p, Self.longReportVerbs, e) != nil { return true }
        // [3月底前]报区人民政府审定 / 提交X审议: a submission clause.
        if let (m, rule) = reportTarget(p..<e), rule == "submit-to" {
            return ["提交", "上报", "报送", "报请", "报"].contains { at(p, $0, e) && p + $0.count == m.start }
        }
        return false
    }

    /// Skips words of time and rhythm that open a clause (每月, 定期, 年内, 3月底前, 及时).
    func skipTimeWords(_ start: Int, _ e: Int) -> Int {
        var p = start
        while p < e {
            if let (w, _) = Self.cadenceWords.first(where: { at(p, $0.0, e) }) {
                p += w.count
            } else if let w = ["年内", "近期", "及时", "按时", "每次", "并"].first(where: { at(p, $0, e) }) {
                p += w.count
            } else if let d = deadline(at: p, e) {
                p = d.range.upperBound
            } else {
                break
            }
        }
        return p
    }

    /// A clause opened by a rhythm that sets a reporting task of its own (定期形成督查报告报研, 年内定期听取…汇报):
    /// nil, or whether the one who does it is left unnamed (听取: who hears the reports is not said).
    func splitReport(_ r: Range<Int>) -> (ownerless: Bool, Void)? {
        let e = r.upperBound
        let p = skipTimeWords(r.lowerBound, e)
        guard p > r.lowerBound, p < e, !isReporting(r) else { return nil }
        guard ["报告", "汇报", "报研"].contains(where: { find($0, in: p..<e) != nil }) else { return nil }
        return (at(p, "听取", e), ())
    }

    /// `向X上报` or `提交X审议`: the report target in a range.
    func reportTarget(_ r: Range<Int>) -> (Mention, String)? {
        var i = r.lowerBound
        while i < r.upperBound {
            if c[i] == "向", let m = entity(i + 1, r.upperBound), match(m.end, Self.reportVerbs, r.upperBound) != nil {
                return (m, "report-to")
            }
            for w in ["提交", "上报", "报送", "报请", "报"] where at(i, w, r.upperBound) {
                if let m = entity(i + w.count, r.upperBound), match(m.end, Self.reviewVerbs, r.upperBound) != nil {
                    return (m, "submit-to")
                }
            }
            i += 1
        }
        return nil
    }

    // MARK: - Deadlines and cadences

    struct Deadline {
        var range: Range<Int>
        var day: Day?
        var rule: String
    }

    /// The first deadline phrase in a range.
    func deadline(in r: Range<Int>) -> Deadline? {
        var i = r.lowerBound
        while i < r.upperBound {
            if let d = deadline(at: i, r.upperBound) { return d }
            i += 1
        }
        return nil
    }

    func endOfMonth(_ y: Int, _ m: Int) -> Day { Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) }

    /// The year a month and day without a year fall in: the meeting's, or the next if already past.
    func yearFor(month m: Int, day d: Int) -> Int? {
        guard let md = meetingDate else {
            // No year anywhere: the year of today, said in the notes.
            if let today = options.today { usedTodaysYear = true; return today.year }
            return nil
        }
        let candidate = Day(year: md.year, month: m, day: min(d, Day.daysIn(month: m, year: md.year)))
        return candidate < md ? md.year + 1 : md.year
    }

    func deadline(at i0: Int, _ end: Int) -> Deadline? {
        guard i0 < end, Self.deadlineStarts.contains(c[i0]) else { return nil }
        var i = i0
        let preposition = at(i, "于", end) || at(i, "在", end)
        if preposition { i += 1 }
        let before: Character? = i0 > 0 ? c[i0 - 1] : nil
        if before == "每" { return nil }
        func ending(_ j: Int) -> Int {
            for w in ["之前", "以前", "前"] where at(j, w, end) { return j + w.count }
            // 于7月17日完成, 在6月20日完成到位: a date with a verb of finishing is a deadline too.
            if preposition || before == "争" || before == "力",
                ["完成", "办结", "完工", "到位", "交付", "竣工"].contains(where: { at(j, $0, end) })
            {
                return j
            }
            return j
        }
        func isDeadlineEnd(_ j: Int) -> Bool {
            ["之前", "以前", "前"].contains(where: { at(j, $0, end) })
                || ((preposition || before == "争" || before == "力")
                    && ["完成", "办结", "完工", "到位", "交付", "竣工"].contains(where: { at(j, $0, end) }))
        }
        var year: Int?
        var j = i
        if let (y, a) = number(i, end, digitsOnly: true), y >= 1900, y <= 2200, at(a, "年", end) {
            year = y
            j = a + 1
            if at(j, "年底", end) { j += 1 }
            for w in ["底前", "底", "内", "年内"] where at(j, w, end) {
                return Deadline(
                    range: i0..<ending(j + w.count), day: Day(year: y, month: 12, day: 31), rule: "due-year")
            }
            if at(j, "完成", end) || at(j, "全面完成", end) || at(j, "前完成", end) {
                return Deadline(range: i0..<j, day: Day(year: y, month: 12, day: 31), rule: "due-year")
            }
        } else if at(i, "今年", end) {
            year = meetingDate?.year
            j = i + 2
            if at(j, "年底", end) { j += 1 }
            for w in ["底前", "底", "内"] where at(j, w, end) {
                return Deadline(
                    range: i0..<ending(j + w.count), day: year.map { Day(year: $0, month: 12, day: 31) },
                    rule: "due-year-end")
            }
        }
        // Half-years and quarters.
        if at(j, "上半年", end) || at(j, "下半年", end) {
            let first = c[j] == "上"
            let y = year ?? yearFor(month: first ? 6 : 12, day: first ? 30 : 31)
            var e = j + 3
            if at(e, "内", end) { e += 1 }
            return Deadline(
                range: i0..<ending(e), day: y.map { Day(year: $0, month: first ? 6 : 12, day: first ? 30 : 31) },
                rule: "due-half")
        }
        do {
            var q = j
            if at(q, "第", end) { q += 1 }
            let quarters: [Character: Int] = ["一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12]
            if q < end, let m = quarters[c[q]], at(q + 1, "季度", end) {
                var e = q + 3
                var marked = false
                for w in ["末", "底", "内"] where at(e, w, end) {
                    e += w.count
                    marked = true
                }
                let e2 = ending(e)
                if marked || e2 > e {
                    let y = year ?? yearFor(month: m, day: Day.daysIn(month: m, year: 2001))
                    return Deadline(range: i0..<e2, day: y.map { endOfMonth($0, m) }, rule: "due-quarter")
                }
            }
        }
        // Months and days.
        if at(j, "本月底", end) || at(j, "月底前", end) {
            let e = at(j, "本月底", end) ? j + 3 : j + 2
            return Deadline(
                range: i0..<ending(e), day: meetingDate.map { endOfMonth($0.year, $0.month) },
                rule: "due-month-end")
        }
        if let (m, a) = number(j, end), (1...12).contains(m), at(a, "月", end) {
            let b = a + 1
            if let (d, e0) = number(b, end), at(e0, "日", end) || at(e0, "号", end) || ending(e0) > e0 {
                // 9月20日前, and 9月20前 with 日 left out.
                let e = at(e0, "日", end) || at(e0, "号", end) ? e0 : e0 - 1
                let stop = ending(e + 1)
                guard stop > e + 1 || isDeadlineEnd(e + 1) else { return nil }
                let y = year ?? yearFor(month: m, day: d)
                let day = y.flatMap {
                    d >= 1 && d <= Day.daysIn(month: m, year: $0) ? Day(year: $0, month: m, day: d) : nil
                }
                return Deadline(range: i0..<stop, day: day, rule: "due-date")
            }
            if at(b, "底", end) || at(b, "末", end) {
                let y = year ?? yearFor(month: m, day: 28)
                return Deadline(range: i0..<ending(b + 1), day: y.map { endOfMonth($0, m) }, rule: "due-month-end")
            }
            for (w, d) in [("上旬", 10), ("中旬", 20), ("下旬", 0)] where at(b, w, end) {
                let stop = ending(b + 2)
                guard stop > b + 2 else { return nil }
                let y = year ?? yearFor(month: m, day: d == 0 ? 28 : d)
                let day = y.map { d == 0 ? endOfMonth($0, m) : Day(year: $0, month: m, day: d) }
                return Deadline(range: i0..<stop, day: day, rule: "due-decade")
            }
            return nil
        }
        if year == nil {
            for w in ["年内", "年底前", "本年度内", "本年内", "年底"] where at(i, w, end) {
                // 年内定期…, 年内每月…: a window for recurring work, not a deadline.
                if Self.cadenceWords.contains(where: { at(i + w.count, $0.0, end) }) { return nil }
                return Deadline(
                    range: i0..<ending(i + w.count),
                    day: meetingDate.map { Day(year: $0.year, month: 12, day: 31) }, rule: "due-year-end")
            }
        }
        return nil
    }

    func cadence(in r: Range<Int>) -> (Cadence, Range<Int>)? {
        var i = r.lowerBound
        while i < r.upperBound {
            for (w, cad) in Self.cadenceWords where at(i, w, r.upperBound) {
                return (cad, i..<(i + w.count))
            }
            i += 1
        }
        return nil
    }

    // MARK: - From drafts to assignments

    /// Adds deadline, cadence and report target found in a draft's ranges to an existing assignment.
    func applyAttributes(_ d: Draft, to index: Int) {
        var a = assignments[index]
        for r in d.pieces where a.due == nil {
            if let dl = deadline(in: r), let day = dl.day { a.due = day }
        }
        for r in d.pieces + d.reporting where a.cadence == nil {
            if let (cad, _) = cadence(in: r) { a.cadence = cad }
        }
        for r in d.pieces + d.reporting where a.reportTo == nil {
            if let (m, _) = reportTarget(r) { a.reportTo = register(m, a.location) }
        }
        assignments[index] = a
    }

    /// Turns a draft into an assignment: trims the task, reads deadline, cadence and report target.
    func add(_ d: Draft, _ b: Block, sentence s: Range<Int>, keepWhole: Bool = false) {
        let loc = location(b, d.start)
        var pieces = d.pieces.map { trimPrefixes($0) }.filter { !$0.isEmpty }
        var reporting = d.reporting
        // Reporting clauses inside the task pieces.
        if !keepWhole {
            var kept: [Range<Int>] = []
            for p in pieces {
                if isReporting(p), !kept.isEmpty || pieces.count > 1 { reporting.append(p) } else { kept.append(p) }
            }
            pieces = kept
            // Frame clauses (根据…, 按照…, 以…为契机) when the task goes on after them.
            while pieces.count > 1, isFrame(pieces[0]) { pieces.removeFirst() }
        }
        var trace = d.trace
        var due: Day?
        var cuts: [Range<Int>] = []
        let leadClause = d.start..<max(d.start, pieces.first?.lowerBound ?? d.start)
        for r in [leadClause] + pieces {
            if let dl = deadline(in: r) {
                if due == nil, let day = dl.day {
                    due = day
                    trace.append(dl.rule)
                }
                if r != leadClause { cuts.append(dl.range) }
            }
        }
        if due == nil {
            for r in reporting {
                if let dl = deadline(in: r), let day = dl.day {
                    due = day
                    trace.append(dl.rule)
                    break
                }
            }
        }
        // Pieces that were only a deadline (5月20日前完成) say nothing more about the task.
        pieces = pieces.filter { p in
            let rest = taskText([p], cuts: cuts)
            // 年底前完成评审: a deadline clause whose verb only finishes the task already named.
            if p != pieces.first, cuts.contains(where: { p.contains($0.lowerBound) }), rest.hasPrefix("完成"),
                rest.count <= 4
            {
                return false
            }
            return !["", "完成", "全部完成", "完成任务", "办结", "前完成"].contains(rest)
        }
        var cadence: Cadence?
        for r in pieces + reporting where cadence == nil {
            if let (cad, _) = self.cadence(in: r) {
                cadence = cad
                trace.append("cadence")
            }
        }
        var reportTo: Party?
        for r in pieces + reporting where reportTo == nil {
            if let (m, rule) = reportTarget(r) {
                reportTo = register(m, loc)
                trace.append(rule)
            }
        }
        if !reporting.isEmpty { trace.append("reporting-clause") }
        var task = taskText(pieces, cuts: cuts)
        if task.isEmpty, d.rule != "heading" {
            // Nothing but a reporting clause: keep it as the task.
            task = taskText(reporting, cuts: [])
        }
        if task.isEmpty { return }
        assignments.append(
            Assignment(
                lead: d.lead, assist: d.assist.filter { a in !d.lead.contains { $0.id == a.id } }, task: task,
                due: due, cadence: cadence, reportTo: reportTo, location: loc, rule: d.rule,
                sentence: t.text(s), dutyID: ""))
        if !trace.isEmpty { traces[assignments.count - 1] = trace }
    }

    /// Attribute rules used by each assignment (by index), for `--explain`.
    var traces: [Int: [String]] = [:]

    func isFrame(_ r: Range<Int>) -> Bool {
        if match(r.lowerBound, Self.frames, r.upperBound) != nil { return true }
        if at(r.lowerBound, "以", r.upperBound) {
            for w in ["为契机", "为抓手", "为引领", "为重点", "为主线", "为目标"] {
                if let i = find(w, in: r), i + w.count == r.upperBound { return true }
            }
        }
        return false
    }

    /// The original text of the pieces, each joined to the next by the punctuation that stood between them.
    func taskText(_ pieces: [Range<Int>], cuts: [Range<Int>]) -> String {
        var out = ""
        for (k, p) in pieces.enumerated() {
            if k > 0 {
                let sep = pieces[k - 1].upperBound
                out += sep < t.original.count && isPunct(sep) && c[sep] != "\n" ? String(t.original[sep]) : "，"
            }
            var i = p.lowerBound
            while i < p.upperBound {
                if let cut = cuts.first(where: { $0.lowerBound == i }) {
                    i = max(cut.upperBound, i + 1)
                    continue
                }
                out.append(t.original[i])
                i += 1
            }
        }
        return out
    }

    // MARK: - Structure

    /// Reads structure facts; true when the sentence is a structure sentence (and so gives no assignment).
    func readStructure(_ s: Range<Int>, _ b: Block, post: inout Party?) -> Bool {
        var found = false
        let sentence = t.text(s)
        let loc0 = location(b, s.lowerBound)
        func fact(_ f: StructureFact) {
            structure.append(f)
            found = true
        }
        // Counts: 14个分指挥部…整合为10个分指挥部.
        let counts = postCounts(s)
        let restructure = ["整合为", "调整为", "合并为", "精简为", "压减为", "优化为", "整合成", "调整至", "减少为", "增加为"]
        if counts.count >= 2, counts[0].noun == counts[1].noun,
            restructure.contains(where: { find($0, in: counts[0].end..<counts[1].start) != nil })
        {
            var unit: Party?
            if let x = find("下设", in: s.lowerBound..<counts[0].start), x > s.lowerBound,
                let m = entity(s.lowerBound, x), m.end == x
            {
                unit = register(m, loc0)
            }
            fact(
                StructureFact(
                    kind: .count, unit: unit, unitKind: counts[0].kind, noun: counts[0].noun,
                    count: counts[1].n, from: counts[0].n, location: loc0, rule: "count-change", sentence: sentence))
        }
        // Liaison: A与B…对接衔接. The requirement to liaise is also a task, so the sentence is read on.
        let liaisonAt = ["对接衔接", "对接", "衔接"].compactMap { w in find(w, in: s) }.first
        if let k = liaisonAt,
            let y = (s.lowerBound..<k).first(where: { c[$0] == "与" })
        {
            var a = s.lowerBound
            for w in ["调整后的", "调整后"] where at(a, w, y) { a += w.count }
            var e = k
            for w in ["需进一步", "要进一步", "进一步", "需要", "需", "要", "做好", "加强"] {
                if let x = find(w, in: (y + 1)..<e) { e = min(e, x) }
            }
            let aKind = postCounts(a..<y).first?.kind ?? MinutesReader.postKind(in: Array(c[a..<y]))
            let bKind = postCounts((y + 1)..<e).first?.kind ?? MinutesReader.postKind(in: Array(c[(y + 1)..<e]))
            if aKind != nil || bKind != nil {
                structure.append(
                    StructureFact(
                        kind: .liaison, unitKind: aKind, phrase: t.text(a..<y), otherPhrase: t.text((y + 1)..<e),
                        location: loc0, rule: "liaison", sentence: sentence))
                for pc in postCounts(s)
                where !structure.contains(where: { $0.kind == .count && $0.unitKind == pc.kind }) {
                    structure.append(
                        StructureFact(
                            kind: .count, unitKind: pc.kind, noun: pc.noun, count: pc.n, location: loc0,
                            rule: "count", sentence: sentence))
                }
            }
        }
        // Chiefs, deputies and offices, clause by clause.
        for cl in clauses(s) {
            var p = cl.lowerBound
            let e = cl.upperBound
            p = afterPrefixes(p, e)
            let loc = location(b, p)
            // 成立X: the post the next clauses speak of.
            for w in ["成立", "组建", "设立"] where at(p, w, e) {
                if let m = entity(p + w.count, e), m.end == e,
                    MinutesReader.postKind(in: Array(c[m.start..<m.end])) != nil
                {
                    post = register(m, loc)
                }
            }
            if let x = find("担任", in: p..<e) {
                var personAt = p
                if let by = (p..<x).last(where: { c[$0] == "由" }) {
                    if by > p { post = postPhrase(p..<by, b, loc: loc) ?? post }
                    personAt = by + 1
                }
                // A unit's head named by title (县住建局局长) holds the role: a person still to be named.
                var holder = entity(personAt, x)
                if let m = holder, m.byTitle {
                    holder?.party = Party(name: t.text(m.start..<m.end), sort: .person, placeholder: true)
                }
                if let m = holder, m.party.sort == .person, m.end == x, let unit = post {
                    let person = register(m, loc)
                    let role = t.text((x + 2)..<e)
                    let deputy = c.indices.contains(x + 2) && c[x + 2] == "副"
                    fact(
                        StructureFact(
                            kind: deputy ? .deputy : .chief, unit: unit, person: person, role: role,
                            location: loc, rule: deputy ? "post-deputy" : "post-chief", sentence: sentence))
                }
                continue
            }
            for w in ["下设办公室设在", "下设办公室在", "办公室设在", "办公室设于", "办公室在"] {
                guard let x = find(w, in: p..<e) else { continue }
                if x > p, let named = postPhrase(p..<x, b, loc: loc) { post = named }
                if let m = entity(x + w.count, e), let unit = post {
                    fact(
                        StructureFact(
                            kind: .office, unit: unit, other: register(m, loc), location: loc,
                            rule: "office-host", sentence: sentence))
                }
                break
            }
        }
        return found
    }

    /// The post a phrase names (乡村规划分指挥部, or X下设的乡村规划分指挥部 with X as its parent).
    func postPhrase(_ r: Range<Int>, _ b: Block, loc: MinutesLocation) -> Party? {
        // A bare noun (专班, 指挥部) refers to the post already named.
        let bare = String(c[r])
        if MinutesLexicon.postNouns.contains(where: { $0.0 == bare }) || MinutesLexicon.unitSuffixes.contains(bare) {
            return nil
        }
        var start = r.lowerBound
        var parent: Party?
        if let x = find("下设的", in: r) {
            if let m = entity(r.lowerBound, x), m.end == x { parent = register(m, loc) }
            start = x + 3
        }
        guard start < r.upperBound, let m = entity(start, r.upperBound), m.end == r.upperBound else { return nil }
        let unit = register(m, loc)
        if let parent {
            structure.append(
                StructureFact(
                    kind: .parent, unit: unit, other: parent, location: loc, rule: "post-parent",
                    sentence: t.text(r)))
        }
        return unit
    }

    static func postKind(in w: Word) -> String? {
        let s = String(w)
        for (noun, kind) in MinutesLexicon.postNouns where s.hasSuffix(noun) { return kind }
        return nil
    }

    /// `N个{post noun}` in a range.
    func postCounts(_ r: Range<Int>) -> [(n: Int, noun: String, kind: String, start: Int, end: Int)] {
        var out: [(Int, String, String, Int, Int)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if c[i] == "个", i > r.lowerBound {
                var s = i
                while s > r.lowerBound, c[s - 1].isASCII && c[s - 1].isNumber || Self.numerals.contains(c[s - 1]) {
                    s -= 1
                }
                if s < i, let (n, e) = number(s, i), e == i {
                    for (noun, kind) in MinutesLexicon.postNouns where at(i + 1, noun, r.upperBound) {
                        out.append((n, noun, kind, s, i + 1 + noun.count))
                        break
                    }
                }
            }
            i += 1
        }
        return out
    }

    // MARK: - Finishing

    func finish() -> Extraction {
        // Duty ids from where each assignment stands: duty-1-4, duty-2-2b, duty-3.
        for i in assignments.indices {
            let a = assignments[i]
            var base = "duty"
            if let item = a.location.item { base += "-" + (MinutesReader.arabic(item).map(String.init) ?? item) }
            if let point = a.location.point {
                base += "-" + (MinutesReader.arabic(point).map(String.init) ?? point)
            }
            if a.location.item == nil { base += "-0" }
            assignments[i].dutyID = names.reserve(base, letters: true)
        }
        var findings: [Finding] = []
        for a in assignments {
            let mark = SourceMark(line: a.location.line, column: a.location.column)
            let short = MinutesReader.shorten(a.task)
            if a.lead.isEmpty {
                findings.append(
                    Finding(
                        check: DutyWithoutLead.id, severity: DutyWithoutLead.defaultSeverity,
                        message: Message(
                            en: "task “\(short)” has no owner: the minutes name nobody to lead it",
                            zh: "任务“\(short)”没有牵头方:纪要未明确由谁负责"),
                        subject: a.dutyID, file: file, mark: mark))
            }
            for l in a.lead where l.collective {
                findings.append(
                    Finding(
                        check: DiffuseLead.id, severity: DiffuseLead.defaultSeverity,
                        message: Message(
                            en:
                                "task “\(short)” is given to the collective \(l.name): "
                                + "nobody in particular is accountable",
                            zh: "任务“\(short)”交由集体“\(l.name)”负责:没有具体责任主体"),
                        subject: a.dutyID, file: file, mark: mark))
            }
            if a.lead.count > 1 {
                let who = a.lead.map(\.written)
                findings.append(
                    Finding(
                        check: DutyMultipleLeads.id, severity: DutyMultipleLeads.defaultSeverity,
                        message: Message(
                            en: "task “\(short)” names \(a.lead.count) leads (\(who.joined(separator: ", ")))",
                            zh: "任务“\(short)”有 \(a.lead.count) 个牵头方(\(who.joined(separator: "、")))"),
                        subject: a.dutyID, file: file, mark: mark))
            }
        }
        var result = Extraction(
            file: file, meetingDate: meetingDate, assignments: assignments, structure: structure, findings: findings,
            unresolved: names.unresolved, people: names.parties.filter { $0.sort == .person },
            units: names.parties.filter { $0.sort == .unit }, firstMention: names.firstMention)
        result.traces = traces
        result.meetingYearGuessed = meetingYearGuessed
        result.notes = notes()
        return result
    }

    /// Why the reading found little, in words a user can act on.
    func notes() -> [Message] {
        var out: [Message] = []
        if meetingYearGuessed, let d = meetingDate {
            out.append(
                Message(
                    en: "the meeting's year is not written with its date; \(d) takes the year from another date in the "
                        + "text (give --meeting-date to set it)",
                    zh: "纪要未写明会议年份;\(d) 的年份取自文中其他日期(可用 --meeting-date 指定)"))
        }
        if usedTodaysYear, let today = options.today {
            out.append(
                Message(
                    en: "no year anywhere in the text: deadlines written without one are put in \(today.year), this "
                        + "year (give --meeting-date to set the meeting's date)",
                    zh: "文中无任何年份:未写年份的时限按今年(\(today.year))计(可用 --meeting-date 指定会议日期)"))
        } else if meetingDate == nil {
            out.append(
                Message(
                    en: "no meeting date found; deadlines written without a year have no date (give --meeting-date)",
                    zh: "未找到会议日期;未写年份的时限无法定日(可用 --meeting-date 指定)"))
        }
        if assignments.isEmpty {
            let hasLeadIn = (0..<c.count).contains { match($0, Self.directive, c.count) != nil }
            out.append(
                hasLeadIn
                    ? Message(
                        en: "nothing was read as a task: the requirements name no unit or person with a lead word "
                            + "(要, 负责, 牵头, 请…) and give no task of their own",
                        zh: "未读出任务:要求部分既未以“要、负责、牵头、请”等点明责任单位或个人,也无独立的任务")
                    : Message(
                        en: "nothing was read as a task: the text has no requirement (会议要求, 会议决定, X要…, "
                            + "由X负责…); is it minutes?",
                        zh: "未读出任务:文中没有“会议要求、会议决定、X要、由X负责”等要求;这是会议纪要吗?"))
        }
        return out
    }

    static func shorten(_ s: String) -> String {
        s.count <= 24 ? s : String(s.prefix(24)) + "…"
    }
}
