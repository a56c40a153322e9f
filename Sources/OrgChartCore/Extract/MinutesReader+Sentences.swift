/// The rule stage: the clauses of a sentence with a subject, read with the assignment rules of `ExtractionRules`.
extension MinutesReader {
    // MARK: - A sentence with subjects

    /// The assignments a sentence gives, reading clause by clause.
    func readSentence(_ s: Range<Int>, _ b: Block, mode: Mode = .none) -> [Draft] {
        var drafts: [Draft] = []
        var pending: [Range<Int>] = []
        var pendingAssist: [Party] = []
        let loc = location(b, s.lowerBound)
        for cl in clauses(s) {
            var p = cl.lowerBound
            let e = cl.upperBound
            if drafts.isEmpty, at(p, "会议", e) { continue }
            p = afterPrefixes(p, e)
            var please = false
            var by = false
            if at(p, "由", e) {
                by = true
                p += 1
            } else if let w = match(p, Self.leadTriggers, e) {
                please = true
                p += w.count
            } else if entityList(p, e) == nil, let k = innerTrigger(p, e) {
                // 该项工作要求规划设计单位于3月7日前提交…: the trigger after a short topic.
                please = true
                p = k
            } else if entityList(p, e) == nil, byLeadAtEnd(p, e) == nil, let k = topicThenBy(p, e) {
                // 维护费用由中烟施伟策公司按照实际发生及时支付: the task's object, then 由 and its lead.
                by = true
                p = k
            }
            if !please, !by, let (_, q0) = entityList(p, e), statementFollows(q0, e) {
                // X参加会议, X汇报了…: no task in this clause.
                continue
            }
            if let (list, end) = entityList(p, e), !(end == e && !please && !by && !isAssistWord(end, e)) {
                var q = end
                let parties = list.map { register($0, loc) }
                // 分别: each named party takes its own share of the task (split below).
                let separately = list.count > 1 && at(q, "分别", e)
                if separately { q += 2 }
                if let r = assistWord(q, e) {
                    if let (leads, after) = entityList(r, e) {
                        var d = Draft(lead: leads.map { register($0, loc) }, rule: .assistFirst, start: p)
                        d.assist = parties
                        if after < e { d.pieces.append(after..<e) }
                        drafts.append(d)
                    } else if !drafts.isEmpty {
                        drafts[drafts.count - 1].assist += parties
                        drafts[drafts.count - 1].trace.append(.assistClause)
                    } else {
                        pendingAssist += parties
                    }
                    continue
                }
                var d = Draft(lead: parties, rule: please ? .please : .subject, start: p)
                if list.contains(where: \.byTitle) { d.trace.append(.leadByTitle) }
                if separately { d.trace.append(.separately) }
                var taskStart = q
                if at(q, "牵头负责", e) || at(q, "负责牵头", e) {
                    d.rule = .leadQiantouFuze
                    taskStart = q + 4
                } else if at(q, "牵头", e) {
                    d.rule = .leadQiantou
                    taskStart = q + 2
                } else if at(q, "牵", e), let (assists, after) = entityList(q + 1, e) {
                    d.rule = .personQian
                    d.assist = assists.map { register($0, loc) }
                    taskStart = after
                } else if at(q, "会同", e), let (assists, after) = entityList(q + 2, e) {
                    d.rule = .leadHuitong
                    d.assist = assists.map { register($0, loc) }
                    taskStart = after
                } else if at(q, "负责", e), leadWord(at: q, e) != nil {
                    d.rule = .leadFuze
                    taskStart = q + 2
                } else if let w = leadWord(at: q, e) {
                    d.rule = .subjectMust
                    taskStart = q + w.count
                    // X要会同Y…, X要联合Y…: Y assists.
                    for v in ["会同", "联合", "协调"] where at(taskStart, v, e) {
                        if let (assists, after) = entityList(taskStart + v.count, e) {
                            d.assist = assists.map { register($0, loc) }
                            d.trace.append(.assistClause)
                            taskStart = after
                        }
                        break
                    }
                } else if at(q, "担任", e) {
                    continue
                } else if !please && !by && (mode == .none || !subjectMayLead(q, e, directive: mode == .directive)) {
                    // A name with no lead word after it leads nothing (市委、市政府高度重视…, 与市规划局…),
                    // except in a requirement, where X进一步加大… or X于3月底前完成… is a task.
                    if !drafts.isEmpty {
                        drafts[drafts.count - 1].pieces.append(p..<e)
                    } else {
                        pending.append(p..<e)
                    }
                    continue
                }
                d.assist = pendingAssist + d.assist
                pendingAssist = []
                if taskStart < e { d.pieces.append(taskStart..<e) }
                // …，由X负责: the task came first.
                if by, taskStart == e, !pending.isEmpty,
                    [.leadFuze, .leadQiantou, .leadQiantouFuze].contains(d.rule)
                {
                    d.rule = .taskThenLead
                    d.pieces = pending
                }
                drafts.append(d)
                pending = []
                continue
            }
            // …由X负责 at the end of a clause: the task came first.
            if let (taskEnd, leads) = byLeadAtEnd(p, e) {
                var d = Draft(lead: leads.map { register($0, loc) }, rule: .taskThenLead, start: p)
                if leads.contains(where: \.byTitle) { d.trace.append(.leadByTitle) }
                d.pieces = pending + (taskEnd > p ? [p..<taskEnd] : [])
                d.assist = pendingAssist
                pendingAssist = []
                pending = []
                drafts.append(d)
                continue
            }
            if isReporting(p..<e) {
                if !drafts.isEmpty { drafts[drafts.count - 1].reporting.append(p..<e) }
                continue
            }
            if let last = drafts.last, let split = splitReport(p..<e) {
                var d = Draft(
                    lead: split.ownerless ? [] : last.lead, rule: split.ownerless ? .hearing : .splitReport,
                    start: p)
                d.pieces = [p..<e]
                drafts.append(d)
                continue
            }
            if !drafts.isEmpty {
                drafts[drafts.count - 1].pieces.append(p..<e)
            } else {
                pending.append(p..<e)
            }
        }
        return drafts.flatMap { separate($0) }
    }

