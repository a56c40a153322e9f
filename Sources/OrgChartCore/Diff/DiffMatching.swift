/// How the entities of two models correspond: people, duties and units by id, and units also through `replaces:`
/// (an AFTER unit replacing several BEFORE units merges them; several AFTER units replacing one BEFORE unit split it).
/// Built in linear time from dictionaries.
public struct DiffMatching: Sendable {
    /// The model before the change.
    let before: Model
    /// The model after the change.
    let after: Model
    /// Lookups in `before`.
    let beforeIndex: ModelIndex
    /// Lookups in `after`.
    let afterIndex: ModelIndex
    /// BEFORE unit id → the AFTER units that continue it: itself first when it keeps its id, then every unit whose
    /// `replaces` names it. Missing or empty: the unit is removed.
    let successors: [String: [String]]
    /// AFTER unit id → the BEFORE units it continues: itself first when the id existed, then the BEFORE units its
    /// `replaces` names. Missing or empty: the unit is new.
    let predecessors: [String: [String]]

    /// Matches two models.
    init(before: Model, after: Model) {
        self.init(
            before: before, after: after, beforeIndex: ModelIndex(before, children: false),
            afterIndex: ModelIndex(after, children: false))
    }

    /// Matches two models whose indexes are already built.
    init(before: Model, after: Model, beforeIndex: ModelIndex, afterIndex: ModelIndex) {
        self.before = before
        self.after = after
        self.beforeIndex = beforeIndex
        self.afterIndex = afterIndex
        var successors: [String: [String]] = [:]
        var predecessors: [String: [String]] = [:]
        for (i, u) in after.units.enumerated() where afterIndex.unit(u.id) == i {
            var preds: [String] = []
            // A set beside the list: one unit may replace 100,000 (checking the list would take quadratic time).
            var seen = Set<String>()
            if beforeIndex.unit(u.id) != nil {
                preds.append(u.id)
                seen.insert(u.id)
                successors[u.id, default: []].insert(u.id, at: 0)
            }
            for r in u.replaces where beforeIndex.unit(r.id) != nil && seen.insert(r.id).inserted {
                preds.append(r.id)
                successors[r.id, default: []].append(u.id)
            }
            if !preds.isEmpty { predecessors[u.id] = preds }
        }
        self.successors = successors
        self.predecessors = predecessors
    }

    /// The id that stands in AFTER for an id of BEFORE: the one unit that continues a unit (itself when it kept its
    /// id), otherwise the id unchanged (people, duties, removed and split units).
    func mapBefore(_ id: String) -> String {
        if let s = successors[id], s.count == 1 { return s[0] }
        return id
    }

    /// The id an AFTER reference stands for: itself when AFTER defines it; a stale BEFORE id maps like `mapBefore`.
    func mapAfter(_ id: String) -> String {
        afterIndex.byID[id] != nil ? id : mapBefore(id)
    }

    /// The BEFORE unit with this id.
    public func beforeUnit(_ id: String) -> Unit? { beforeIndex.unit(id).map { before.units[$0] } }

    /// The AFTER unit with this id.
    func afterUnit(_ id: String) -> Unit? { afterIndex.unit(id).map { after.units[$0] } }

    /// The display text of a BEFORE id: a person's name with title, a unit's or duty's name, or the id itself.
    public func beforeDisplay(_ id: String) -> String { Self.display(id, before, beforeIndex) }

    /// The display text of an AFTER id, falling back to BEFORE for ids AFTER no longer defines.
    func afterDisplay(_ id: String) -> String {
        afterIndex.byID[id] != nil ? Self.display(id, after, afterIndex) : beforeDisplay(id)
    }

    /// An AFTER id with its name (falling back to BEFORE, then to the id).
    func afterRef(_ id: String) -> NamedRef {
        if afterIndex.byID[id] != nil { return NamedRef(id: id, name: after.name(of: id, index: afterIndex)) }
        return beforeRef(id)
    }

    /// A BEFORE id with its name.
    func beforeRef(_ id: String) -> NamedRef { NamedRef(id: id, name: before.name(of: id, index: beforeIndex)) }

    static func display(_ id: String, _ model: Model, _ index: ModelIndex) -> String {
        if let p = index.person(id) { return model.people[p].displayName }
        return model.name(of: id, index: index)
    }
}
