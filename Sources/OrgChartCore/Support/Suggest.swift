/// "Did you mean" suggestions for misspelt keys and ids.
public enum Suggest {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        if let form = otherForm(of: word, in: candidates) { return form }
        let w = Array(word.lowercased().unicodeScalars)
        let limit = w.count <= 3 ? 1 : min(3, max(2, w.count / 3))
        var best: (String, Int)?
        for c in candidates {
            let cs = Array(c.lowercased().unicodeScalars)
            if abs(cs.count - w.count) > limit { continue }
            let d = distance(w, cs, limit: limit)
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
        }
        return best?.0
    }

    /// The end of a message about `word` that offers the closest candidate, in both languages
    /// ("; did you mean `deputies`?", ";是否想写 `deputies`?"), or empty text when none is close.
    public static func hint<S: Sequence>(for word: String, in candidates: S) -> Message where S.Element == String {
        hint(closest(to: word, in: candidates))
    }

    /// The end of a message that offers `suggestion`, in both languages, or empty text for nil.
    static func hint(_ suggestion: String?) -> Message {
        guard let s = suggestion else { return Message(en: "", zh: "") }
        return Message(en: "; did you mean `\(s)`?", zh: ";是否想写 `\(s)`?")
    }

    /// The candidate that is the singular or plural of `word` (`deputy` → `deputies`, `unit` → `units`), or that
    /// `word` starts (`dep` → `deputies`, at least three letters and only one such candidate), if any.
    static func otherForm<S: Sequence>(of word: String, in candidates: S) -> String? where S.Element == String {
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        var forms: Set<String> = [w + "s", w + "es"]
        if w.hasSuffix("y") { forms.insert(String(w.dropLast()) + "ies") }
        if w.hasSuffix("ies") { forms.insert(String(w.dropLast(3)) + "y") }
        if w.hasSuffix("es") { forms.insert(String(w.dropLast(2))) }
        if w.hasSuffix("s") { forms.insert(String(w.dropLast())) }
        let list = Array(candidates)
        if let c = list.first(where: { forms.contains($0.lowercased()) }) { return c }
        let starts = list.filter { $0.lowercased().hasPrefix(w) && $0.count > w.count }
        return starts.count == 1 ? starts[0] : nil
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