    /// Whether the text after a subject with no lead word reads as a task in a requirement: an adverb or verb of
    /// doing (进一步, 加快, 抓紧), a deadline, or a frame (按照…, 根据…), never a verb of stating.
    func subjectMayLead(_ q: Int, _ e: Int, directive: Bool) -> Bool {
        guard q < e else { return false }
        if match(q, Self.statementVerbs, e) != nil { return false }
        if deadline(at: q, e) != nil { return true }
        if match(q, Self.frames, e) != nil { return true }
        if ["将", "把", "进一步", "抓紧", "尽快", "立即", "及时"].contains(where: { at(q, $0, e) }) { return true }
        // Outside a requirement only a task's own opening counts (X按照会议意见修改完善后…); in one, any word that
        // may follow a name (X进一步加大…, X对…进行…).
        return directive && (match(q, Self.taskStarts, e) != nil || match(q, Self.followers, e) != nil && !isPunct(q))
    }

    /// `该项工作要求X…` / `对此责成X…`: where the name after a 要求 / 责成 within a clause's first words starts, when a
    /// name follows it and then a lead word or a deadline.
    func innerTrigger(_ p: Int, _ e: Int) -> Int? {
        var i = p + 1
        while i < min(e, p + 10) {
            for w in ["要求", "责成"] where at(i, w, e) {
                if let (_, q) = entityList(i + w.count, e), leadWord(at: q, e) != nil || deadline(in: q..<e) != nil {
                    return i + w.count
                }
            }
            i += 1
        }
        return nil
    }

    /// `维护费用由X…`: where the name after a 由 within a clause's first words starts, when a name follows it.
    func topicThenBy(_ p: Int, _ e: Int) -> Int? {
        var i = p + 1
        while i < min(e, p + 10), Self.isHan(c[i]) {
            if c[i] == "由", !at(i, "由于", e), entityList(i + 1, e) != nil { return i + 1 }
            i += 1
        }
        return nil
    }

    /// A draft whose leads act 分别 (each on its own): one draft per lead. When the task names as many parts, joined
    /// by 和、及与, as there are leads, each lead takes its part in order; otherwise each takes the whole task. Later
    /// clauses (a deadline, a report) apply to every share.
    func separate(_ d: Draft) -> [Draft] {
        guard d.trace.contains(.separately), d.lead.count > 1, let first = d.pieces.first else { return [d] }
        var parts: [Range<Int>] = []
        var start = first.lowerBound
        for i in first where c[i] == "和" || c[i] == "、" || c[i] == "及" || c[i] == "与" {
            if i > start { parts.append(start..<i) }
            start = i + 1
        }
        if first.upperBound > start { parts.append(start..<first.upperBound) }
        return d.lead.enumerated().map { k, lead in
            var share = d
            share.lead = [lead]
            share.pieces = [parts.count == d.lead.count ? parts[k] : first] + d.pieces.dropFirst()
            return share
        }
    }

