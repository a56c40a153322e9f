/// The block stage: each sentence of a point or paragraph read in turn, with the lead-in mode, the point's lead, statements and requirements without a subject.
extension MinutesReader {
    // MARK: - Blocks

    func readBlock(_ b: Block) {
        var mode = b.mode
        let addressees = b.addressees.map { register($0, location(b, $0.start)) }
        var pointLead: [Party]?
        var heading: Int?  // index into assignments of a heading assignment collecting details
        var post: Party?  // the post structure sentences of this block speak of
        for (k, s0) in b.sentences.enumerated() {
            // 会议原则同意《关于成立…的通知》…提交…审议: the structure's approval, read beside the sentence's task.
            if approval == nil, let found = ApprovalReader.approval(Array(c[s0])) {
                approval = DecisionApproval(
                    status: .approvedInPrinciple, pending: found.pending,
                    location: location(b, s0.lowerBound + found.at),
                    sentence: t.text(s0))
            }
            var s = s0
            // A sentence may open with its own lead-in (会议强调，…).
            if let p = speakerLeadIn(s) ?? innerSpeakerLeadIn(s) {
                mode = .directive
                s = p..<s.upperBound
                pointLead = nil
                heading = nil
            } else if match(s.lowerBound, Self.stated, s.upperBound) != nil {
                mode = .stated
                pointLead = nil
                heading = nil
            }
            if s.isEmpty { continue }
            // 上述工作由X牵头负责: X leads the tasks of this point that have no lead yet.
            if let leads = aboveWork(s) {
                let open = assignments.indices.filter { sameBlock(assignments[$0], b) && assignments[$0].lead.isEmpty }
                if !open.isEmpty {
                    let parties = leads.map { register($0, location(b, $0.start)) }
                    for i in open {
                        assignments[i].lead = parties
                        assignments[i].rule = .aboveWork
                    }
                    pointLead = parties
                    heading = nil
                    continue
                }
            }
            if readStructure(s, b, post: &post) { continue }
            // A statement (市委、市政府高度重视…, X汇报了…, X参加会议): no task, and no subject to pass on.
            if isStatement(s) {
                pointLead = nil
                heading = nil
                continue
            }
            let drafts = readSentence(s, b, mode: mode)
            if !drafts.isEmpty {
                for d in drafts { add(d, b, sentence: s) }
                if let last = drafts.last { pointLead = last.lead }
                heading = nil
                continue
            }
            // No subject of its own.
            let body = trimPrefixes(s)
            if body.isEmpty { continue }
            if clauses(body).allSatisfy({ isReporting($0) }), let last = assignments.indices.last,
                sameBlock(assignments[last], b)
            {
                var extra = Draft(lead: [], rule: .reportingClause, start: body.lowerBound)
                extra.reporting = [body]
                applyAttributes(extra, to: last)
                continue
            }
            // Under a point's title, sentences that open with 要 / 必须 are requirements of their own when there are
            // several (一要加快违建拆除。要对曝光违建问题立即整治。要加快…); one such sentence, or any other, details the
            // title.
            if let h = heading, !(opensWithModal(s) && b.sentences.dropFirst().filter(opensWithModal).count >= 2) {
                var detail = Draft(lead: [], rule: .heading, start: body.lowerBound)
                detail.pieces = [body]
                applyAttributes(detail, to: h)
                continue
            }
            // A subjectless sentence continues the lead before it only inside a point (一是…, （一）…); in a plain
            // paragraph it is a requirement of its own (X要…。要…).
            let inherited: [Party]? = (b.point != nil ? pointLead : nil) ?? (addressees.isEmpty ? nil : addressees)
            let isFirst = k == 0
            // A title ends with 。 (a short first sentence ended by ； is a task of a list: 做好A；做好B).
            let endsWithFullStop = s0.upperBound < c.count && c[s0.upperBound] == "。"
            if isFirst, b.point != nil, b.sentences.count > 1, isHeadingLike(body), endsWithFullStop {
                // A title; when a later sentence of the point names its own lead, the title is only a title.
                if b.sentences[1...].contains(where: { hasSubject($0) && aboveWork($0) == nil }) { continue }
                let d = Draft(lead: inherited ?? [], pieces: [body], rule: .heading, start: body.lowerBound)
                add(d, b, sentence: s, keepWhole: true)
                heading = assignments.count - 1
                continue
            }
            if let lead = inherited {
                let rule: ExtractionRuleID = pointLead != nil && b.point != nil ? .continuation : .addressee
                for d in splitDrafts(lead, clauses(body), rule: rule) { add(d, b, sentence: s) }
                continue
            }
            if mode != .directive, opensWithModal(s) {
                // 会议指出，…。要按照…: a sentence that opens with 要 / 必须 is a requirement, whoever speaks.
                for d in splitDrafts([], clauses(body), rule: .ownerless) {
                    add(d, b, sentence: s, keepWhole: true)
                }
                continue
            }
            if mode == .stated, let rest = approvalFollowUp(s) {
                // 会议原则同意…，按会议精神修改完善后印发: what is to be done next, by nobody named.
                for d in splitDrafts([], clauses(rest), rule: .ownerless) {
                    add(d, b, sentence: s, keepWhole: true)
                }
                continue
            }
            if mode == .directive {
                for d in splitDrafts([], clauses(body), rule: .ownerless) {
                    add(d, b, sentence: s, keepWhole: d.rule == .ownerless)
                }
            }
        }
    }

