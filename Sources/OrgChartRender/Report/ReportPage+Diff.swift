import OrgChartCore

extension ReportPage {
    /// The masthead of a two-model report: the organisation, both models with their dates, and the counts of the
    /// comparison.
    func diffHeader(_ diff: ModelDiff) -> String {
        var out = "<header class=\"masthead\"><div class=\"wrap\">\n"
        out += "<p class=\"kicker\">\(t(ReportWords.diffTitle))</p>\n"
        out += "<h1>\(e(organisationName))</h1>\n"
        out += "<dl class=\"meta\">\n"
        for (label, m) in [(ReportWords.before, diff.before), (ReportWords.after, diff.after)] {
            let date = m.organisation.asOf.map { " · \(t(ReportWords.asOf)) \(e($0.description))" } ?? ""
            out += meta(label, "<code>\(e(m.file))</code>\(date)")
        }
        out += meta(ReportWords.checkedAsOf, e(options.asOf.description))
        let sources = model.organisation.sources
        if !sources.isEmpty {
            let items = sources.map { s in
                "<li><span class=\"source-key\">\(e(s.key))</span> <code>\(e(s.path))</code></li>"
            }
            out += meta(ReportWords.sources, "<ul class=\"sources\">" + items.joined() + "</ul>")
        }
        out += "</dl>\n"
        let introduced = FindingSummary(diff.introduced)
        let summary = FindingSummary(findings)
        func tile(_ n: String, _ label: Message, link: String, tone: String? = nil) -> String {
            let cls = tone.map { "tile tile-\($0)" } ?? "tile"
            return "<li><a class=\"\(cls)\" href=\"#\(link)\"><span class=\"tile-n\">\(n)</span>"
                + "<span class=\"tile-label\">\(t(label))</span></a></li>"
        }
        let items = [
            tile("\(diff.changes.count)", ReportWords.changes, link: "changes"),
            tile("\(diff.before.units.count) → \(diff.after.units.count)", ReportWords.units, link: "chart"),
            tile(
                "\(diff.introduced.count)", ReportWords.introduced, link: "impact",
                tone: introduced.errors > 0 ? "error" : (diff.introduced.isEmpty ? nil : "warning")),
            tile("\(diff.resolved.count)", ReportWords.resolved, link: "impact"),
            tile(
                "\(diff.leadLosses.count)", ReportWords.leadLosses, link: "impact",
                tone: diff.leadLosses.isEmpty ? nil : "error"),
            tile(
                "\(summary.errors)", ReportWords.errorsAfter, link: "findings", tone: summary.errors > 0 ? "error" : nil
            ),
            tile(
                "\(summary.warnings)", ReportWords.warningsAfter, link: "findings",
                tone: summary.warnings > 0 ? "warning" : nil),
        ]
        out += "<ul class=\"tiles\">" + items.joined() + "</ul>\n"
        out += "</div></header>\n"
        return out
    }