    /// A sentence that gives a lead to the tasks before it (上述工作由X牵头负责): the leads, or nil.
    func aboveWork(_ s: Range<Int>) -> [Mention]? {
        var p = s.lowerBound
        p = afterPrefixes(p, s.upperBound)
        guard let w = match(p, Self.aboveWords, s.upperBound) else { return nil }
        p += w.count
        if p < s.upperBound, c[p] == "，" { p += 1 }
        // 由X牵头负责 right there, ending the sentence.
        guard let (by, leads) = byLeadAtEnd(p, s.upperBound), by == p else { return nil }
        return leads
    }

    func assistWord(_ q: Int, _ e: Int) -> Int? {
        for w in ["密切配合", "积极配合", "全力配合", "共同配合", "配合", "协助", "协同", "参与", "协办"] where at(q, w, e) {
            return q + w.count
        }
        return nil
    }

    func isAssistWord(_ q: Int, _ e: Int) -> Bool { assistWord(q, e) != nil }

    /// `…由X负责|牵头[负责]` ending a clause: where the task ends and who leads.
    func byLeadAtEnd(_ p: Int, _ e: Int) -> (Int, [Mention])? {
        var i = p
        while i < e {
            if c[i] == "由", let (list, q) = entityList(i + 1, e) {
                for w in ["牵头负责", "负责牵头", "牵头", "负责"] where at(q, w, e) && q + w.count == e {
                    return (i, list)
                }
            }
            i += 1
        }
        return nil
    }

    /// A clause that only says how work is reported: a report verb with a cadence or a target.
    func isReporting(_ r: Range<Int>) -> Bool {
        let e = r.upperBound
        let p = skipTimeWords(r.lowerBound, e)
        // 每月向区人民政府上报… / 每周通报… / 每周报告…
        if at(p, "向", e), let (_, rule) = reportTarget(p..<e), rule == .reportTo { return true }
        if match(p, Self.longReportVerbs, e) != nil { return true }
        // [3月底前]报区人民政府审定 / 提交X审议: a submission clause.
        if let (m, rule) = reportTarget(p..<e), rule == .submitTo {
            return ["提交", "上报", "报送", "报请", "报"].contains { at(p, $0, e) && p + $0.count == m.start }
        }
        return false
    }

    /// Skips words of time and rhythm that open a clause (每月, 定期, 年内, 3月底前, 及时).
    func skipTimeWords(_ start: Int, _ e: Int) -> Int {
        var p = start
        while p < e {
            if let (w, _) = Self.cadenceWords.first(where: { at(p, $0.0, e) }) {
                p += w.count
            } else if let w = ["年内", "近期", "及时", "按时", "每次", "并"].first(where: { at(p, $0, e) }) {
                p += w.count
            } else if let d = deadline(at: p, e) {
                p = d.range.upperBound
            } else {
                break
            }
        }
        return p
    }

    /// A clause opened by a rhythm that sets a reporting task of its own (定期形成督查报告报研, 年内定期听取…汇报):
    /// nil, or whether the one who does it is left unnamed (听取: who hears the reports is not said).
    func splitReport(_ r: Range<Int>) -> (ownerless: Bool, Void)? {
        let e = r.upperBound
        let p = skipTimeWords(r.lowerBound, e)
        guard p > r.lowerBound, p < e, !isReporting(r) else { return nil }
        guard ["报告", "汇报", "报研"].contains(where: { find($0, in: p..<e) != nil }) else { return nil }
        return (at(p, "听取", e), ())
    }

    /// `向X上报` or `提交X审议`: the report target in a range.
    func reportTarget(_ r: Range<Int>) -> (Mention, ExtractionRuleID)? {
        var i = r.lowerBound
        while i < r.upperBound {
            if c[i] == "向", let m = entity(i + 1, r.upperBound), match(m.end, Self.reportVerbs, r.upperBound) != nil {
                return (m, .reportTo)
            }
            for w in ["提交", "上报", "报送", "报请", "报"] where at(i, w, r.upperBound) {
                if let m = entity(i + w.count, r.upperBound), match(m.end, Self.reviewVerbs, r.upperBound) != nil {
                    return (m, .submitTo)
                }
            }
            i += 1
        }
        return nil
    }
}
