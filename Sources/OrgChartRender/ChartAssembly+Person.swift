import OrgChartCore

/// The person view: one person, their roles and their duties.
extension ChartAssembly {
    /// The person view: the person, every unit they head or deputise, every duty they lead or assist, and the
    /// duties the units they head lead or assist.
    mutating func person(_ id: String) throws(ChartError) {
        guard let pi = index.person(id) else {
            throw unknownID(id, what: Message(en: "person", zh: "人员"), candidates: model.people.map(\.id))
        }
        let p = model.people[pi]
        title = lang == .zh ? "\(p.displayName) \(t(ChartWords.personTitle))" : "\(p.displayName): roles and duties"
        subtitle = asOfLine
        addPerson(pi)
        // The person's roles are theirs directly or through a post they hold: the edge's label says which post.
        let held = model.posts.indices.filter { model.posts[$0].holder?.id == id }
        let heldIDs = Set(held.map { model.posts[$0].id })
        func isThem(_ r: Ref) -> Bool { r.id == id || heldIDs.contains(r.id) }
        func via(_ r: Ref, _ role: Message) -> String {
            guard r.id != id, let k = index.post(r.id) else { return t(role) }
            return t(role) + "\n(" + model.postLabel(k, index: index) + ")"
        }
        var chaired: [Int] = []
        for (i, u) in model.units.enumerated() {
            if let c = u.chiefs.first(where: isThem) {
                chaired.append(i)
                addUnit(i, detail: true)
                addEdge(
                    ChartEdge(
                        from: id, to: u.id, colour: ChartPalette.role, penWidth: 1.8,
                        label: via(c, model.headTitle(u.kind))),
                    legend: ChartLegend.Line(label: t(ChartWords.roleEdge), line: .solid, colour: ChartPalette.role))
            }
            if let d = u.deputies.first(where: isThem) {
                addUnit(i, detail: true)
                addEdge(
                    ChartEdge(
                        from: id, to: u.id, colour: ChartPalette.role,
                        label: via(d, model.deputyTitle(u.kind))),
                    legend: ChartLegend.Line(label: t(ChartWords.roleEdge), line: .solid, colour: ChartPalette.role))
            }
            if u.members.contains(where: isThem) {
                addUnit(i, detail: true)
                addEdge(
                    ChartEdge(
                        from: id, to: u.id, line: .dotted, colour: ChartPalette.member,
                        label: t(ChartWords.member)),
                    legend: ChartLegend.Line(
                        label: t(ChartWords.memberEdge), line: .dotted, colour: ChartPalette.member))
            }
        }
        for (j, d) in model.duties.enumerated() {
            if d.leader.contains(where: isThem) {
                addDuty(j)
                addLeader(from: id, to: d.id, labelled: true)
            }
            // Leads and assists through a post held are drawn from the person.
            if d.lead.contains(where: { heldIDs.contains($0.id) }) {
                addDuty(j)
                addLead(from: id, to: d.id, labelled: true)
            }
            if d.assist.contains(where: { heldIDs.contains($0.id) }) {
                addDuty(j)
                addAssist(from: id, to: d.id, labelled: true)
            }
            let parties = [id] + chaired.map { model.units[$0].id }
            for party in parties {
                if d.lead.contains(where: { $0.id == party }) {
                    addDuty(j)
                    addLead(from: party, to: d.id, labelled: true)
                }
                if d.assist.contains(where: { $0.id == party }) {
                    addDuty(j)
                    addAssist(from: party, to: d.id, labelled: true)
                }
            }
        }
    }
}