    /// The changes, unit by unit, as the diff lists them: kind, before, after, and a sentence.
    func changesSection(_ diff: ModelDiff) -> String {
        var out = "<section id=\"changes\" class=\"card\">\n<h2>\(t(ReportWords.changesSection))</h2>\n"
        out += "<p class=\"intro\">\(e(diff.summary(lang)))</p>\n"
        let groups = diff.changeGroups
        guard !groups.isEmpty else { return out + "<p class=\"empty\">\(t(ReportWords.noChanges))</p>\n</section>\n" }
        out += "<div class=\"table-wrap\"><table class=\"changes\"><thead><tr><th>\(t(ReportWords.change))</th>"
        out += "<th>\(t(ReportWords.before))</th><th>\(t(ReportWords.after))</th>"
        out += "<th>\(t(ReportWords.description))</th></tr></thead>\n"
        for g in groups {
            out += "<tbody><tr class=\"group\"><th colspan=\"4\">"
            switch g.subject {
            case .unit(let id):
                out += diffUnitLink(id, diff) + " <code class=\"muted\">\(e(id))</code>"
                if let status = diff.unitStatus[id] {
                    out += " <span class=\"state state-\(status.state.rawValue)\">"
                    out += "\(t(ReportWords.state(status.state)))</span>"
                }
            case .duties, .people:
                out += e(g.heading(diff, lang))
            }
            out += "</th></tr>\n"
            for c in g.changes {
                out += "<tr><td><span class=\"state state-\(Self.tone(c.change))\">"
                out += "\(t(ReportWords.changeKind(c.change)))</span></td>"
                out += "<td>\(e(c.before ?? ""))</td><td>\(e(c.after ?? ""))</td>"
                out += "<td>\(e(c.text(lang)))</td></tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table></div>\n</section>\n"
        return out
    }

    /// What the change breaks and fixes: findings introduced and resolved, duties that lose their lead, lead roles
    /// per person, and unit counts.
    func impactSection(_ diff: ModelDiff) -> String {
        var out = "<section id=\"impact\" class=\"card\">\n<h2>\(t(ReportWords.impactSection))</h2>\n"
        out += "<h3>\(t(ReportWords.introduced)) <span class=\"count\">\(diff.introduced.count)</span></h3>\n"
        out += diff.introduced.isEmpty ? none() : findingsTable(diff.introduced, severity: true)
        out += "<h3>\(t(ReportWords.resolved)) <span class=\"count\">\(diff.resolved.count)</span></h3>\n"
        out +=
            diff.resolved.isEmpty
            ? none() : findingsTable(diff.resolved, severity: true, fallback: diff.matching.beforeDisplay)
        if !diff.changed.isEmpty {
            // A finding of one cause both models have, with subjects joining or leaving it.
            out += "<h3>\(t(ReportWords.changedFindings)) <span class=\"count\">\(diff.changed.count)</span></h3>\n"
            out += findingsTable(diff.changed.map(\.after), severity: true)
            out += "<ul class=\"changed-findings\">"
            for c in diff.changed {
                out += "<li><code class=\"check-id\">\(e(c.after.check))</code> "
                out += e(diff.changeText(c, lang)) + "</li>"
            }
            out += "</ul>\n"
        }

        out += "<h3>\(t(ReportWords.leadLosses)) <span class=\"count\">\(diff.leadLosses.count)</span></h3>\n"
        if diff.leadLosses.isEmpty {
            out += none()
        } else {
            out += "<div class=\"table-wrap\"><table class=\"impact\"><thead><tr><th>\(t(ReportWords.duty))</th>"
            out += "<th>\(t(ReportWords.formerLeads))</th><th>\(t(ReportWords.candidates))</th>"
            out += "<th>\(t(ReportWords.description))</th></tr></thead><tbody>\n"
            for l in diff.leadLosses {
                let duty =
                    index.duty(l.duty.id) != nil
                    ? "<a href=\"#\(ReportAnchor.duty(l.duty.id))\">\(e(l.duty.name))</a>" : e(l.duty.name)
                out += "<tr class=\"row-gap\"><td>\(duty)</td><td>\(names(l.formerLeads))</td>"
                out += "<td>\(l.successors.map { diffUnitLink($0.id, diff) }.joined(separator: "<br>"))</td>"
                out += "<td>\(e(l.message.text(lang)))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }

        out += "<h3>\(t(ReportWords.leadRoles))</h3>\n"
        if diff.load.isEmpty {
            out += "<p class=\"empty\">\(t(ReportWords.noLoadChange))</p>\n"
        } else {
            out += "<p class=\"intro\">\(e(ReportWords.loadIntro(diff.load[0].limit, lang)))</p>\n"
            out += "<div class=\"table-wrap\"><table class=\"impact\"><thead><tr><th>\(t(ReportWords.person))</th>"
            out += "<th class=\"num\">\(t(ReportWords.before))</th><th class=\"num\">\(t(ReportWords.after))</th>"
            out += "<th>\(t(ReportWords.gains))</th><th>\(t(ReportWords.loses))</th><th>\(t(ReportWords.note))</th>"
            out += "</tr></thead><tbody>\n"
            for l in diff.load {
                var notes: [String] = []
                if l.losesEveryRole { notes.append("<span class=\"mark mark-gap\">\(t(ReportWords.losesAll))</span>") }
                if l.overLimit { notes.append("<span class=\"mark mark-overlap\">\(t(ReportWords.overLimit))</span>") }
                let person =
                    index.person(l.person.id) != nil ? partyLink(Ref(l.person.id)) : e(l.person.name)
                out += "<tr><td>\(person)</td><td class=\"num\">\(l.before)</td><td class=\"num\">\(l.after)</td>"
                out += "<td>\(names(l.gained))</td><td>\(names(l.lost))</td><td>\(notes.joined())</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }

        out += "<h3>\(t(ReportWords.unitCounts))</h3>\n"
        if diff.counts.isEmpty {
            out += "<p class=\"empty\">\(t(ReportWords.noCountChange))</p>\n"
        } else {
            out += "<div class=\"table-wrap\"><table class=\"impact\"><thead><tr><th>\(t(ReportWords.kind))</th>"
            out += "<th class=\"num\">\(t(ReportWords.before))</th><th class=\"num\">\(t(ReportWords.after))</th>"
            out += "<th class=\"num\">\(t(ReportWords.fixed))</th></tr></thead><tbody>\n"
            for k in diff.counts {
                let fixed = k.expected.map { "\($0)" } ?? ""
                let miss = k.missesExpectation ? " <span class=\"mark mark-gap\">\(t(ReportWords.notMet))</span>" : ""
                out += "<tr><td>\(e(k.label.text(lang)))</td><td class=\"num\">\(k.before)</td>"
                out += "<td class=\"num\">\(k.after)</td><td class=\"num\">\(fixed)\(miss)</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        out += "</section>\n"
        return out
    }

    /// For two models, which model a section is about (the one after the change); nothing for one model.
    func scope() -> String {
        guard diff != nil else { return "" }
        return "<p class=\"scope\">\(t(ReportWords.after)): <code>\(e(model.file))</code></p>\n"
    }

    func none() -> String { "<p class=\"empty\">\(t(ReportWords.none))</p>\n" }

    /// Names joined, escaped.
    func names(_ refs: [NamedRef]) -> String {
        refs.map { e($0.name) }.joined(separator: lang == .zh ? "、" : ", ")
    }

    /// A link to a unit of the comparison: an AFTER unit, or a removed BEFORE unit still drawn in the chart.
    func diffUnitLink(_ id: String, _ diff: ModelDiff) -> String {
        if index.unit(id) != nil { return partyLink(Ref(id)) }
        if let anchor = removedChartIDs[id] {
            let name = diff.matching.beforeUnit(id)?.name ?? id
            return "<a class=\"goto removed\" href=\"#\(anchor)\" data-unit=\"\(e(id))\">\(e(name))</a>"
        }
        return e(diff.matching.beforeUnit(id)?.name ?? id)
    }

    /// The panel's record of how a unit fares: its colour class and the sentences of its changes.
    func change(_ id: String, _ diff: ModelDiff) -> [(String, JSON)] {
        guard let status = diff.unitStatus[id] else { return [] }
        let items = diff.changes.filter { $0.unit == id }.map { JSON.string($0.text(lang)) }
        return [
            (
                "change",
                .object([
                    ("state", .string(status.state.rawValue)),
                    ("label", .string(ReportWords.state(status.state).text(lang))), ("items", .array(items)),
                ])
            )
        ]
    }

    /// The colour class of a change kind: added, removed or changed.
    static func tone(_ kind: ChangeKind) -> String {
        if kind.rawValue.hasSuffix("-added") { return "added" }
        if kind.rawValue.hasSuffix("-removed") { return "removed" }
        return "changed"
    }
}
