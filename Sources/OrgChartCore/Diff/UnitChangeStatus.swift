/// How one unit fares in a restructuring, for drawing the AFTER structure with the changes marked (added green,
/// removed red and dashed, changed orange, moved with the old parent noted, merged with the predecessors listed).
public struct UnitChangeStatus: Sendable, Hashable {
    /// The colour class of a unit in a visual diff.
    public enum State: String, Sendable, Hashable {
        /// New in AFTER, continuing no BEFORE unit.
        case added
        /// In BEFORE only; nothing in AFTER replaces it.
        case removed
        /// In both (by id or through `replaces`), with at least one change.
        case changed
    }

    /// The colour class.
    public var state: State
    /// The change kinds that concern this unit itself (not its duties).
    public var changes: [ChangeKind]
    /// Whether the unit now sits under a different parent.
    public var moved: Bool
    /// For a moved unit, the BEFORE parents (empty when it had none); for a removed unit, where it was.
    public var oldParents: [NamedRef]
    /// For a merged unit, the other BEFORE units merged into it.
    public var mergedFrom: [NamedRef]
    /// For a unit split off a BEFORE unit, that unit.
    public var splitFrom: NamedRef?
    /// For a unit that continues one BEFORE unit under a new id, that id.
    public var previousID: String?

    /// A status; everything but the state defaults to empty.
    public init(
        state: State, changes: [ChangeKind] = [], moved: Bool = false, oldParents: [NamedRef] = [],
        mergedFrom: [NamedRef] = [], splitFrom: NamedRef? = nil, previousID: String? = nil
    ) {
        self.state = state
        self.changes = changes
        self.moved = moved
        self.oldParents = oldParents
        self.mergedFrom = mergedFrom
        self.splitFrom = splitFrom
        self.previousID = previousID
    }
}

/// A BEFORE unit that AFTER drops without replacement, with where to keep drawing it.
public struct RemovedUnit: Sendable, Hashable {
    /// The unit as BEFORE defines it.
    public var unit: Unit
    /// Its BEFORE parent, if it had one.
    public var oldParent: NamedRef?
    /// The AFTER unit to draw it under: its old parent, or what continues that parent; nil to draw it at the top.
    public var anchor: String?

    /// A removed unit with its old parent and anchor.
    public init(unit: Unit, oldParent: NamedRef?, anchor: String?) {
        self.unit = unit
        self.oldParent = oldParent
        self.anchor = anchor
    }
}
