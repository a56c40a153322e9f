/// Minutes text normalised for matching, keeping for every character the original character and its position.
///
/// Normalising maps punctuation to one width (`,;:()!?` → `，；：（）！？`, except between ASCII letters or digits,
/// as in `10:30`), full-width letters and digits to ASCII, line ends to `\n`, and removes stray spaces (any space
/// that does not separate two ASCII words). Rules match on `chars`; what is shown to users comes from `original`.
struct MinutesText: Sendable {
    /// The normalised characters, lines separated by `\n`.
    let chars: [Character]
    /// The character of the file each normalised one comes from (same count as `chars`).
    let original: [Character]
    /// The 1-based line of each character.
    let lines: [Int]
    /// The 1-based column (in characters) of each character.
    let columns: [Int]

    /// Normalises decoded text.
    init(_ text: String) {
        var chars: [Character] = []
        var original: [Character] = []
        var lines: [Int] = []
        var columns: [Int] = []
        chars.reserveCapacity(text.count)
        var line = 1
        var column = 0
        // Characters of one line with their columns, normalised when the line ends (spacing needs neighbours).
        var pending: [(Character, Int)] = []
        func flush(newline: Bool) {
            let kept = MinutesText.normaliseLine(pending.map(\.0))
            for (k, ch) in kept {
                chars.append(ch)
                original.append(pending[k].0)
                lines.append(line)
                columns.append(pending[k].1)
            }
            if newline {
                chars.append("\n")
                original.append("\n")
                lines.append(line)
                columns.append(column + 1)
            }
            pending.removeAll(keepingCapacity: true)
        }
        for ch in text {
            if ch == "\n" || ch == "\r\n" || ch == "\r" || ch == "\u{2028}" || ch == "\u{2029}" {
                flush(newline: true)
                line += 1
                column = 0
                continue
            }
            column += 1
            pending.append((ch, column))
        }
        flush(newline: false)
        self.chars = chars
        self.original = original
        self.lines = lines
        self.columns = columns
    }

    /// The normalised form of a name or phrase, for comparing names from the minutes and from a model.
    static func normalise(_ text: String) -> String {
        var out = ""
        let line = Array(text).filter { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        for (_, ch) in normaliseLine(line) { out.append(ch) }
        return out
    }

    /// The original text of a range.
    func text(_ range: Range<Int>) -> String { String(original[range]) }

    /// The normalised text of a range.
    func normalised(_ range: Range<Int>) -> String { String(chars[range]) }

    /// Where a character stands in the file.
    func mark(_ index: Int) -> SourceMark {
        guard !lines.isEmpty else { return SourceMark(line: 1, column: 1) }
        let i = min(max(index, 0), lines.count - 1)
        return SourceMark(line: lines[i], column: columns[i])
    }

    /// Normalises one line: returns, for each kept character, its index in the line and its normalised form.
    static func normaliseLine(_ line: [Character]) -> [(Int, Character)] {
        var out: [(Int, Character)] = []
        out.reserveCapacity(line.count)
        func isASCIIWord(_ c: Character?) -> Bool {
            guard let c, c.isASCII else { return false }
            return c.isLetter || c.isNumber
        }
        var i = 0
        while i < line.count {
            let ch = line[i]
            if isSpace(ch) {
                var j = i
                while j < line.count, isSpace(line[j]) { j += 1 }
                let before = i > 0 ? line[i - 1] : nil
                let after = j < line.count ? line[j] : nil
                if isASCIIWord(before) && isASCIIWord(after) { out.append((i, " ")) }
                i = j
                continue
            }
            if isInvisible(ch) {
                i += 1
                continue
            }
            out.append((i, map(ch, before: i > 0 ? line[i - 1] : nil, after: i + 1 < line.count ? line[i + 1] : nil)))
            i += 1
        }
        return out
    }

    static func isSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{00A0}" || c == "\u{2002}" || c == "\u{2003}"
            || c == "\u{2009}" || c == "\u{202F}"
    }

    static func isInvisible(_ c: Character) -> Bool {
        c == "\u{FEFF}" || c == "\u{200B}" || c == "\u{200C}" || c == "\u{200D}"
    }

    /// Punctuation kept full-width: the forms rules match.
    static let fullWidthKept: Set<Character> = ["，", "；", "：", "（", "）", "！", "？"]

    static func map(_ ch: Character, before: Character?, after: Character?) -> Character {
        guard let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return ch }
        let v = s.value
        switch ch {
        case ",", ";", ":", "(", ")", "!", "?":
            let wordBefore = before.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
            let wordAfter = after.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
            if wordBefore && wordAfter { return ch }
            return Character(Unicode.Scalar(v + 0xFEE0)!)
        case "．": return "."
        case "﹐": return "，"
        case "﹔": return "；"
        case "﹕": return "："
        default: break
        }
        if (0xFF01...0xFF5E).contains(v), !fullWidthKept.contains(ch) {
            return Character(Unicode.Scalar(v - 0xFEE0)!)
        }
        return ch
    }
}
