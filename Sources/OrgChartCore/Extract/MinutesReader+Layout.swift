/// The layout stage: lines (run-together items cut), numbered items and whether their line is a title, paragraphs and their points (一是, （一）), lead-ins and their modes, the preamble.
extension MinutesReader {
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
            // Normalisation has already removed every space that is not between two ASCII words.
            if r.isEmpty { continue }
            out += splitRunTogetherItems(r)
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
                            kind: .chair, person: person, role: person.title, location: loc, rule: .chair,
                            sentence: t.text(s)))
                }
            }
        }
    }
}
