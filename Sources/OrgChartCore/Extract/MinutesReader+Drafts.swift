/// The draft stage: drafts become assignments (task text trimmed, deadline, cadence and report target read).
extension MinutesReader {
    // MARK: - From drafts to assignments

    /// Adds deadline, cadence and report target found in a draft's ranges to an existing assignment.
    func applyAttributes(_ d: Draft, to index: Int) {
        var a = assignments[index]
        for r in d.pieces where a.due == nil {
            if let dl = deadline(in: r), let day = dl.day { a.due = day }
        }
        for r in d.pieces + d.reporting where a.cadence == nil {
            if let (cad, _) = cadence(in: r) { a.cadence = cad }
        }
        for r in d.pieces + d.reporting where a.reportTo == nil {
            if let (m, _) = reportTarget(r) { a.reportTo = register(m, a.location) }
        }
        assignments[index] = a
    }

    /// Turns a draft into an assignment: trims the task, reads deadline, cadence and report target.
    func add(_ d: Draft, _ b: Block, sentence s: Range<Int>, keepWhole: Bool = false) {
        let loc = location(b, d.start)
        var pieces = d.pieces.map { trimPrefixes($0) }.filter { !$0.isEmpty }
        var reporting = d.reporting
        // Reporting clauses inside the task pieces.
        if !keepWhole {
            var kept: [Range<Int>] = []
            for p in pieces {
                if isReporting(p), !kept.isEmpty || pieces.count > 1 { reporting.append(p) } else { kept.append(p) }
            }
            pieces = kept
            // Frame clauses (根据…, 按照…, 以…为契机) when the task goes on after them.
            while pieces.count > 1, isFrame(pieces[0]) { pieces.removeFirst() }
        }
        var trace = d.trace
        var due: Day?
        var cuts: [Range<Int>] = []
        let leadClause = d.start..<max(d.start, pieces.first?.lowerBound ?? d.start)
        for r in [leadClause] + pieces {
            if let dl = deadline(in: r) {
                if due == nil, let day = dl.day {
                    due = day
                    trace.append(dl.rule)
                }
                if r != leadClause { cuts.append(dl.range) }
            }
        }
        if due == nil {
            for r in reporting {
                if let dl = deadline(in: r), let day = dl.day {
                    due = day
                    trace.append(dl.rule)
                    break
                }
            }
        }
        // Pieces that were only a deadline (5月20日前完成) say nothing more about the task.
        pieces = pieces.filter { p in
            let rest = taskText([p], cuts: cuts)
            // 年底前完成评审: a deadline clause whose verb only finishes the task already named.
            if p != pieces.first, cuts.contains(where: { p.contains($0.lowerBound) }), rest.hasPrefix("完成"),
                rest.count <= 4
            {
                return false
            }
            return !["", "完成", "全部完成", "完成任务", "办结", "前完成"].contains(rest)
        }
        var cadence: Cadence?
        for r in pieces + reporting where cadence == nil {
            if let (cad, _) = self.cadence(in: r) {
                cadence = cad
                trace.append(.cadence)
            }
        }
        var reportTo: Party?
        for r in pieces + reporting where reportTo == nil {
            if let (m, rule) = reportTarget(r) {
                reportTo = register(m, loc)
                trace.append(rule)
            }
        }
        if !reporting.isEmpty { trace.append(.reportingClause) }
        var task = taskText(pieces, cuts: cuts)
        if task.isEmpty, d.rule != .heading {
            // Nothing but a reporting clause: keep it as the task.
            task = taskText(reporting, cuts: [])
        }
        if task.isEmpty { return }
        assignments.append(
            Assignment(
                lead: d.lead, assist: d.assist.filter { a in !d.lead.contains { $0.id == a.id } }, task: task,
                due: due, cadence: cadence, reportTo: reportTo, location: loc, rule: d.rule,
                sentence: t.text(s), dutyID: ""))
        if !trace.isEmpty { traces[assignments.count - 1] = trace }
    }

    func isFrame(_ r: Range<Int>) -> Bool {
        if match(r.lowerBound, Self.frames, r.upperBound) != nil { return true }
        if at(r.lowerBound, "以", r.upperBound) {
            for w in ["为契机", "为抓手", "为引领", "为重点", "为主线", "为目标"] {
                if let i = find(w, in: r), i + w.count == r.upperBound { return true }
            }
        }
        return false
    }

    /// The original text of the pieces, each joined to the next by the punctuation that stood between them.
    func taskText(_ pieces: [Range<Int>], cuts: [Range<Int>]) -> String {
        var out = ""
        for (k, p) in pieces.enumerated() {
            if k > 0 {
                let sep = pieces[k - 1].upperBound
                out += sep < t.original.count && isPunct(sep) && c[sep] != "\n" ? String(t.original[sep]) : "，"
            }
            var i = p.lowerBound
            while i < p.upperBound {
                if let cut = cuts.first(where: { $0.lowerBound == i }) {
                    i = max(cut.upperBound, i + 1)
                    continue
                }
                out.append(t.original[i])
                i += 1
            }
        }
        return out
    }
}
