import OrgChartCore

extension ReportPage {
    /// The responsibility matrix: duties × the people and units that lead or assist them, with gaps (no lead),
    /// overlaps (several leads) and diffuse (collective) leads marked.
    func matrixSection() -> String {
        var out = "<section id=\"matrix\" class=\"card\">\n<h2>\(t(ReportWords.matrixSection))</h2>\n"
        out += scope()
        out += "<p class=\"intro\">\(t(ReportWords.matrixIntro))</p>\n"
        guard !model.duties.isEmpty else {
            return out + "<p class=\"empty\">\(t(ReportWords.matrixEmpty))</p>\n</section>\n"
        }
        let matrix = ResponsibilityMatrix(model)
        // The matrix grows with duties × parties; past a size no one reads it on a page, and the page would weigh
        // megabytes. The duties table lists the same leads and assists row by row.
        guard matrix.rows.count * matrix.columns.count <= Self.matrixCellLimit else {
            out += "<p class=\"empty\">\(e(ReportWords.matrixTooLarge(matrix.rows.count, matrix.columns.count, lang)))"
            return out + "</p>\n</section>\n"
        }
        out +=
            "<p class=\"legend\"><span class=\"cell-sample L\">\(e(ResponsibilityMatrix.Role.lead.text(lang)))</span>"
        out += " \(t(ReportWords.lead)) <span class=\"cell-sample A\">"
        out += "\(e(ResponsibilityMatrix.Role.assist.text(lang)))</span> \(t(ReportWords.assist))"
        for mark in [ResponsibilityMatrix.Mark.gap, .overlap, .diffuse] {
            out += " <span class=\"mark mark-\(mark.rawValue)\">\(e(mark.text(lang)))</span>"
        }
        out += "</p>\n<div class=\"table-wrap\"><table class=\"matrix\"><thead><tr>"
        out += "<th class=\"duty-col\">\(t(ReportWords.duty))</th>"
        if matrix.hasLeaders { out += "<th>\(e(ResponsibilityMatrix.leaderHeading(lang)))</th>" }
        out += "<th>\(t(ReportWords.problem))</th>"
        for (id, name) in zip(matrix.columns, matrix.columnNames) {
            let link = partyLink(Ref(id))
            out += "<th class=\"party\" title=\"\(e(name))\"><span class=\"vertical\">\(link)</span></th>"
        }
        out += "</tr></thead><tbody>\n"
        for row in matrix.rows {
            let classes = row.marks.map { "row-\($0.rawValue)" }.joined(separator: " ")
            out += classes.isEmpty ? "<tr>" : "<tr class=\"\(classes)\">"
            out += "<th scope=\"row\" class=\"duty-col\"><a href=\"#\(ReportAnchor.duty(row.duty))\">"
            out += "\(e(row.name))</a></th>"
            if matrix.hasLeaders {
                out += "<td class=\"leaders\">\(e(row.leaders.joined(separator: lang == .zh ? "、" : ", ")))</td>"
            }
            out += "<td class=\"marks\">"
            out += row.marks.map { "<span class=\"mark mark-\($0.rawValue)\">\(e($0.text(lang)))</span>" }.joined()
            out += "</td>"
            for cell in row.cells {
                switch cell {
                case .lead: out += "<td class=\"L\">\(e(ResponsibilityMatrix.Role.lead.text(lang)))</td>"
                case .assist: out += "<td class=\"A\">\(e(ResponsibilityMatrix.Role.assist.text(lang)))</td>"
                case .both: out += "<td class=\"L both\">\(e(ResponsibilityMatrix.Role.both.text(lang)))</td>"
                case nil: out += "<td></td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n</section>\n"
        return out
    }

    /// The most cells the matrix is drawn with (about 250 duties × 200 people and units).
    static let matrixCellLimit = 50_000

    /// The duties table: lead, assists, deadline, cadence and whom to report to, with overdue duties marked relative
    /// to the report's date.
    func dutiesSection() -> String {
        var out = "<section id=\"duties\" class=\"card\">\n<h2>\(t(ReportWords.dutiesSection))</h2>\n"
        out += scope()
        out += "<p class=\"intro\">\(t(ReportWords.dutiesIntro)) (\(t(ReportWords.checkedAsOf)) "
        out += "\(e(options.asOf.description)))</p>\n"
        guard !model.duties.isEmpty else {
            return out + "<p class=\"empty\">\(t(ReportWords.matrixEmpty))</p>\n</section>\n"
        }
        out += "<div class=\"table-wrap\"><table class=\"duties\"><thead><tr><th class=\"num\">#</th>"
        let leaders = model.duties.contains { !$0.leader.isEmpty }
        for h in [ReportWords.duty] + (leaders ? [ReportWords.leader] : []) + [
            ReportWords.lead, ReportWords.assist, ReportWords.due, ReportWords.cadence, ReportWords.reportTo,
            ReportWords.status,
        ] {
            out += "<th>\(t(h))</th>"
        }
        out += "</tr></thead><tbody>\n"
        for (n, d) in model.duties.enumerated() {
            let state = dutyState(d)
            out += "<tr id=\"\(ReportAnchor.duty(d.id))\" class=\"\(state.cls)\"><td class=\"num\">\(n + 1)</td>"
            out += "<td class=\"duty-name\">\(e(d.name))<span class=\"sub\"><code>\(e(d.id))</code>"
            if let s = d.source { out += " · \(e(s))" }
            out += "</span></td><td class=\"party\">"
            if leaders { out += d.leader.map(partyLink).joined(separator: "<br>") + "</td><td class=\"party\">" }
            out +=
                d.lead.isEmpty
                ? "<span class=\"mark mark-gap\">\(t(ReportWords.noLead))</span>"
                : d.lead.map(partyLink).joined(separator: "<br>")
            out += "</td><td class=\"party\">" + d.assist.map(partyLink).joined(separator: "<br>") + "</td>"
            out += "<td class=\"date\">\(d.due.map { e($0.description) } ?? "")</td>"
            out += "<td>\(d.cadence.map { e(ChartWords.cadence($0, lang)) } ?? "")</td>"
            out += "<td class=\"party\">\(d.reportTo.map(partyLink) ?? "")</td>"
            out += "<td>\(state.html)</td></tr>\n"
        }
        out += "</tbody></table></div>\n</section>\n"
        return out
    }

    /// Whether a duty's deadline is before the report's date and it is not done.
    func isOverdue(_ d: Duty) -> Bool {
        guard let due = d.due, !d.done else { return false }
        return due < options.asOf
    }

    /// A duty's status cell and row class: done, overdue by n days, due today, n days left, or open.
    func dutyState(_ d: Duty) -> (cls: String, html: String) {
        let gap = d.lead.isEmpty ? " gap" : ""
        if d.done { return ("done" + gap, "<span class=\"status status-done\">\(t(ReportWords.done))</span>") }
        guard let due = d.due else {
            return ("open" + gap, "<span class=\"status status-open\">\(t(ReportWords.open))</span>")
        }
        let days = Self.ordinal(due) - Self.ordinal(options.asOf)
        if days < 0 {
            return (
                "overdue" + gap,
                "<span class=\"status status-overdue\">\(e(ReportWords.overdueBy(-days, lang)))</span>"
            )
        }
        if days == 0 {
            return ("due-today" + gap, "<span class=\"status status-soon\">\(t(ReportWords.dueToday))</span>")
        }
        let cls = days <= 7 ? "status-soon" : "status-open"
        return ("open" + gap, "<span class=\"status \(cls)\">\(e(ReportWords.daysLeft(days, lang)))</span>")
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
    static func ordinal(_ d: Day) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
