/// One line of a notice as the reader sees it: normalised (full-width `，；：（）`, ASCII letters and digits, one
/// space for any run of spaces), with where each character stands in the file.
struct NoticeLine: Sendable, Hashable {
    /// The normalised text; spaces are kept (they separate names in rosters: `王晓剑 谭志新`).
    var text: String
    /// The 1-based line in the file.
    var line: Int
    /// The 1-based column of each character of `text`.
    var columns: [Int]
    /// The heading numeral (`一`, `（一）`, `1`, `4.6.8`, `第三条`) the line opens with, if any.
    var numeral: String?

    /// The text without spaces, as rules other than the roster's match it.
    var compact: String { String(text.filter { $0 != " " }) }

    /// The column of the first character.
    var column: Int { columns.first ?? 1 }
}

/// The layout stage: splits a notice into lines, keeps the spaces inside them, cuts flattened text (a whole notice
/// on one line) at headings and roster labels, and marks headings (一、 （一） 1. 1、 4.6.8 第X条).
enum NoticeLayout {
    /// The lines of a decoded notice, empty ones dropped.
    static func lines(_ text: String) -> [NoticeLine] {
        var out: [NoticeLine] = []
        var lineNo = 0
        for raw in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        {
            lineNo += 1
            let chars = Array(raw)
            var text: [Character] = []
            var cols: [Int] = []
            var i = 0
            while i < chars.count {
                let ch = chars[i]
                if MinutesText.isSpace(ch) {
                    while i < chars.count, MinutesText.isSpace(chars[i]) { i += 1 }
                    if !text.isEmpty, i < chars.count { text.append(" "); cols.append(i) }
                    continue
                }
                if MinutesText.isInvisible(ch) {
                    i += 1
                    continue
                }
                let mapped = MinutesText.map(
                    ch, before: i > 0 ? chars[i - 1] : nil, after: i + 1 < chars.count ? chars[i + 1] : nil)
                text.append(mapped)
                cols.append(i + 1)
                i += 1
            }
            if text.isEmpty { continue }
            for piece in cut(text, cols) {
                var l = NoticeLine(text: String(piece.0), line: lineNo, columns: piece.1)
                l.numeral = numeral(l.compact)
                out.append(l)
            }
        }
        return out
    }

    /// Cuts a line before each roster label that follows a sentence end, a space or another entry (`…专班。所长：…；副所长：`),
    /// and before each heading that follows a sentence end, so flattened text reads like lines.
    static func cut(_ text: [Character], _ cols: [Int]) -> [([Character], [Int])] {
        var starts: [Int] = [0]
        var i = max(1, labelLength(text, at: 0) ?? 1)
        while i < text.count {
            let prev = text[i - 1]
            // Flattened text (a whole notice on one line) runs labels into the text before them.
            let flattened = text.count > 120 && !"室办".contains(prev) && NoticeNames.isHan(prev)
            let boundary = "。；：！？ ）".contains(prev) || (prev == "，" && i > 1) || flattened
            if boundary, let n = labelLength(text, at: i), n > 0 {
                starts.append(i)
                i += n
                continue
            }
            if "。；：".contains(prev) || flattened, headingLength(text, at: i) > 0 { starts.append(i) }
            i += 1
        }
        var out: [([Character], [Int])] = []
        for (k, s) in starts.enumerated() {
            let e = k + 1 < starts.count ? starts[k + 1] : text.count
            var a = s
            var b = e
            while a < b, text[a] == " " { a += 1 }
            while b > a, text[b - 1] == " " { b -= 1 }
            if a < b { out.append((Array(text[a..<b]), Array(cols[a..<b]))) }
        }
        return out
    }

    /// The length of a roster label with its colon starting at `i` (`组 长：`, `组长（总指挥）：`), or nil.
    static func labelLength(_ text: [Character], at i: Int) -> Int? {
        var j = i
        var word = ""
        var depth = 0
        while j < text.count, j - i <= 16 {
            let c = text[j]
            if c == "：" {
                guard depth == 0, !word.isEmpty, NoticeLexicon.label(word) != nil else { return nil }
                return j + 1 - i
            }
            if c == "（" {
                depth += 1
            } else if c == "）" {
                depth -= 1
            } else if depth == 0 && c != " " {
                word.append(c)
                if !NoticeLexicon.labels.contains(where: { $0.word.hasPrefix(word) }) { return nil }
            }
            j += 1
        }
        return nil
    }

    /// The length of a heading numeral starting at `i` (`二、`, `（三）`, `3.`, `3、`), or 0.
    static func headingLength(_ text: [Character], at i: Int) -> Int {
        let s = String(text[i..<min(text.count, i + 8)])
        return numeralPrefix(s)?.count ?? 0
    }

    static let chineseNumerals: Set<Character> = Set("一二三四五六七八九十")

    /// The numeral a heading opens with, without its punctuation (`一`, `（一）` → `一`, `4.6.8`, `第三条`).
    static func numeral(_ s: String) -> String? {
        guard let p = numeralPrefix(s) else { return nil }
        var n = String(p.filter { !"、（）()".contains($0) })
        while n.last == "." || n.last == "．" { n.removeLast() }
        return n
    }

    /// The numeral with its punctuation at the start of `s`, if any.
    static func numeralPrefix(_ s: String) -> String? {
        let c = Array(s)
        guard let first = c.first else { return nil }
        var j = 0
        if first == "第" {
            j = 1
            while j < c.count, chineseNumerals.contains(c[j]) || c[j].isASCII && c[j].isNumber { j += 1 }
            if j > 1, j < c.count, c[j] == "条" || c[j] == "章" { return String(c[...j]) }
            return nil
        }
        if first == "（" {
            j = 1
            while j < c.count, chineseNumerals.contains(c[j]) || c[j].isASCII && c[j].isNumber { j += 1 }
            if j > 1, j < c.count, c[j] == "）" { return String(c[...j]) }
            return nil
        }
        if chineseNumerals.contains(first) {
            while j < c.count, chineseNumerals.contains(c[j]) { j += 1 }
            if j < c.count, c[j] == "、" { return String(c[...j]) }
            return nil
        }
        if first.isASCII && first.isNumber {
            while j < c.count, c[j].isASCII && c[j].isNumber || c[j] == "." && j + 1 < c.count && c[j + 1].isNumber {
                j += 1
            }
            if j < c.count, c[j] == "、" || c[j] == "." || c[j] == "．" { return String(c[...j]) }
            if j < c.count, c[j] == " " || !c[j].isASCII, String(c[..<j]).contains(".") { return String(c[..<j]) }
            return nil
        }
        return nil
    }
}
