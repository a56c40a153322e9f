import OrgChartCore

extension ReportPage {
    /// Whether the model has posts or standing rules to show.
    var hasPostsOrRules: Bool { !model.posts.isEmpty || model.units.contains { !$0.rules.isEmpty } }

    /// The posts (who holds each, what it covers, the roles that come with it) and the units' standing rules.
    func postsSection() -> String {
        guard hasPostsOrRules else { return "" }
        var out = "<section id=\"posts\" class=\"card\">\n<h2>\(t(ReportWords.postsSection))</h2>\n"
        out += scope()
        if !model.posts.isEmpty {
            out += "<p class=\"intro\">\(t(ReportWords.postsIntro))</p>\n"
            out += "<div class=\"table-wrap\"><table class=\"posts\"><thead><tr>"
            for h in [ReportWords.post, ReportWords.holder, ReportWords.portfolio, ReportWords.roles] {
                out += "<th>\(t(h))</th>"
            }
            out += "</tr></thead><tbody>\n"
            for (k, p) in model.posts.enumerated() {
                out += "<tr><td>\(e(model.postLabel(k, index: index)))<span class=\"sub\"><code>\(e(p.id))</code>"
                if let s = p.source { out += " · \(e(s))" }
                out += "</span></td><td class=\"party\">"
                out += p.holder.map(partyLink) ?? "<span class=\"muted\">\(t(ReportWords.exOfficio))</span>"
                out += "</td><td>\(e(p.portfolio ?? ""))</td><td>"
                out += roles(of: p.id).joined(separator: "<br>")
                out += "</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        let withRules = model.units.filter { !$0.rules.isEmpty }
        if !withRules.isEmpty {
            out += "<h3>\(t(ReportWords.rules))</h3>\n<dl class=\"rules\">\n"
            for u in withRules {
                out += "<dt>\(partyLink(Ref(u.id)))</dt>"
                for r in u.rules { out += "<dd>\(e(r))</dd>" }
                out += "\n"
            }
            out += "</dl>\n"
        }
        return out + "</section>\n"
    }

    /// The roles that come with a post: the units it heads, deputises or sits in, and the duties it answers for.
    func roles(of id: String) -> [String] {
        var out: [String] = []
        for u in model.units {
            if u.chiefs.contains(where: { $0.id == id }) {
                out.append("\(e(model.headTitle(u.kind).text(lang))) · \(partyLink(Ref(u.id)))")
            }
            if u.deputies.contains(where: { $0.id == id }) {
                out.append("\(e(model.deputyTitle(u.kind).text(lang))) · \(partyLink(Ref(u.id)))")
            }
            if u.members.contains(where: { $0.id == id }) {
                out.append("\(t(ChartWords.member)) · \(partyLink(Ref(u.id)))")
            }
        }
        for d in model.duties where d.leader.contains(where: { $0.id == id }) {
            out.append("\(t(ReportWords.leader)) · \(partyLink(Ref(d.id)))")
        }
        return out
    }
}
