import OrgChartCore

extension ReportPage {
    /// The findings of the check catalog, grouped by severity, each with a link to what it concerns.
    func findingsSection() -> String {
        var out = "<section id=\"findings\" class=\"card\">\n<h2>\(t(ReportWords.findingsSection))</h2>\n"
        out += scope()
        out += "<p class=\"intro\">\(t(ReportWords.findingsIntro)) \(e(FindingSummary(findings).line(lang)))</p>\n"
        if findings.isEmpty { out += "<p class=\"empty\">\(t(ReportWords.noFindings))</p>\n" }
        for severity in [Severity.error, .warning, .info] {
            // Within a severity, findings of one check stay together, the checks in the catalog's order (most
            // important first), each check's findings in file order.
            let group = findings.filter { $0.severity == severity }.sorted(by: Finding.byImportance)
            guard !group.isEmpty else { continue }
            out += "<details id=\"findings-\(severity.rawValue)\" class=\"severity-group\" open>"
            out += "<summary><h3><span class=\"badge badge-\(severity.rawValue)\">\(t(ReportWords.severity(severity)))"
            out += "</span> <span class=\"count\">\(group.count)</span></h3></summary>\n"
            out += findingsTable(group, severity: false)
            out += "</details>\n"
        }
        out += "</section>\n"
        return out
    }

    /// A table of findings: check, problem, what it concerns (linked), where; with `severity`, a severity column
    /// first. `fallback` names subjects the page's model does not define (findings of the model before a change).
    func findingsTable(_ list: [Finding], severity: Bool, fallback: ((String) -> String)? = nil) -> String {
        var out = "<div class=\"table-wrap\"><table class=\"findings\"><thead><tr>"
        if severity { out += "<th></th>" }
        out += "<th>\(t(ReportWords.check))</th><th>\(t(ReportWords.problem))</th>"
        out += "<th>\(t(ReportWords.subject))</th><th>\(t(ReportWords.location))</th></tr></thead><tbody>\n"
        for f in list {
            out += "<tr>"
            if severity {
                out += "<td><span class=\"badge badge-\(f.severity.rawValue)\">"
                out += "\(t(ReportWords.severityWord(f.severity)))</span></td>"
            }
            out += "<td><code class=\"check-id\">\(e(f.check))</code></td>"
            out += "<td>\(e(f.message.text(lang)))</td><td>\(subjectsCell(f, fallback: fallback))</td>"
            out += "<td class=\"location\"><code>\(e(location(f)))</code></td></tr>\n"
        }
        return out + "</tbody></table></div>"
    }

    /// What a finding concerns: its subject, or, for a finding that covers several, the first three and the others
    /// in a disclosure (each with its own message as a tooltip).
    func subjectsCell(_ f: Finding, fallback: ((String) -> String)? = nil) -> String {
        guard !f.related.isEmpty else { return subjectLink(f.subject, fallback: fallback) }
        func link(_ r: RelatedSubject) -> String {
            "<span class=\"subject\" title=\"\(e(r.message.text(lang)))\">\(subjectLink(r.id, fallback: fallback))</span>"
        }
        let shown = f.related.prefix(3).map(link).joined(separator: lang == .zh ? "、" : ", ")
        guard f.related.count > 3 else { return shown }
        let more = f.related.dropFirst(3).map(link).joined(separator: lang == .zh ? "、" : ", ")
        return shown + "<details class=\"more-subjects\"><summary>"
            + e(t(ReportWords.moreSubjects(f.related.count - 3))) + "</summary>" + more + "</details>"
    }

    /// `file:line:col`, or the file alone.
    func location(_ f: Finding) -> String {
        guard let m = f.mark else { return f.file }
        return "\(f.file):\(m.line):\(m.column)"
    }

    /// A link to what a finding concerns: a unit's node in the chart (or its panel when it is not drawn), a
    /// person's panel, or a duty's row.
    func subjectLink(_ subject: String?, fallback: ((String) -> String)? = nil) -> String {
        guard let subject else { return "<span class=\"muted\">—</span>" }
        if index.byID[subject] == nil, let fallback {
            if let diff, removedChartIDs[subject] != nil { return diffUnitLink(subject, diff) }
            return e(Self.shortened(fallback(subject), to: 24))
        }
        switch index.byID[subject] {
        case .post(let i):
            return "<span class=\"post\">\(e(model.postDisplayName(i, index: index)))</span>"
        case .duty(let j):
            let d = model.duties[j]
            return "<a class=\"duty-link\" href=\"#\(ReportAnchor.duty(d.id))\" title=\"\(e(d.name))\">"
                + "\(e(Self.shortened(d.name, to: 24)))</a>"
        default:
            return partyLink(Ref(subject))
        }
    }

    /// A link to a unit or a person (the script opens the side panel); plain text for an unknown id.
    func partyLink(_ r: Ref) -> String {
        switch index.byID[r.id] {
        case .unit(let i):
            let u = model.units[i]
            let href = chartIDs[u.id].map { "#" + $0 } ?? "#chart"
            let cls = u.status == .placeholder ? "goto placeholder" : "goto"
            return "<a class=\"\(cls)\" href=\"\(href)\" data-unit=\"\(e(u.id))\">\(e(u.name))</a>"
        case .person(let i):
            let p = model.people[i]
            let cls = p.status == .placeholder ? "goto placeholder" : "goto"
            return "<a class=\"\(cls)\" href=\"#chart\" data-person=\"\(e(p.id))\">\(e(p.displayName))</a>"
        case .duty(let j):
            let d = model.duties[j]
            return
                "<a class=\"duty-link\" href=\"#\(ReportAnchor.duty(d.id))\">\(e(Self.shortened(d.name, to: 24)))</a>"
        case .post(let i):
            return "<span class=\"post\">\(e(model.postDisplayName(i, index: index)))</span>"
        case nil:
            return "<span class=\"unknown\" title=\"\(t(Message(en: "unknown id", zh: "未知 id")))\">\(e(r.id))</span>"
        }
    }

    /// The first `limit` characters of a long name, with an ellipsis.
    static func shortened(_ s: String, to limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit)) + "…"
    }
}
