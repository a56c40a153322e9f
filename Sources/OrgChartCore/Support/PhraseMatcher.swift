/// Finds the phrases of a fixed list in texts (given as Unicode scalar values), leftmost and longest first. Built
/// once per list; a text none of whose characters starts a phrase costs one table look-up per character.
struct PhraseMatcher: Sendable {
    /// The phrases, as scalar values.
    let phrases: [[UInt32]]
    /// Which characters of the Basic Multilingual Plane start a phrase (one bit each).
    private let starts: [UInt64]
    /// Phrase indices by first character, longest phrase first.
    private let byFirst: [UInt32: [Int]]

    init(_ list: [String]) {
        let phrases = list.map { $0.unicodeScalars.map(\.value) }
        var starts = [UInt64](repeating: 0, count: 1024)
        var byFirst: [UInt32: [Int]] = [:]
        for (i, p) in phrases.enumerated() {
            guard let c = p.first else { continue }
            if c < 0x10000 { starts[Int(c >> 6)] |= 1 << UInt64(c & 63) }
            byFirst[c, default: []].append(i)
        }
        for k in byFirst.keys { byFirst[k]!.sort { phrases[$0].count > phrases[$1].count } }
        self.phrases = phrases
        self.starts = starts
        self.byFirst = byFirst
    }

    /// Whether some phrase may start with `c`.
    func mayStart(_ c: UInt32) -> Bool {
        c < 0x10000 ? starts[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 : byFirst[c] != nil
    }

    /// The index of the longest phrase that starts at `i` in `text`, if any.
    func match(at i: Int, in text: [UInt32]) -> Int? {
        guard mayStart(text[i]), let candidates = byFirst[text[i]] else { return nil }
        for p in candidates {
            let phrase = phrases[p]
            guard i + phrase.count <= text.count else { continue }
            var k = 1
            while k < phrase.count && text[i + k] == phrase[k] { k += 1 }
            if k == phrase.count { return p }
        }
        return nil
    }

    /// Whether any character of `text` starts a phrase: the cheap test before looking closer.
    func mayMatch(_ text: String) -> Bool { text.unicodeScalars.contains { mayStart($0.value) } }

    /// Whether some phrase occurs in `text`.
    func occurs(in text: String) -> Bool {
        guard mayMatch(text) else { return false }
        let s = text.unicodeScalars.map(\.value)
        return s.indices.contains { match(at: $0, in: s) != nil }
    }
}
