/// What an extraction adds to a model: the people, units and duties that are new, the counts it lacks, and notes
/// on facts that differ from what the model already says (which are left for a person to decide).
struct ExtractionPlan: Sendable {
    /// A new person entry.
    struct NewPerson: Sendable {
        var party: Party
        var source: String?
    }

    /// A new unit entry with the structure facts about it.
    struct NewUnit: Sendable {
        var party: Party
        var parent: String?
        var chief: String?
        var deputies: [String] = []
        var office: String?
        /// Members (成员, 成员单位) a notice names: people or units.
        var members: [String] = []
        var source: String?
        /// Liaison facts about this kind of unit, kept as comments.
        var comments: [String] = []
    }

    var people: [NewPerson] = []
    var units: [NewUnit] = []
    /// New duties, in the order of the minutes.
    var duties: [Assignment] = []
    /// Expected counts by unit kind the model lacks, with where they come from.
    var counts: [(kind: String, count: Int, location: MinutesLocation)] = []
    /// Duties of the extraction the model already has, with the id they have there.
    var existing: [(assignment: Assignment, modelID: String)] = []
    /// Facts left as they are in the model, and other things a reader should know.
    var notes: [Message] = []
    /// Comments on the structure (liaisons) to keep next to the units.
    var structureComments: [String] = []

    /// Works out what is new relative to `model` (everything, without one).
    init(_ e: Extraction, model: Model?, sourceName: String) {
        let index = model.map { ModelIndex($0) }
        var used = Set<String>()
        for a in e.assignments {
            for p in a.lead + a.assist { used.insert(p.id) }
            if let r = a.reportTo { used.insert(r.id) }
        }
        // Duties: new unless the model has one with the same source and lead, or the same name.
        let existingDuties = model?.duties ?? []
        for a in e.assignments {
            let source = a.location.source(sourceName)
            let key = ExtractionPlan.dutyKey(a.task)
            let leadIDs = Set(a.lead.map(\.id))
            if let d = existingDuties.first(where: { d in
                ExtractionPlan.dutyKey(d.name) == key || (d.source == source && Set(d.lead.map(\.id)) == leadIDs)
            }) {
                existing.append((a, d.id))
                continue
            }
            duties.append(a)
        }
        // Units with their structure facts.
        var unitFacts: [String: NewUnit] = [:]
        var unitOrder: [String] = []
        func unitEntry(_ p: Party) -> NewUnit {
            unitFacts[p.id] ?? NewUnit(party: p, source: e.firstMention[p.id]?.source(sourceName))
        }
        for f in e.structure {
            guard let u = f.unit else { continue }
            used.insert(u.id)
            var entry = unitEntry(u)
            let src = f.location.source(sourceName)
            switch f.kind {
            case .parent:
                if let o = f.other {
                    entry.parent = o.id
                    used.insert(o.id)
                }
            case .chief:
                if let p = f.person {
                    entry.chief = p.id
                    used.insert(p.id)
                }
            case .deputy:
                if let p = f.person, !entry.deputies.contains(p.id) {
                    entry.deputies.append(p.id)
                    used.insert(p.id)
                }
            case .office:
                if let o = f.other {
                    entry.office = o.id
                    used.insert(o.id)
                }
            case .member:
                if let m = f.person ?? f.other, !entry.members.contains(m.id) {
                    entry.members.append(m.id)
                    used.insert(m.id)
                }
            case .body:
                if let o = f.other {
                    entry.parent = o.id
                    used.insert(o.id)
                }
            default: break
            }
            if entry.source == nil || f.kind != .count { entry.source = entry.source ?? src }
            if unitFacts[u.id] == nil { unitOrder.append(u.id) }
            unitFacts[u.id] = entry
            // A fact about a unit the model has: note it when the model says something else or nothing.
            if u.resolved, let model, let index, let i = index.unit(u.id) {
                let have = model.units[i]
                func note(_ field: String, _ minutes: String, _ model: String?) {
                    notes.append(
                        Message(
                            en:
                                "\(f.location.path): the minutes give \(field) \(minutes) for \(have.id); "
                                + "the model has "
                                + (model ?? "none") + " (left as it is)",
                            zh: "\(f.location.path):纪要中\(have.name)的\(field)为 \(minutes),模型中为 "
                                + (model ?? "空") + "(未改动)"))
                }
                switch f.kind {
                case .chief: if let p = f.person, have.chief?.id != p.id { note("chief", p.id, have.chief?.id) }
                case .deputy:
                    if let p = f.person, !have.deputies.contains(where: { $0.id == p.id }) {
                        note(
                            "deputy", p.id,
                            have.deputies.isEmpty ? nil : have.deputies.map(\.id).joined(separator: ", "))
                    }
                case .office: if let o = f.other, have.office?.id != o.id { note("office", o.id, have.office?.id) }
                case .parent: if let o = f.other, have.parent?.id != o.id { note("parent", o.id, have.parent?.id) }
                default: break
                }
            }
        }
        for f in e.structure where f.kind == .liaison {
            structureComments.append(
                "\(f.location.path) (line \(f.location.line)): \(f.phrase ?? "") must liaise (对接衔接) with "
                    + "\(f.otherPhrase ?? ""); add `liaises:` to the posts once the groups are named")
        }
        for f in e.structure where f.kind == .count {
            guard let kind = f.unitKind, let n = f.count else { continue }
            if model?.expect.count.contains(where: { $0.kind == kind }) == true {
                if let have = model?.expect.count.first(where: { $0.kind == kind }), have.count != n {
                    notes.append(
                        Message(
                            en: "\(f.location.path): the minutes fix \(n) units of kind \(kind); the model expects "
                                + "\(have.count) (left as it is)",
                            zh: "\(f.location.path):纪要规定 \(kind) \(n) 个,模型中为 \(have.count) 个(未改动)"))
                }
                continue
            }
            if !counts.contains(where: { $0.kind == kind }) { counts.append((kind, n, f.location)) }
        }
        // New units: referenced ones the model does not have, structure-bearing ones first in minutes order.
        for p in e.units where !p.resolved && used.contains(p.id) {
            if unitFacts[p.id] == nil { unitOrder.append(p.id) }
        }
        let order = e.units.map(\.id)
        for id in order where unitOrder.contains(id) {
            guard let p = e.units.first(where: { $0.id == id }), !p.resolved else { continue }
            var entry = unitFacts[id] ?? NewUnit(party: p, source: e.firstMention[id]?.source(sourceName))
            entry.party = p
            units.append(entry)
        }
        for p in e.people where !p.resolved && used.contains(p.id) {
            people.append(NewPerson(party: p, source: e.firstMention[p.id]?.source(sourceName)))
        }
        if let model, !model.organisation.sources.contains(where: { $0.key == sourceName }), !duties.isEmpty {
            notes.append(
                Message(
                    en: "the model's organisation.sources has no `\(sourceName)`; add `\(sourceName): <path of the "
                        + "minutes>` so the new entries' sources resolve",
                    zh: "模型的 organisation.sources 中没有 `\(sourceName)`;请加上 `\(sourceName): <纪要路径>`,"
                        + "以便新条目的来源可以解析"))
        }
    }

    /// Duty names compared without punctuation width or spaces.
    static func dutyKey(_ name: String) -> String {
        String(MinutesText.normalise(name).filter { !"，。；：、“”《》（）\"".contains($0) })
    }
}
