/// The deadline stage of the minutes reader: deadline and cadence phrases (3月10日前, 年底前, 9月20前, 每月, 每天) and
/// the year a date written without one falls in (the meeting's, or the next when already past; with no meeting date,
/// the year of `today` when given, which is then recorded).
final class DeadlineReader {
    typealias Word = [Character]

    /// A deadline phrase: where it stands, the day it names (nil when no year can be had) and the rule that read it.
    struct Deadline {
        var range: Range<Int>
        var day: Day?
        var rule: ExtractionRuleID
    }

    let scan: MinutesScanner
    var c: [Character] { scan.c }
    let meetingDate: Day?
    let today: Day?
    /// Whether a date took the year of `today` for want of a meeting date.
    private(set) var usedTodaysYear = false

    static let cadenceWords: [(Word, Cadence)] = MinutesLexicon.cadences.map { (Array($0.0), $0.1) }
    /// Characters a deadline phrase can start with.
    static let deadlineStarts: Set<Character> = Set("于在今上下第本年月一二三四五六七八九十0123456789")

    init(scan: MinutesScanner, meetingDate: Day?, today: Day?) {
        self.scan = scan
        self.meetingDate = meetingDate
        self.today = today
    }

    func at(_ i: Int, _ s: String, _ end: Int) -> Bool { scan.at(i, s, end) }

    func at(_ i: Int, _ w: Word, _ end: Int) -> Bool { scan.at(i, w, end) }

    func number(_ i: Int, _ end: Int, digitsOnly: Bool = false) -> (Int, Int)? {
        scan.number(i, end, digitsOnly: digitsOnly)
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
            if let today { usedTodaysYear = true; return today.year }
            return nil
        }
        let candidate = Day(year: md.year, month: m, day: min(d, Day.daysIn(month: m, year: md.year)))
        return candidate < md ? md.year + 1 : md.year
    }

    /// The deadline phrase starting at `i0`, if any.
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
                    range: i0..<ending(j + w.count), day: Day(year: y, month: 12, day: 31), rule: .dueYear)
            }
            if at(j, "完成", end) || at(j, "全面完成", end) || at(j, "前完成", end) {
                return Deadline(range: i0..<j, day: Day(year: y, month: 12, day: 31), rule: .dueYear)
            }
        } else if at(i, "今年", end) {
            year = meetingDate?.year
            j = i + 2
            if at(j, "年底", end) { j += 1 }
            for w in ["底前", "底", "内"] where at(j, w, end) {
                return Deadline(
                    range: i0..<ending(j + w.count), day: year.map { Day(year: $0, month: 12, day: 31) },
                    rule: .dueYearEnd)
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
                rule: .dueHalf)
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
                    return Deadline(range: i0..<e2, day: y.map { endOfMonth($0, m) }, rule: .dueQuarter)
                }
            }
        }
        // Months and days.
        if at(j, "本月底", end) || at(j, "月底前", end) {
            let e = at(j, "本月底", end) ? j + 3 : j + 2
            return Deadline(
                range: i0..<ending(e), day: meetingDate.map { endOfMonth($0.year, $0.month) },
                rule: .dueMonthEnd)
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
                return Deadline(range: i0..<stop, day: day, rule: .dueDate)
            }
            if at(b, "底", end) || at(b, "末", end) {
                let y = year ?? yearFor(month: m, day: 28)
                return Deadline(range: i0..<ending(b + 1), day: y.map { endOfMonth($0, m) }, rule: .dueMonthEnd)
            }
            for (w, d) in [("上旬", 10), ("中旬", 20), ("下旬", 0)] where at(b, w, end) {
                let stop = ending(b + 2)
                guard stop > b + 2 else { return nil }
                let y = year ?? yearFor(month: m, day: d == 0 ? 28 : d)
                let day = y.map { d == 0 ? endOfMonth($0, m) : Day(year: $0, month: m, day: d) }
                return Deadline(range: i0..<stop, day: day, rule: .dueDecade)
            }
            return nil
        }
        if year == nil {
            for w in ["年内", "年底前", "本年度内", "本年内", "年底"] where at(i, w, end) {
                // 年内定期…, 年内每月…: a window for recurring work, not a deadline.
                if Self.cadenceWords.contains(where: { at(i + w.count, $0.0, end) }) { return nil }
                return Deadline(
                    range: i0..<ending(i + w.count),
                    day: meetingDate.map { Day(year: $0.year, month: 12, day: 31) }, rule: .dueYearEnd)
            }
        }
        return nil
    }

    /// The first cadence word in a range and where it stands.
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
}
