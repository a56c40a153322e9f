/// What the words of a duty say about when it is due: the vague timing words it uses (近期, 尽快, 定期 with no
/// interval, …), the time frame or deadline it names (2021年, 年内, 3月10日前), and how often it recurs (每月) with a
/// point in each cycle (每月5日前). Read by `vague-timing` and `no-deadline`.
struct DutyTiming {
    /// A vague timing word with its meaning in English.
    struct Vague: Hashable {
        var word: String
        var en: String
    }

    /// The vague words used, each once, in text order. 定期 counts only when the text gives no interval.
    var vague: [Vague] = []
    /// The first time frame named that is not before the model's date: 2021年, 年内, 本月, 3月, 一季度.
    var frame: String?
    /// The first deadline the words give, as `extract` reads deadlines (3月10日前, 6月底前, 年底前, 2021年完成), or
    /// 到 and a time (到2020年).
    var deadline: String?
    /// The first recurrence word: 每月, 每周, 按季.
    var recurrence: String?
    /// The first point within a cycle: 5日, 周五, 月底, 下旬, 17时.
    var point: String?
    /// Whether the words speak of reporting: 上报, 报送, 汇报, 通报, 报告.
    var reports = false
    /// Whether the words speak of an emergency (灾区, 险情, 应急, 预案, …): time runs from the event.
    var emergency = false

    /// Vague words and their meanings.
    static let vagueWords: [(zh: String, en: String)] = [
        ("近期", "soon"), ("尽快", "as soon as possible"), ("抓紧", "without delay"), ("尽早", "as early as possible"),
        ("早日", "at an early date"), ("适时", "when the time is right"), ("择机", "at a suitable moment"),
        ("适当时候", "at an appropriate time"), ("限期", "within a time limit that is not given"),
        ("定期", "regularly, with no interval given"),
    ]
    /// The cadence words `extract` reads (每月, 每两周, 按季度, …), but 定期 and 不定期, which give no interval.
    static let recurrenceWords = MinutesLexicon.cadences.map(\.0).filter { !$0.hasSuffix("定期") }
    static let frameWords = [
        "今年", "明年", "本年", "年内", "年底", "年末", "年终", "上半年", "下半年", "本季度", "本月", "下月", "月底", "月内",
        "月末", "本周", "下周", "周内",
    ]
    static let pointWords = [
        "月底", "月末", "季末", "季度末", "年底", "年末", "上旬", "中旬", "下旬", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
        "周末", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
    ]
    static let reportWords = ["上报", "报送", "汇报", "通报", "报告", "报研"]
    static let emergencyWords = ["灾区", "灾害", "灾情", "险情", "事故", "突发", "应急", "预案", "抢险", "救灾", "救援"]
    static let emergencyMatcher = PhraseMatcher(emergencyWords)
    /// Characters every deadline phrase `extract` reads has one of.
    static let deadlineCues: [UInt32] = "年月季".unicodeScalars.map(\.value)
    static let vagueMatcher = PhraseMatcher(vagueWords.map(\.zh))
    static let reportMatcher = PhraseMatcher(reportWords)
    static let recurrenceMatcher = PhraseMatcher(recurrenceWords)
    static let frameMatcher = PhraseMatcher(frameWords)
    static let pointMatcher = PhraseMatcher(pointWords)
    /// Characters without which a text says nothing about time: the cheap test before reading it.
    static let anchors = PhraseMatcher(
        vagueWords.map(\.zh) + recurrenceWords + frameWords + pointWords + reportWords + ["年", "月", "日", "号", "时", "季"])