    /// Whether a verb of stating follows at `q`, after an optional 同志 / 负责同志 / 负责人.
    func statementFollows(_ q: Int, _ e: Int) -> Bool {
        var k = q
        for w in ["主要负责同志", "负责同志", "同志", "主要负责人", "有关负责人", "相关负责人", "负责人"] where at(k, w, e) {
            k += w.count
            break
        }
        return match(k, Self.statementVerbs, e) != nil
    }

    /// Whether a sentence opens with 要, 必须, 务必, 需要 (after 同时, 还, 并), or with a 强调 / 要求 that a
    /// statement's subject makes (会议肯定了…，强调要…).
    func opensWithModal(_ s: Range<Int>) -> Bool {
        var p = s.lowerBound
        // 会议指出，要…: the requirement after a stating lead-in.
        if let w = match(p, Self.stated, s.upperBound), p + w.count < s.upperBound, c[p + w.count] == "，" {
            p += w.count + 1
        }
        for w in ["同时", "此外", "另外", "还", "并", "都", "也"] where at(p, w, s.upperBound) {
            p += w.count
            break
        }
        if ["必须", "务必", "需要", "要"].contains(where: { at(p, $0, s.upperBound) }) {
            return leadWord(at: p, s.upperBound) != nil
        }
        return false
    }

    /// `会议原则同意X，修改完善后印发`: the clauses after an approval that say what is to be done with it, or nil.
    func approvalFollowUp(_ s: Range<Int>) -> Range<Int>? {
        let cls = clauses(s)
        guard cls.count >= 2, let w = match(cls[0].lowerBound, Self.stated, cls[0].upperBound),
            ["同意", "通过"].contains(where: { String(w).hasSuffix($0) })
        else { return nil }
        let rest = cls[1].lowerBound..<s.upperBound
        let actions = ["修改完善", "印发", "组织实施", "实施", "提交", "报请", "上报", "执行", "落实", "发布", "报送"]
        guard actions.contains(where: { find($0, in: rest) != nil }) else { return nil }
        return rest
    }

    /// A sentence whose first clause is a name followed by a verb of stating, attending or reporting back.
    func isStatement(_ s: Range<Int>) -> Bool {
        // 现纪要如下, 会议议定事项如下: a frame for what follows.
        if s.count >= 2, at(s.upperBound - 2, "如下", s.upperBound) { return true }
        // （记者 某某）: a byline.
        if let f = s.first, let l = s.last, Self.opening.contains(c[f]), Self.closing.contains(c[l]) { return true }
        guard let cl = clauses(s).first else { return false }
        // X是Y (思想是行动的先导): a statement, unless it also says what must be done.
        if let k = find("是", in: cl), k > cl.lowerBound, !"一二三四五六七八九十但还更就总也即于".contains(c[k - 1]),
            !at(k, "是否", cl.upperBound),
            !(cl.lowerBound..<k).contains(where: { leadWord(at: $0, cl.upperBound) != nil })
        {
            return true
        }
        var p = cl.lowerBound
        p = afterPrefixes(p, cl.upperBound)
        guard let (_, q) = entityList(p, cl.upperBound) else { return false }
        return statementFollows(q, cl.upperBound)
    }

    /// Drafts of a sentence without a subject: one with the given lead, and one more for each clause that sets a
    /// reporting task of its own (`split-report`, `hearing`).
    func splitDrafts(_ lead: [Party], _ clauses: [Range<Int>], rule: ExtractionRuleID) -> [Draft] {
        guard let first = clauses.first else { return [] }
        var drafts = [Draft(lead: lead, rule: rule, start: first.lowerBound)]
        for cl in clauses {
            if !drafts[drafts.count - 1].pieces.isEmpty, let split = splitReport(cl) {
                var d = Draft(
                    lead: split.ownerless ? [] : lead, rule: split.ownerless ? .hearing : .splitReport,
                    start: cl.lowerBound)
                d.pieces = [cl]
                drafts.append(d)
            } else {
                drafts[drafts.count - 1].pieces.append(cl)
            }
        }
        return drafts
    }

    func sameBlock(_ a: Assignment, _ b: Block) -> Bool { a.location.item == b.item && a.location.point == b.point }

    /// A short title: no comma, at most 16 characters.
    func isHeadingLike(_ r: Range<Int>) -> Bool {
        r.count <= 16 && !r.contains(where: { Self.clauseEnds.contains(c[$0]) })
    }

    /// Whether a sentence names a lead of its own.
    func hasSubject(_ s: Range<Int>) -> Bool {
        for cl in clauses(s) {
            var p = cl.lowerBound
            p = afterPrefixes(p, cl.upperBound)
            if at(p, "请", cl.upperBound) || at(p, "由", cl.upperBound) { p += 1 }
            if let (_, q) = entityList(p, cl.upperBound), q < cl.upperBound || q == cl.upperBound { return true }
        }
        return false
    }

    func trimPrefixes(_ r: Range<Int>) -> Range<Int> {
        var p = r.lowerBound
        while true {
            if afterPrefixes(p, r.upperBound) > p {
                p = afterPrefixes(p, r.upperBound)
            } else if p < r.upperBound, c[p] == "，" {
                p += 1
            } else {
                break
            }
        }
        return p..<r.upperBound
    }
}
