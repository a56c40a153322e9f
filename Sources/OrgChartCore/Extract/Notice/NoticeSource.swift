/// What a notice says about itself: its title, document number (文号), issuer and date, and the body its title
/// sets up.
struct NoticeSource: Sendable, Hashable {
    /// The title (关于成立…的通知), joined when it runs over several lines.
    var title: String?
    /// The document number (临政办函[2013]89号).
    var number: String?
    /// Who issued it (临安市人民政府办公室): the title's prefix before 关于, or the signature before the date.
    var issuer: String?
    /// The date it was signed (the last full date in the text).
    var date: Day?
    /// The body the title sets up or adjusts (临安市信用建设工作领导小组), if the title names one.
    var body: String?
    /// The line of the title.
    var line: Int?

    /// Reads the title, number, issuer and date from the notice's lines.
    init(_ lines: [NoticeLine]) {
        // The title: 关于…的通知 within the first lines, possibly cut over several of them.
        let head = Array(lines.prefix(6))
        for (i, l) in head.enumerated() {
            let c = l.compact
            guard let r = c.range(ofText: "关于") else { continue }
            // 《关于成立…的通知》 cites another document; it is not this one's title.
            if r.lowerBound > c.startIndex, c[c.index(before: r.lowerBound)] == "《" { continue }
            var joined = c
            var j = i
            while !joined.contains("通知") && !joined.contains("决定") && j + 1 < head.count && j - i < 3 {
                j += 1
                joined += head[j].compact
            }
            guard let end = joined.range(ofText: "的通知") ?? joined.range(ofText: "的决定") else { continue }
            let start = joined.range(ofText: "关于")!
            title = String(joined[start.lowerBound..<end.upperBound])
            let before = String(joined[..<start.lowerBound])
            if !before.isEmpty, before.count <= 20, NoticeNames.isUnit(before) { issuer = before }
            body = NoticeSource.bodyInTitle(String(joined[start.upperBound..<end.lowerBound]))
            line = l.line
            _ = r
            break
        }
        for l in lines.prefix(8) {
            if let n = NoticeSource.documentNumber(l.compact) {
                number = n
                break
            }
        }
        // The signature: a unit on the line before the last date.
        for (i, l) in lines.enumerated().reversed() {
            if let d = NoticeSource.date(l.compact), l.compact.count <= 14 {
                date = d
                if issuer == nil, i > 0, NoticeNames.isUnit(lines[i - 1].compact), lines[i - 1].compact.count <= 20 {
                    issuer = lines[i - 1].compact
                }
                break
            }
        }
        if date == nil {
            for l in lines.prefix(3) {
                if let d = NoticeSource.date(l.compact) {
                    date = d
                    break
                }
            }
        }
    }

    /// The body named in a title's subject (成立X, 调整X成员, X): nil when it does not end in a body word.
    static func bodyInTitle(_ subject: String) -> String? {
        var s = subject
        for p in ["调整成立", "成立", "调整充实", "调整", "建立", "设立", "组建", "印发"] where s.hasPrefix(p) {
            s.removeFirst(p.count)
            break
        }
        for t in ["等有关事项", "有关事项", "等事项"] where s.hasSuffix(t) {
            s.removeLast(t.count)
            break
        }
        for t in ["组成人员", "成员名单", "人员名单", "成员", "名单"] where s.hasSuffix(t) {
            s.removeLast(t.count)
            break
        }
        // X（领导小组）: the short name the notice goes on to use, in brackets after the body's name.
        if s.hasSuffix("）"), let open = s.lastIndex(of: "（"), s.distance(from: open, to: s.endIndex) <= 12 {
            s = String(s[..<open])
        }
        guard NoticeLexicon.bodyWords.contains(where: { s.hasSuffix($0.word) }), s.count >= 4 else { return nil }
        return s
    }

    /// A document number (兴政办函〔2022〕52号, 临政办函[2013]89号) in a line, if any.
    static func documentNumber(_ s: String) -> String? {
        let c = Array(s)
        let open: Set<Character> = ["〔", "[", "［", "（", "(", "【"]
        let close: Set<Character> = ["〕", "]", "］", "）", ")", "】"]
        for i in c.indices where open.contains(c[i]) {
            var j = i + 1
            var digits = 0
            while j < c.count, c[j].isASCII && c[j].isNumber {
                j += 1
                digits += 1
            }
            guard digits == 4, j < c.count, close.contains(c[j]) else { continue }
            var k = j + 1
            while k < c.count, c[k].isASCII && c[k].isNumber { k += 1 }
            guard k > j + 1, k < c.count, c[k] == "号" else { continue }
            var a = i
            while a > 0, NoticeNames.isHan(c[a - 1]) { a -= 1 }
            guard a < i else { continue }
            return String(c[a...k])
        }
        return nil
    }

    /// A date written 2013年10月10日 or 二〇〇八年六月三十日, if the text holds one.
    static func date(_ s: String) -> Day? {
        let digits: [Character: Int] = [
            "〇": 0, "○": 0, "O": 0, "零": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9,
        ]
        let c = Array(s)
        guard let yi = c.firstIndex(of: "年"), yi >= 4 else { return nil }
        var year = 0
        for ch in c[(yi - 4)..<yi] {
            if ch.isASCII, let d = ch.wholeNumberValue {
                year = year * 10 + d
            } else if let d = digits[ch] {
                year = year * 10 + d
            } else {
                return nil
            }
        }
        func number(_ from: Int, until: Character) -> (Int, Int)? {
            var j = from
            var text = ""
            while j < c.count, c[j] != until, j - from < 4 {
                text.append(c[j])
                j += 1
            }
            guard j < c.count, c[j] == until else { return nil }
            if let n = Int(text) { return (n, j) }
            var n = 0
            var tens = false
            for ch in text {
                if ch == "十" {
                    n = (n == 0 ? 1 : n) * 10
                    tens = true
                } else if let d = digits[ch] {
                    n = tens ? n + d : n * 10 + d
                } else {
                    return nil
                }
            }
            return (n, j)
        }
        guard let (m, mi) = number(yi + 1, until: "月"), let (d, _) = number(mi + 1, until: "日"),
            (1...12).contains(m), (1...31).contains(d), (1900...2100).contains(year)
        else { return nil }
        return Day(year: year, month: m, day: d)
    }
}
