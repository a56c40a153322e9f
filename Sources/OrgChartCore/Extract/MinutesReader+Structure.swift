/// Structure facts: counts, liaisons, chiefs, deputies, offices and parents of posts.
extension MinutesReader {
    // MARK: - Structure

    /// Reads structure facts; true when the sentence is a structure sentence (and so gives no assignment).
    func readStructure(_ s: Range<Int>, _ b: Block, post: inout Party?) -> Bool {
        var found = false
        let sentence = t.text(s)
        let loc0 = location(b, s.lowerBound)
        func fact(_ f: StructureFact) {
            structure.append(f)
            found = true
        }
        // Counts: 14个分指挥部…整合为10个分指挥部.
        let counts = postCounts(s)
        let restructure = ["整合为", "调整为", "合并为", "精简为", "压减为", "优化为", "整合成", "调整至", "减少为", "增加为"]
        if counts.count >= 2, counts[0].noun == counts[1].noun,
            restructure.contains(where: { find($0, in: counts[0].end..<counts[1].start) != nil })
        {
            var unit: Party?
            if let x = find("下设", in: s.lowerBound..<counts[0].start), x > s.lowerBound,
                let m = entity(s.lowerBound, x), m.end == x
            {
                unit = register(m, loc0)
            }
            fact(
                StructureFact(
                    kind: .count, unit: unit, unitKind: counts[0].kind, noun: counts[0].noun,
                    count: counts[1].n, from: counts[0].n, location: loc0, rule: .countChange, sentence: sentence))
        }
        // Liaison: A与B…对接衔接. The requirement to liaise is also a task, so the sentence is read on.
        let liaisonAt = ["对接衔接", "对接", "衔接"].compactMap { w in find(w, in: s) }.first
        if let k = liaisonAt,
            let y = (s.lowerBound..<k).first(where: { c[$0] == "与" })
        {
            var a = s.lowerBound
            for w in ["调整后的", "调整后"] where at(a, w, y) { a += w.count }
            var e = k
            for w in ["需进一步", "要进一步", "进一步", "需要", "需", "要", "做好", "加强"] {
                if let x = find(w, in: (y + 1)..<e) { e = min(e, x) }
            }
            let aKind = postCounts(a..<y).first?.kind ?? MinutesReader.postKind(in: Array(c[a..<y]))
            let bKind = postCounts((y + 1)..<e).first?.kind ?? MinutesReader.postKind(in: Array(c[(y + 1)..<e]))
            if aKind != nil || bKind != nil {
                structure.append(
                    StructureFact(
                        kind: .liaison, unitKind: aKind, phrase: t.text(a..<y), otherPhrase: t.text((y + 1)..<e),
                        location: loc0, rule: .liaison, sentence: sentence))
                for pc in postCounts(s)
                where !structure.contains(where: { $0.kind == .count && $0.unitKind == pc.kind }) {
                    structure.append(
                        StructureFact(
                            kind: .count, unitKind: pc.kind, noun: pc.noun, count: pc.n, location: loc0,
                            rule: .count, sentence: sentence))
                }
            }
        }
        // Chiefs, deputies and offices, clause by clause.
        for cl in clauses(s) {
            var p = cl.lowerBound
            let e = cl.upperBound
            p = afterPrefixes(p, e)
            let loc = location(b, p)
            // 成立X: the post the next clauses speak of.
            for w in ["成立", "组建", "设立"] where at(p, w, e) {
                if let m = entity(p + w.count, e), m.end == e,
                    MinutesReader.postKind(in: Array(c[m.start..<m.end])) != nil
                {
                    post = register(m, loc)
                }
            }
            if let x = find("担任", in: p..<e) {
                var personAt = p
                if let by = (p..<x).last(where: { c[$0] == "由" }) {
                    if by > p { post = postPhrase(p..<by, b, loc: loc) ?? post }
                    personAt = by + 1
                }
                // A unit's head named by title (县住建局局长) holds the role: a person still to be named.
                var holder = entity(personAt, x)
                if let m = holder, m.byTitle {
                    holder?.party = Party(name: t.text(m.start..<m.end), sort: .person, placeholder: true)
                }
                if let m = holder, m.party.sort == .person, m.end == x, let unit = post {
                    let person = register(m, loc)
                    let role = t.text((x + 2)..<e)
                    let deputy = c.indices.contains(x + 2) && c[x + 2] == "副"
                    fact(
                        StructureFact(
                            kind: deputy ? .deputy : .chief, unit: unit, person: person, role: role,
                            location: loc, rule: deputy ? .postDeputy : .postChief, sentence: sentence))
                }
                continue
            }
            for w in ["下设办公室设在", "下设办公室在", "办公室设在", "办公室设于", "办公室在"] {
                guard let x = find(w, in: p..<e) else { continue }
                if x > p, let named = postPhrase(p..<x, b, loc: loc) { post = named }
                if let m = entity(x + w.count, e), let unit = post {
                    fact(
                        StructureFact(
                            kind: .office, unit: unit, other: register(m, loc), location: loc,
                            rule: .officeHost, sentence: sentence))
                }
                break
            }
        }
        return found
    }

    /// The post a phrase names (乡村规划分指挥部, or X下设的乡村规划分指挥部 with X as its parent).
    func postPhrase(_ r: Range<Int>, _ b: Block, loc: MinutesLocation) -> Party? {
        // A bare noun (专班, 指挥部) refers to the post already named.
        let bare = String(c[r])
        if MinutesLexicon.postNouns.contains(where: { $0.0 == bare }) || MinutesLexicon.unitSuffixes.contains(bare) {
            return nil
        }
        var start = r.lowerBound
        var parent: Party?
        if let x = find("下设的", in: r) {
            if let m = entity(r.lowerBound, x), m.end == x { parent = register(m, loc) }
            start = x + 3
        }
        guard start < r.upperBound, let m = entity(start, r.upperBound), m.end == r.upperBound else { return nil }
        let unit = register(m, loc)
        if let parent {
            structure.append(
                StructureFact(
                    kind: .parent, unit: unit, other: parent, location: loc, rule: .postParent,
                    sentence: t.text(r)))
        }
        return unit
    }

    static func postKind(in w: Word) -> String? {
        let s = String(w)
        for (noun, kind) in MinutesLexicon.postNouns where s.hasSuffix(noun) { return kind }
        return nil
    }

    /// `N个{post noun}` in a range.
    func postCounts(_ r: Range<Int>) -> [(n: Int, noun: String, kind: String, start: Int, end: Int)] {
        var out: [(Int, String, String, Int, Int)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if c[i] == "个", i > r.lowerBound {
                var s = i
                while s > r.lowerBound, c[s - 1].isASCII && c[s - 1].isNumber || Self.numerals.contains(c[s - 1]) {
                    s -= 1
                }
                if s < i, let (n, e) = number(s, i), e == i {
                    for (noun, kind) in MinutesLexicon.postNouns where at(i + 1, noun, r.upperBound) {
                        out.append((n, noun, kind, s, i + 1 + noun.count))
                        break
                    }
                }
            }
            i += 1
        }
        return out
    }
}
