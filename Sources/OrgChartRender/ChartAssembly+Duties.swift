import OrgChartCore

/// The duties view: who leads and who assists each duty.
extension ChartAssembly {
    /// The duties view: every duty, with solid edges from its lead and dashed edges from its assists.
    mutating func duties() {
        title = titleLine(organisationName, ChartWords.dutiesTitle)
        subtitle = asOfLine
        for (j, d) in model.duties.enumerated() {
            for r in d.lead { addParty(r) }
            for r in d.assist { addParty(r) }
            for r in d.leader { addParty(r) }
            addDuty(j)
            for r in d.leader { addLeader(from: r.id, to: d.id, labelled: false) }
            for r in d.lead { addLead(from: r.id, to: d.id, labelled: false) }
            for r in d.assist { addAssist(from: r.id, to: d.id, labelled: false) }
        }
    }
}
