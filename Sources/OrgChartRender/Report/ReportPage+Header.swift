import OrgChartCore

extension ReportPage {
    /// The masthead: organisation, dates, sources, and the counts that matter before a meeting.
    func header() -> String {
        var out = "<header class=\"masthead\"><div class=\"wrap\">\n"
        out += "<p class=\"kicker\">\(t(ReportWords.title))</p>\n"
        out += "<h1>\(e(organisationName))</h1>\n"
        out += "<dl class=\"meta\">\n"
        out += meta(ReportWords.asOf, model.organisation.asOf.map { e($0.description) } ?? t(ReportWords.none))
        out += meta(ReportWords.checkedAsOf, e(options.asOf.description))
        if model.organisation.sources.isEmpty {
            out += meta(ReportWords.sources, t(ReportWords.none))
        } else {
            let items = model.organisation.sources.map { s in
                var item = "<li><span class=\"source-key\">\(e(s.key))</span>"
                // A described document: its title, number (文号), issuer and date, then its path.
                let about = [s.title, s.number, s.issuer, s.date?.description].compactMap { $0 }
                if !about.isEmpty { item += " " + e(about.joined(separator: " · ")) }
                if !s.path.isEmpty { item += " <code>\(e(s.path))</code>" }
                return item + "</li>"
            }
            out += meta(ReportWords.sources, "<ul class=\"sources\">" + items.joined() + "</ul>")
        }
        out += meta(ReportWords.modelFile, "<code>\(e(model.file))</code>")
        out += "</dl>\n"
        out += tiles()
        out += "</div></header>\n"
        return out
    }

    func meta(_ label: Message, _ html: String) -> String {
        "<div><dt>\(t(label))</dt><dd>\(html)</dd></div>\n"
    }

    /// The summary tiles; each links to the section that explains it.
    func tiles() -> String {
        let summary = FindingSummary(findings)
        let placeholders = model.units.filter { $0.status == .placeholder }.count
        let gaps = model.duties.filter { $0.lead.isEmpty }.count
        let overlaps = model.duties.filter { $0.lead.count > 1 && !$0.joint }.count
        let overdue = model.duties.filter { isOverdue($0) }.count
        func tile(_ n: Int, _ label: Message, link: String, tone: String = "", sub: String? = nil) -> String {
            let cls = tone.isEmpty || n == 0 ? "tile" : "tile tile-\(tone)"
            let extra = sub.map { "<span class=\"tile-sub\">\($0)</span>" } ?? ""
            return "<li><a class=\"\(cls)\" href=\"#\(link)\"><span class=\"tile-n\">\(n)</span>"
                + "<span class=\"tile-label\">\(t(label))</span>\(extra)</a></li>"
        }
        var items = [
            tile(
                model.units.count, ReportWords.units, link: "chart",
                sub: placeholders > 0
                    ? (lang == .zh ? "其中待定 \(placeholders)" : "\(placeholders) \(t(ReportWords.placeholders))")
                    : nil),
            tile(model.people.count, ReportWords.people, link: "chart"),
            tile(model.duties.count, ReportWords.duties, link: "duties"),
        ]
        items += [
            tile(summary.errors, ReportWords.errors, link: "findings-error", tone: "error"),
            tile(summary.warnings, ReportWords.warnings, link: "findings-warning", tone: "warning"),
            tile(summary.notes, ReportWords.notes, link: "findings-info", tone: "info"),
            tile(gaps, ReportWords.gaps, link: "matrix", tone: "error"),
            tile(overlaps, ReportWords.overlaps, link: "matrix", tone: "warning"),
            tile(overdue, ReportWords.overdue, link: "duties", tone: "error"),
        ]
        return "<ul class=\"tiles\">" + items.joined() + "</ul>\n"
    }

    /// The table of contents, kept at the top of the window.
    func navigation() -> String {
        var links = [
            ("chart", ReportWords.chartSection), ("findings", ReportWords.findingsSection),
            ("matrix", ReportWords.matrixSection), ("duties", ReportWords.dutiesSection),
        ]
        if hasPostsOrRules { links.append(("posts", ReportWords.postsSection)) }
        if diff != nil {
            links[0].1 = ReportWords.diffChartShort
            links.insert(
                contentsOf: [("changes", ReportWords.changesSection), ("impact", ReportWords.impactSection)], at: 1)
        }
        return "<nav class=\"toc\" aria-label=\"\(t(ReportWords.contents))\"><div class=\"wrap\">"
            + links.map { "<a href=\"#\($0.0)\">\(t($0.1))</a>" }.joined() + "</div></nav>\n"
    }
}
