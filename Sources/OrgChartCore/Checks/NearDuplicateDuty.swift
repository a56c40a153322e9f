/// Two duties that give the same work in different words.
enum NearDuplicateDuty: CheckRule {
    static let id = "near-duplicate-duty"
    static let defaultSeverity = Severity.info
    static let summary = Message(
        en: "two duties whose names say much the same work in different words (e.g. 防贫预警…动态监测 twice)",
        zh: "两项职责名称用不同说法布置了基本相同的工作(如两处都布置防贫预警、动态监测)")
    static let description = Message(
        en: """
            Compares duty names by their character pairs (bigrams), after dropping punctuation and the words every \
            task uses (工作, 加强, 推进, 落实, 进一步, 机制, …). A pair the two names share counts 1 when only these \
            two duties of the model use it and less when more do (1/(n−1) for n duties: 农田灌溉 in every task of one \
            meeting is its topic, not a repetition). The similarity is that sum over the shorter name's pairs; the \
            check reports a pair of duties at similarity 0.40 or more sharing the weight of at least 3 pairs, and \
            names the words they share. Duties with the same `source` are parts of one passage, split on purpose, \
            and are not compared; names equal after normalising are `duplicate-duty`'s. Measured on the seed, the \
            three modelled notices and the drafts `extract` makes of the 18 real minutes and 30 real notices in \
            `seeds/`: it reports 3 pairs, all the same work (the seed's 防贫预警 and 易地扶贫搬迁就业 pairs, and a \
            draft's 迎宾道路周边违建); the closest pair it leaves (0.38) shares only a meeting's topic. The \
            finding is on the later duty. Models with many duties compare only pairs that share a word pair used by \
            at most 16 duties, so the check stays linear.
            """,
        zh: """
            按字符二元组比较职责名称:先去掉标点和各项任务都会用的词(工作、加强、推进、落实、进一步、机制等)。\
            两个名称共有的一个二元组,若模型中只有这两项职责使用,计 1;使用的职责越多,计得越少\
            (n 项职责共用计 1/(n−1):一次会议每项任务都提到的“农田灌溉”是会议主题,不是重复)。相似度为这些\
            计分之和除以较短名称的二元组数;相似度不低于 0.40 且共有计分不少于 3 的两项职责即报告,并列出二者\
            共有的词。`source` 相同的职责是同一段原文有意拆分的部分,不比较;规范化后名称相同的由 \
            `duplicate-duty` 报告。在种子模型、三份已建模通知以及 `extract` 对 `seeds/` 中 18 份真实纪要和 \
            30 份真实通知生成的草稿上测得:报告 3 对,均为同一工作(种子中的防贫预警、易地扶贫搬迁就业两对,以及\
            一份草稿中的迎宾道路周边违建);未报告的最接近的一对(0.38)只是共有会议主题。提示标在后出现的职责上。\
            职责很多的模型只比较共有某个二元组(使用它的职责不超过 16 项)的职责对,检查保持线性。
            """)
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: office, name: 区扶贫办, kind: bureau}
              - {id: all, name: 全区各级各部门, kind: collective}
            duties:
              - {id: relapse, name: 建立健全防贫预警机制，对易致贫户加强预防和动态监测, lead: all, source: minutes#一.一}
              - {id: warning, name: 加强防贫预警机制的动态跟踪和监测, lead: office, source: minutes#一.四}
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units: [{id: office, name: 区扶贫办, kind: bureau}]
            duties:
              - {id: warning, name: 加强防贫预警机制的动态跟踪和监测, lead: office, source: minutes#一.四}
              - {id: survey, name: 持续开展劳动力转移就业调查工作, lead: office, source: minutes#一.五}
              - {id: coordinate, name: 督促指导灾区易于发生次生灾害的设施采取紧急处置措施, lead: office, source: plan#4.6.12}
              - {id: act, name: 对灾区易于发生次生灾害的设施采取紧急处置措施, lead: office, source: plan#4.6.12}
            """)
    ]

    /// The least similarity reported.
    static let threshold = 0.40
    /// The least weight of shared pairs reported.
    static let minimumShared = 3.0
    /// Pairs used by more duties than this do not make two duties candidates (they still count in the score).
    static let candidateCap = 16

    /// Words every task uses: they say nothing about which work it is.
    static let commonWords = PhraseMatcher([
        "进一步", "高度重视", "工作", "加强", "推进", "加快", "确保", "落实", "完成", "做好", "各项", "全面", "积极", "持续", "认真",
        "切实", "抓好", "深入", "扎实", "充分", "严格", "强化", "推动", "健全", "建立", "完善", "提高", "提升", "实现", "明确",
        "开展", "组织", "相关", "有关", "重点", "情况", "问题", "任务", "要求", "按照", "进行", "责任", "机制", "加大", "力度",
        "不断", "继续", "努力", "主动", "及时", "尽快", "全力", "以及", "的", "和", "与", "及", "等", "对",
    ])

    /// A name as scalar values, with punctuation, spaces and common words turned into separators (0), digit runs
    /// into one `#` and ASCII letters lowercased.
    static func letters(_ name: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(name.unicodeScalars.count)
        for s in name.unicodeScalars {
            let v = s.value
            if (0x4E00...0x9FFF).contains(v) || (0x61...0x7A).contains(v) {
                out.append(v)
            } else if (0x41...0x5A).contains(v) {
                out.append(v + 0x20)
            } else if DutyTiming.isDigit(v) {
                if out.last != 0x23 { out.append(0x23) }
            } else if s.properties.isAlphabetic {
                out.append(v)
            } else {
                out.append(0)
            }
        }
        var i = 0
        while i < out.count {
            if let p = commonWords.match(at: i, in: out) {
                let n = commonWords.phrases[p].count
                for k in i..<i + n { out[k] = 0 }
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    /// The character pairs of a name's letters, sorted, each once.
    static func pairs(_ letters: [UInt32]) -> [UInt64] {
        var out: [UInt64] = []
        for i in letters.indices.dropLast() where letters[i] != 0 && letters[i + 1] != 0 {
            out.append(UInt64(letters[i]) << 32 | UInt64(letters[i + 1]))
        }
        out.sort()
        var n = 0
        for k in out.indices where n == 0 || out[n - 1] != out[k] {
            out[n] = out[k]
            n += 1
        }
        out.removeLast(out.count - n)
        return out
    }

    static func run(_ ctx: CheckContext) -> [Finding] {
        let duties = ctx.model.duties
        guard duties.count > 1 else { return [] }
        // Every duty's pairs in one array, with where each duty's start.
        var flat: [UInt64] = []
        var start = [Int](repeating: 0, count: duties.count + 1)
        for i in duties.indices {
            start[i] = flat.count
            flat.append(contentsOf: pairs(letters(duties[i].name)))
        }
        start[duties.count] = flat.count
        var uses: [UInt64: Int32] = [:]
        uses.reserveCapacity(flat.count)
        for p in flat { uses[p, default: 0] += 1 }
        // Candidates: pairs of duties that share a word pair few duties use.
        var holders: [UInt64: [Int32]] = [:]
        for i in duties.indices {
            for k in start[i]..<start[i + 1] {
                let n = uses[flat[k]]!
                if n >= 2 && n <= candidateCap { holders[flat[k], default: []].append(Int32(i)) }
            }
        }
        var candidates = Set<UInt64>()
        for list in holders.values {
            for a in list.indices {
                for b in list.index(after: a)..<list.endIndex {
                    candidates.insert(UInt64(UInt32(list[a])) << 32 | UInt64(UInt32(list[b])))
                }
            }
        }
        var out: [Finding] = []
        for key in candidates.sorted() {
            let (a, b) = (Int(key >> 32), Int(key & 0xFFFF_FFFF))
            let (da, db) = (duties[a], duties[b])
            if let s = da.source, s == db.source { continue }
            if DuplicateDuty.normalisedHash(da.name) == DuplicateDuty.normalisedHash(db.name)
                && DuplicateDuty.normalise(da.name) == DuplicateDuty.normalise(db.name)
            {
                continue
            }
            let pa = flat[start[a]..<start[a + 1]]
            let pb = flat[start[b]..<start[b + 1]]
            var shared: Set<UInt64> = []
            var weight = 0.0
            var i = pa.startIndex
            var j = pb.startIndex
            while i < pa.endIndex && j < pb.endIndex {
                if pa[i] == pb[j] {
                    shared.insert(pa[i])
                    weight += 1 / Double(uses[pa[i]]! - 1)
                    i += 1
                    j += 1
                } else if pa[i] < pb[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            let similarity = weight / Double(min(pa.count, pb.count))
            guard weight >= minimumShared && similarity >= threshold else { continue }
            let words = sharedWords(db.name, shared).joined(separator: "、")
            let similar = decimal(similarity)
            out.append(
                ctx.finding(
                    self, subject: db.id, at: db.keyMarks["name"] ?? db.mark,
                    en: """
                        duty “\(db.name)” may be the same work as `\(da.id)` at line \(da.mark.line) in other words \
                        (similarity \(similar); both say \(words))
                        """,
                    zh: "职责“\(db.name)”与第 \(da.mark.line) 行的 `\(da.id)` 可能是同一项工作的不同说法(相似度 \(similar),都提到\(words))"
                ))
        }
        return out
    }

    /// The runs of a name made of shared pairs, in the name's order, each once: 防贫预警, 动态, 监测.
    static func sharedWords(_ name: String, _ shared: Set<UInt64>) -> [String] {
        let l = letters(name)
        let raw = Array(name.unicodeScalars)
        // Where each of `letters`' characters comes from: one scalar, or a run of digits folded into `#`.
        var spans: [Range<Int>] = []
        for (k, s) in raw.enumerated() {
            if DutyTiming.isDigit(s.value), let last = spans.last, last.upperBound == k,
                DutyTiming.isDigit(raw[last.lowerBound].value)
            {
                spans[spans.count - 1] = last.lowerBound..<k + 1
            } else {
                spans.append(k..<k + 1)
            }
        }
        func pair(_ i: Int) -> Bool {
            l[i] != 0 && l[i + 1] != 0 && shared.contains(UInt64(l[i]) << 32 | UInt64(l[i + 1]))
        }
        var words: [String] = []
        var i = 0
        while i < l.count - 1 {
            guard pair(i) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < l.count - 1 && pair(j) { j += 1 }
            var word = String.UnicodeScalarView()
            for k in spans[i].lowerBound..<spans[j].upperBound { word.append(raw[k]) }
            let w = String(word)
            if !words.contains(w) { words.append(w) }
            i = j + 1
        }
        return words
    }

    /// A similarity in [0, 1] with two decimals: 0.64.
    static func decimal(_ x: Double) -> String {
        let n = Int((min(max(x, 0), 1) * 100).rounded())
        return "\(n / 100)." + (n % 100 < 10 ? "0" : "") + "\(n % 100)"
    }
}
