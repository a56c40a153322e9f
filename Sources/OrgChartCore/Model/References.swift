/// What sort of entity a reference may point at.
public enum EntitySort: String, Sendable, Hashable {
    case person, unit, duty

    /// Shared lists, so that building the references allocates no list per reference.
    static let personOrUnit: [EntitySort] = [.person, .unit]
    static let unitOnly: [EntitySort] = [.unit]
    static let personOnly: [EntitySort] = [.person]

    var zh: String {
        switch self {
        case .person: return "人员"
        case .unit: return "单位"
        case .duty: return "职责"
        }
    }
}

/// One reference written in a model: who writes it, in which field, to what, and what it may point at.
public struct ReferenceSite: Sendable {
    public var owner: String
    public var field: String
    public var ref: Ref
    public var allowed: [EntitySort]
    /// The owner's index among the units (`ownerIsUnit`) or the duties.
    public var ownerIndex: Int
    public var ownerIsUnit: Bool
}

extension Model {
    /// Every reference in the model, in file order of their owners.
    public var references: [ReferenceSite] {
        var out: [ReferenceSite] = []
        let both = EntitySort.personOrUnit
        let unitOnly = EntitySort.unitOnly
        let personOnly = EntitySort.personOnly
        out.reserveCapacity(units.count * 2 + duties.count * 3)
        for (ui, u) in units.enumerated() {
            func add(_ field: String, _ r: Ref?, _ allowed: [EntitySort]) {
                if let r {
                    out.append(
                        ReferenceSite(
                            owner: u.id, field: field, ref: r, allowed: allowed, ownerIndex: ui, ownerIsUnit: true))
                }
            }
            add("parent", u.parent, unitOnly)
            add("chief", u.chief, personOnly)
            for r in u.deputies { add("deputies", r, personOnly) }
            add("office", u.office, unitOnly)
            for r in u.members { add("members", r, both) }
            for r in u.liaises { add("liaises", r, unitOnly) }
        }
        for (di, d) in duties.enumerated() {
            func add(_ field: String, _ r: Ref) {
                out.append(
                    ReferenceSite(owner: d.id, field: field, ref: r, allowed: both, ownerIndex: di, ownerIsUnit: false))
            }
            for r in d.lead { add("lead", r) }
            for r in d.assist { add("assist", r) }
            if let r = d.reportTo { add("report_to", r) }
        }
        return out
    }
}

extension ModelIndex {
    /// The sort of entity an id names.
    public func sort(of id: String) -> EntitySort? {
        switch byID[id] {
        case .person: return .person
        case .unit: return .unit
        case .duty: return .duty
        case nil: return nil
        }
    }
}
