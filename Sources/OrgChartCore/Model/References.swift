/// What sort of entity a reference may point at.
public enum EntitySort: String, Sendable, Hashable {
    case person, unit, duty

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
}

extension Model {
    /// Every reference in the model, in file order of their owners.
    public var references: [ReferenceSite] {
        var out: [ReferenceSite] = []
        let both: [EntitySort] = [.person, .unit]
        for u in units {
            func add(_ field: String, _ r: Ref?, _ allowed: [EntitySort]) {
                if let r { out.append(ReferenceSite(owner: u.id, field: field, ref: r, allowed: allowed)) }
            }
            add("parent", u.parent, [.unit])
            add("chief", u.chief, [.person])
            for r in u.deputies { add("deputies", r, [.person]) }
            add("office", u.office, [.unit])
            for r in u.members { add("members", r, both) }
            for r in u.liaises { add("liaises", r, [.unit]) }
        }
        for d in duties {
            for r in d.lead { out.append(ReferenceSite(owner: d.id, field: "lead", ref: r, allowed: both)) }
            for r in d.assist { out.append(ReferenceSite(owner: d.id, field: "assist", ref: r, allowed: both)) }
            if let r = d.reportTo { out.append(ReferenceSite(owner: d.id, field: "report_to", ref: r, allowed: both)) }
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
