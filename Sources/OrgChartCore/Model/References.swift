/// What sort of entity a reference may point at.
enum EntitySort: String, Sendable, Hashable {
    case person, unit, duty, post

    var zh: String {
        switch self {
        case .person: return "人员"
        case .unit: return "单位"
        case .duty: return "职责"
        case .post: return "职务"
        }
    }
}

/// The fields that hold references.
enum ReferenceField: String, Sendable, Hashable {
    case parent, chief, deputies, office, members, liaises, lead, assist
    case reportTo = "report_to"
    /// A duty's 责任领导.
    case leader
    /// An office unit's host (办公室设在).
    case host
    /// A post's unit.
    case unit
    /// A post's holder.
    case holder

    /// Whether the field may point at `sort` (without building a list). Every field that takes a person also takes
    /// a post (a role held by whoever holds the post).
    func allows(_ sort: EntitySort) -> Bool {
        switch sort {
        case .duty: return false
        case .person: return !takesUnitOnly
        case .post: return !takesUnitOnly && self != .holder
        case .unit: return self != .chief && self != .deputies && self != .leader && self != .holder
        }
    }

    /// The fields that name a unit and nothing else.
    var takesUnitOnly: Bool {
        switch self {
        case .parent, .office, .liaises, .host, .unit: return true
        default: return false
        }
    }

    /// What the field may point at, as a list (for messages).
    var allowed: [EntitySort] { [EntitySort.person, .post, .unit, .duty].filter(allows) }
}

/// One reference written in a model: who writes it, in which field, to what, and what it may point at.
/// Kept small (a large model holds hundreds of thousands): the field is a one-byte value, its name and what it
/// allows are computed from it.
struct ReferenceSite: Sendable {
    var owner: String
    var fieldKind: ReferenceField
    var ref: Ref
    /// The owner's index among the units (`ownerIsUnit`) or the duties.
    var ownerIndex: Int {
        get { Int(storedOwnerIndex) }
        set { storedOwnerIndex = Int32(truncatingIfNeeded: newValue) }
    }
    /// What the owner is: a unit, a duty or a post.
    var ownerSort: EntitySort
    var storedOwnerIndex: Int32

    init(owner: String, field: ReferenceField, ref: Ref, ownerIndex: Int, ownerIsUnit: Bool) {
        self.init(owner: owner, field: field, ref: ref, ownerIndex: ownerIndex, ownerSort: ownerIsUnit ? .unit : .duty)
    }

    init(owner: String, field: ReferenceField, ref: Ref, ownerIndex: Int, ownerSort: EntitySort) {
        self.owner = owner
        self.fieldKind = field
        self.ref = ref
        self.storedOwnerIndex = Int32(truncatingIfNeeded: ownerIndex)
        self.ownerSort = ownerSort
    }

    /// Whether the owner is a unit.
    var ownerIsUnit: Bool { ownerSort == .unit }

    /// The field's name as the model writes it (`lead`, `report_to`, …).
    var field: String { fieldKind.rawValue }
    /// What the reference may point at.
    var allowed: [EntitySort] { fieldKind.allowed }
}

extension Model {
    /// Every reference in the model, in file order of their owners: each unit's (parent, chiefs, deputies, office,
    /// members, liaises, host), then each duty's (leads, assists, report_to, leaders), then each post's (unit,
    /// holder).
    var references: [ReferenceSite] {
        var out: [ReferenceSite] = []
        out.reserveCapacity(units.count * 2 + duties.count * 3 + posts.count * 2)
        for i in units.indices { unitReferences(i) { out.append($0) } }
        for i in duties.indices { dutyReferences(i) { out.append($0) } }
        for i in posts.indices { postReferences(i) { out.append($0) } }
        return out
    }

    /// How many references unit `i` writes.
    func unitReferenceCount(_ i: Int) -> Int {
        (units[i].parent == nil ? 0 : 1) + units[i].chiefs.count + units[i].deputies.count
            + (units[i].office == nil ? 0 : 1) + units[i].members.count + units[i].liaises.count
            + (units[i].host == nil ? 0 : 1)
    }

    /// How many references duty `i` writes.
    func dutyReferenceCount(_ i: Int) -> Int {
        duties[i].lead.count + duties[i].assist.count + (duties[i].reportTo == nil ? 0 : 1) + duties[i].leader.count
    }

    /// How many references post `i` writes.
    func postReferenceCount(_ i: Int) -> Int { (posts[i].unit == nil ? 0 : 1) + (posts[i].holder == nil ? 0 : 1) }

    /// The references of unit `i`, in order. (Fields are read one by one: copying the whole unit would touch
    /// every reference count it holds.)
    func unitReferences(_ i: Int, _ body: (ReferenceSite) -> Void) {
        let id = units[i].id
        func add(_ field: ReferenceField, _ r: Ref) {
            body(ReferenceSite(owner: id, field: field, ref: r, ownerIndex: i, ownerIsUnit: true))
        }
        if let r = units[i].parent { add(.parent, r) }
        for r in units[i].chiefs { add(.chief, r) }
        for r in units[i].deputies { add(.deputies, r) }
        if let r = units[i].office { add(.office, r) }
        for r in units[i].members { add(.members, r) }
        for r in units[i].liaises { add(.liaises, r) }
        if let r = units[i].host { add(.host, r) }
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
        for r in duties[i].leader { add(.leader, r) }
    }

    /// The references of post `i`, in order.
    func postReferences(_ i: Int, _ body: (ReferenceSite) -> Void) {
        let id = posts[i].id
        if let r = posts[i].unit {
            body(ReferenceSite(owner: id, field: .unit, ref: r, ownerIndex: i, ownerSort: .post))
        }
        if let r = posts[i].holder {
            body(ReferenceSite(owner: id, field: .holder, ref: r, ownerIndex: i, ownerSort: .post))
        }
    }
}

extension ModelIndex {
    /// The sort of entity an id names.
    func sort(of id: String) -> EntitySort? {
        switch byID[id] {
        case .person: return .person
        case .unit: return .unit
        case .duty: return .duty
        case .post: return .post
        case nil: return nil
        }
    }
}
