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

/// The fields that hold references.
public enum ReferenceField: String, Sendable, Hashable {
    case parent, chief, deputies, office, members, liaises, lead, assist
    case reportTo = "report_to"

    /// Whether the field may point at `sort` (without building a list).
    public func allows(_ sort: EntitySort) -> Bool {
        switch sort {
        case .duty: return false
        case .person: return self != .parent && self != .office && self != .liaises
        case .unit: return self != .chief && self != .deputies
        }
    }

    /// What the field may point at, as a list (for messages).
    public var allowed: [EntitySort] { [EntitySort.person, .unit, .duty].filter(allows) }
}

/// One reference written in a model: who writes it, in which field, to what, and what it may point at.
/// Kept small (a large model holds hundreds of thousands): the field is a one-byte value, its name and what it
/// allows are computed from it.
public struct ReferenceSite: Sendable {
    public var owner: String
    public var fieldKind: ReferenceField
    public var ref: Ref
    /// The owner's index among the units (`ownerIsUnit`) or the duties.
    public var ownerIndex: Int {
        get { Int(storedOwnerIndex) }
        set { storedOwnerIndex = Int32(truncatingIfNeeded: newValue) }
    }
    public var ownerIsUnit: Bool
    var storedOwnerIndex: Int32

    public init(owner: String, field: ReferenceField, ref: Ref, ownerIndex: Int, ownerIsUnit: Bool) {
        self.owner = owner
        self.fieldKind = field
        self.ref = ref
        self.storedOwnerIndex = Int32(truncatingIfNeeded: ownerIndex)
        self.ownerIsUnit = ownerIsUnit
    }

    /// The field's name as the model writes it (`lead`, `report_to`, …).
    public var field: String { fieldKind.rawValue }
    /// What the reference may point at.
    public var allowed: [EntitySort] { fieldKind.allowed }
}

extension Model {
    /// Every reference in the model, in file order of their owners: each unit's (parent, chief, deputies, office,
    /// members, liaises), then each duty's (leads, assists, report_to).
    public var references: [ReferenceSite] {
        var out: [ReferenceSite] = []
        out.reserveCapacity(units.count * 2 + duties.count * 3)
        for i in units.indices { unitReferences(i) { out.append($0) } }
        for i in duties.indices { dutyReferences(i) { out.append($0) } }
        return out
    }

    /// How many references unit `i` writes.
    func unitReferenceCount(_ i: Int) -> Int {
        (units[i].parent == nil ? 0 : 1) + (units[i].chief == nil ? 0 : 1) + units[i].deputies.count
            + (units[i].office == nil ? 0 : 1) + units[i].members.count + units[i].liaises.count
    }

    /// How many references duty `i` writes.
    func dutyReferenceCount(_ i: Int) -> Int {
        duties[i].lead.count + duties[i].assist.count + (duties[i].reportTo == nil ? 0 : 1)
    }

    /// The references of unit `i`, in order. (Fields are read one by one: copying the whole unit would touch
    /// every reference count it holds.)
    func unitReferences(_ i: Int, _ body: (ReferenceSite) -> Void) {
        let id = units[i].id
        func add(_ field: ReferenceField, _ r: Ref) {
            body(ReferenceSite(owner: id, field: field, ref: r, ownerIndex: i, ownerIsUnit: true))
        }
        if let r = units[i].parent { add(.parent, r) }
        if let r = units[i].chief { add(.chief, r) }
        for r in units[i].deputies { add(.deputies, r) }
        if let r = units[i].office { add(.office, r) }
        for r in units[i].members { add(.members, r) }
        for r in units[i].liaises { add(.liaises, r) }
    }

    /// The references of duty `i`, in order.
    func dutyReferences(_ i: Int, _ body: (ReferenceSite) -> Void) {
        let id = duties[i].id
        func add(_ field: ReferenceField, _ r: Ref) {
            body(ReferenceSite(owner: id, field: field, ref: r, ownerIndex: i, ownerIsUnit: false))
        }
        for r in duties[i].lead { add(.lead, r) }
        for r in duties[i].assist { add(.assist, r) }
        if let r = duties[i].reportTo { add(.reportTo, r) }
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
