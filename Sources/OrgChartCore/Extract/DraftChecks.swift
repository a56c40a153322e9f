/// The checks an extraction runs on what it drafts: the ones about who owns a task, the problems the minutes
/// themselves can have. They are the catalog's own checks, run on the assignments as a model.
enum DraftChecks {
    /// `duty-without-lead`, `diffuse-lead` and `duty-multiple-leads`.
    static let ids: Set<String> = [DutyWithoutLead.id, DiffuseLead.id, DutyMultipleLeads.id]

    /// What those checks find in the assignments, located in the minutes (`file`).
    static func findings(_ assignments: [Assignment], file: String) -> [Finding] {
        CheckRunner.run(model(assignments, file: file), only: ids, grouping: false).sorted(by: Finding.byPosition)
    }

    /// The assignments as a model of their own: each task a duty where the minutes give it, each lead a person or
    /// a unit (of the collective kind when the minutes name a group collectively, of no kind otherwise).
    static func model(_ assignments: [Assignment], file: String) -> Model {
        var model = Model(file: file)
        var seen = Set<String>()
        let collective = BuiltInKinds.all.first { $0.isCollective }?.id ?? ""
        for a in assignments {
            let mark = SourceMark(line: a.location.line, column: a.location.column)
            for p in a.lead where seen.insert(p.id).inserted {
                switch p.sort {
                case .person: model.people.append(Person(id: p.id, name: p.name, title: p.title, mark: mark))
                case .unit:
                    model.units.append(Unit(id: p.id, name: p.name, kind: p.collective ? collective : "", mark: mark))
                }
            }
            model.duties.append(
                Duty(id: a.dutyID, name: a.task, lead: a.lead.map { Ref($0.id, at: mark) }, mark: mark))
        }
        return model
    }
}
