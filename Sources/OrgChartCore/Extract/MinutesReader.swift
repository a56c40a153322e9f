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
        var rule: ExtractionRuleID
        var start: Int
        var trace: [ExtractionRuleID] = []
    }

    let t: MinutesText
    let c: [Character]
    /// The text stage: words and numbers at positions of `c`.
    let scan: MinutesScanner
    let file: String
    let options: ExtractOptions
    var names: NameRegistry
    /// Names met with a title anywhere in the text, so the same name without one is recognised too.
    var learnedPeople: [Word: String] = [:]
    var meetingDate: Day?
    /// Whether the meeting's year was not written with its month and day and was taken from elsewhere.
    var meetingYearGuessed = false
    /// The deadline stage, made once the meeting's date is known.
    lazy var dates = DeadlineReader(scan: scan, meetingDate: meetingDate, today: options.today)
    /// Whether a deadline took the year of `options.today` for want of any year in the text.
    var usedTodaysYear: Bool { dates.usedTodaysYear }
    var assignments: [Assignment] = []
    /// Attribute rules used by each assignment (by index), for `--explain`.
    var traces: [Int: [ExtractionRuleID]] = [:]
    var structure: [StructureFact] = []
    /// The structure's approval in principle, from the first sentence that gives one (`ApprovalReader`).
    var approval: DecisionApproval?

    init(text: MinutesText, file: String, options: ExtractOptions) {
        self.t = text
        self.c = text.chars
        self.scan = MinutesScanner(c: text.chars)
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
    static let cadenceWords = DeadlineReader.cadenceWords
    static let reviewVerbs = words(MinutesLexicon.reviewVerbs)
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

    func at(_ i: Int, _ w: Word, _ end: Int? = nil) -> Bool { scan.at(i, w, end) }

    func at(_ i: Int, _ s: String, _ end: Int? = nil) -> Bool { scan.at(i, s, end) }

    func match(_ i: Int, _ list: [Word], _ end: Int? = nil) -> Word? { scan.match(i, list, end) }

    func find(_ w: Word, in r: Range<Int>) -> Int? { scan.find(w, in: r) }

    func find(_ s: String, in r: Range<Int>) -> Int? { scan.find(s, in: r) }

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
        scan.number(i, end, digitsOnly: digitsOnly)
    }

    typealias Deadline = DeadlineReader.Deadline

    /// The first deadline phrase in a range.
    func deadline(in r: Range<Int>) -> Deadline? { dates.deadline(in: r) }

    /// The deadline phrase starting at `i`, if any.
    func deadline(at i: Int, _ end: Int) -> Deadline? { dates.deadline(at: i, end) }

    /// The first cadence word in a range.
    func cadence(in r: Range<Int>) -> (Cadence, Range<Int>)? { dates.cadence(in: r) }

    /// Arabic value of a Chinese numeral (四 → 4, 十一 → 11).
    static func arabic(_ numeral: String) -> Int? {
        let r = MinutesReader(text: MinutesText(numeral), file: "", options: ExtractOptions())
        guard let (n, end) = r.number(0, r.c.count), end == r.c.count else { return nil }
        return n
    }
}