    /// Reads `text`; `asOf` is the model's date, before which named dates are history, not a frame.
    init(_ text: String, asOf: Day?) {
        guard Self.anchors.mayMatch(text) else { return }
        let s = text.unicodeScalars.map(\.value)
        var i = 0
        var periodic = false
        var seen = Set<String>()
        /// Where a year followed by a month starts, and the year.
        var dated: (start: Int, year: Int)?
        func str(_ r: Range<Int>) -> String {
            var out = String.UnicodeScalarView()
            for k in r { out.append(Unicode.Scalar(s[k])!) }
            return String(out)
        }
        func at(_ k: Int, _ c: Character) -> Bool { k < s.count && s[k] == c.unicodeScalars.first!.value }
        /// Notes a time named at `r`: a frame, or a deadline when 到 opens it or 完成 follows it (到2020年: by
        /// 2020; 本周完成).
        func noteFrame(_ r: Range<Int>) {
            // Only before a number: 运用到年终考核 is "into the year-end assessment", not "by the year end".
            let by = r.lowerBound > 0 && at(r.lowerBound - 1, "到") && Self.isDigit(s[r.lowerBound])
            let done = at(r.upperBound, "完") && at(r.upperBound + 1, "成") ? 2 : 0
            if by || done > 0 {
                if deadline == nil { deadline = str((by ? r.lowerBound - 1 : r.lowerBound)..<r.upperBound + done) }
            } else if frame == nil {
                frame = str(r)
            }
        }
        while i < s.count {
            if let p = Self.vagueMatcher.match(at: i, in: s) {
                let (zh, en) = Self.vagueWords[p]
                let n = Self.vagueMatcher.phrases[p].count
                var counts = true
                // 抓紧抓实 (grip firmly) is not haste; 限期三个月 gives its limit.
                if zh == "抓紧" && at(i + n, "抓") { counts = false }
                if zh == "限期" && (i + n..<min(s.count, i + n + 4)).contains(where: { Self.isNumeral(s[$0]) }) {
                    counts = false
                }
                if zh == "定期" {
                    // 不定期 (at no fixed time: unannounced checks) is a way of working, not a missing interval.
                    periodic = periodic || !(i > 0 && at(i - 1, "不"))
                    counts = false
                }
                if counts && seen.insert(zh).inserted { vague.append(Vague(word: zh, en: en)) }
                i += n
                continue
            }
            if let p = Self.emergencyMatcher.match(at: i, in: s) {
                emergency = true
                i += Self.emergencyMatcher.phrases[p].count
                continue
            }
            if let p = Self.reportMatcher.match(at: i, in: s) {
                reports = true
                i += Self.reportMatcher.phrases[p].count
                continue
            }
            if let p = Self.recurrenceMatcher.match(at: i, in: s) {
                let n = Self.recurrenceMatcher.phrases[p].count
                if recurrence == nil { recurrence = str(i..<i + n) }
                // 每周五前: the weekday is the point in the cycle (每周一次 is once a week).
                if s[i + n - 1] == ("周" as Unicode.Scalar).value || s[i + n - 1] == ("期" as Unicode.Scalar).value,
                    i + n < s.count, "一二三四五六日天末".unicodeScalars.contains(where: { $0.value == s[i + n] }),
                    !(at(i + n + 1, "次") || at(i + n + 1, "个")), point == nil
                {
                    point = str(i + n - 1..<i + n + 1)
                }
                i += n
                continue
            }
            if let p = Self.pointMatcher.match(at: i, in: s) {
                let n = Self.pointMatcher.phrases[p].count
                // 每周一次 is once a week, not Monday.
                if !(at(i + n, "次") || at(i + n, "个")) && point == nil { point = str(i..<i + n) }
                if let q = Self.frameMatcher.match(at: i, in: s), Self.frameMatcher.phrases[q].count == n {
                    noteFrame(i..<i + n)
                }
                i += n
                continue
            }
            if let p = Self.frameMatcher.match(at: i, in: s) {
                let n = Self.frameMatcher.phrases[p].count
                noteFrame(i..<i + n)
                i += n
                continue
            }
            if Self.isDigit(s[i]) {
                var j = i
                var value = 0
                while j < s.count, Self.isDigit(s[j]) {
                    value = min(value, 1_000_000) * 10 + Int(Self.digitValue(s[j]))
                    j += 1
                }
                let digits = j - i
                if at(j, "年") && digits == 4 && j + 1 < s.count && Self.isDigit(s[j + 1]) {
                    // 2013年4月29日: the month and day that follow read the date, with this year.
                    dated = (i, value)
                    i = j + 1
                    continue
                }
                if at(j, "年") && digits == 4 && !at(j + 1, "第") {
                    // 2021年, 2021年底前; a year before the model's is history (2020年脱贫攻坚目标任务完成后).
                    var end = j + 1
                    if at(end, "底") || at(end, "末") || at(end, "内") { end += 1 }
                    if asOf.map({ value >= $0.year }) ?? true { noteFrame(i..<end) }
                    i = end
                    continue
                }
                if at(j, "月") && (1...12).contains(value) {
                    var end = j + 1
                    var day: Int?
                    var k = end
                    var d = 0
                    while k < s.count, Self.isDigit(s[k]) {
                        d = min(d, 1_000_000) * 10 + Int(Self.digitValue(s[k]))
                        k += 1
                    }
                    if k > end && (at(k, "日") || at(k, "号")) {
                        day = d
                        end = k + 1
                    } else if at(end, "底") || at(end, "末") || at(end, "中") {
                        end += 1
                    }
                    // A date on or before the model's date is history (the meeting's own date, a past event), and
                    // so is a date that stamps a report: one that opens the text (5月30日晚,…主持召开; 9月23日,我县
                    // 召开) or is followed by a time of day or a closing mark (今天（12月20日）上午; 11月29日讯).
                    let year = dated.flatMap { $0.start + 5 == i ? $0 : nil }
                    let start = year?.start ?? i
                    let past =
                        asOf.map { Day(year: year?.year ?? $0.year, month: value, day: day ?? 31) <= $0 } ?? false
                    let stamp =
                        day != nil && !at(end, "前")
                        && (start == 0 || at(end, ",") || at(end, "，") || at(end, "上") || at(end, "下") || at(end, "晚")
                            || at(end, "早") || at(end, ")") || at(end, "）") || at(end, "讯"))
                    if !past && !stamp { noteFrame(start..<end) }
                    i = end
                    continue
                }
                if (at(j, "日") || at(j, "号")) && (1...31).contains(value) {
                    if point == nil { point = str(i..<j + 1) }
                    i = j + 1
                    continue
                }
                if at(j, "时") && value <= 24 {
                    if point == nil { point = str(i..<j + 1) }
                    i = j + 1
                    continue
                }
                i = j
                continue
            }
            // 一季度, 第三季度.
            if Self.isQuarterNumeral(s[i]) && at(i + 1, "季") && at(i + 2, "度") {
                noteFrame(i..<i + 3)
                i += 3
                continue
            }
            i += 1
        }
        // A deadline as `extract` reads one (3月10日前, 年底前, 2021年完成, 于7月17日完成) wins over a frame's 到.
        // Every deadline phrase has 年, 月 or 季 in it: without one, the reader (slow per character) is not asked.
        if s.contains(where: { Self.deadlineCues.contains($0) }) {
            let chars = text.map { $0 }
            if let d = DeadlineReader(scan: MinutesScanner(c: chars), meetingDate: asOf, today: nil)
                .deadline(in: 0..<chars.count)
            {
                deadline = String(chars[d.range])
            }
        }
        if periodic && recurrence == nil, let p = Self.vagueWords.first(where: { $0.zh == "定期" }) {
            vague.append(Vague(word: p.zh, en: p.en))
        }
    }

    static func isDigit(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) || (0xFF10...0xFF19).contains(c) }
    static func digitValue(_ c: UInt32) -> UInt32 { c >= 0xFF10 ? c - 0xFF10 : c - 0x30 }
    /// A digit or a Chinese numeral (〇一二三四五六七八九十百).
    static func isNumeral(_ c: UInt32) -> Bool {
        isDigit(c) || "〇一二三四五六七八九十百两".unicodeScalars.contains { $0.value == c }
    }
    static func isQuarterNumeral(_ c: UInt32) -> Bool { "一二三四1234".unicodeScalars.contains { $0.value == c } }
}
