/// The text stage of the minutes reader: the normalised characters of the minutes and the ways of looking at them
/// (a word at a position, the first of several words, a number in digits or Chinese numerals). Every later stage
/// reads the text through it.
struct MinutesScanner {
    typealias Word = [Character]

    /// The normalised characters (full-width punctuation, no spaces between Chinese characters).
    let c: [Character]

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
}
