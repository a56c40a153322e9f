/// The kinds of change `orgchart diff` reports. The raw values are a public interface for scripts.
public enum ChangeKind: String, Sendable, Hashable, CaseIterable {
    case unitAdded = "unit-added"
    case unitRemoved = "unit-removed"
    case unitRenamed = "unit-renamed"
    case unitMoved = "unit-moved"
    case unitMerged = "unit-merged"
    case unitSplit = "unit-split"
    case kindChanged = "kind-changed"
    case unitStatusChanged = "unit-status-changed"
    case unitScopeChanged = "unit-scope-changed"
    case chiefChanged = "chief-changed"
    case deputiesChanged = "deputies-changed"
    case officeChanged = "office-changed"
    case liaisonAdded = "liaison-added"
    case liaisonRemoved = "liaison-removed"
    case memberAdded = "member-added"
    case memberRemoved = "member-removed"
    case dutyAdded = "duty-added"
    case dutyRemoved = "duty-removed"
    case dutyLeadChanged = "duty-lead-changed"
    case dutyAssistChanged = "duty-assist-changed"
    case dutyDueChanged = "duty-due-changed"
    case dutyRenamed = "duty-renamed"
    case dutyCadenceChanged = "duty-cadence-changed"
    case dutyReportToChanged = "duty-report-to-changed"
    case dutyDoneChanged = "duty-done-changed"
    case personAdded = "person-added"
    case personRemoved = "person-removed"
    case personRenamed = "person-renamed"
    case personTitleChanged = "person-title-changed"
    case personStatusChanged = "person-status-changed"
    case officeHeadChanged = "office-head-changed"
    case dutyLeaderChanged = "duty-leader-changed"
    case postAdded = "post-added"
    case postRemoved = "post-removed"
    case postHolderChanged = "post-holder-changed"
}

/// An id with the name it displays as, for lists of units, people and duties in a diff.
public struct NamedRef: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The name it displays as.
    public var name: String

    /// An id with its name.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// One change between two models: what kind, about which entity, the values before and after as display text, and
/// the ids behind them.
public struct DiffChange: Sendable, Hashable {
    /// The kind of change.
    public var change: ChangeKind
    /// The id of the unit, duty or person that changed (for removed and split units, the BEFORE id).
    public var subject: String
    /// The value before, as display text (names, not ids); nil when there was none.
    public var before: String?
    /// The value after, as display text; nil when there is none.
    public var after: String?
    /// The ids behind `before` (chiefs, leads, parent, …), in order.
    public var beforeIDs: [String]
    /// The ids behind `after`.
    public var afterIDs: [String]
    /// `unit-merged`: the BEFORE units merged into the subject (the subject itself included when it existed).
    public var predecessors: [NamedRef]
    /// `unit-split`: the AFTER units the subject was split into.
    public var successors: [NamedRef]
    /// `unit-moved`, `unit-removed`: the BEFORE parents.
    public var oldParents: [NamedRef]
    /// `unit-moved`: the AFTER parent.
    public var newParent: NamedRef?
    /// `unit-removed`, `person-removed`: duties that lose their lead because of it.
    public var lost: [NamedRef]
    /// `unit-merged`: the duties a merged-away unit led that the merged unit now leads (they move with it).
    public var moved: [NamedRef]
    /// The unit the change is listed under (AFTER id, or BEFORE id for units no longer there); nil for people and
    /// for duties not led by a unit.
    public var unit: String?
    /// A sentence saying what changed.
    public var message: Message

    /// A change; the extra fields default to empty.
    public init(
        change: ChangeKind, subject: String, before: String? = nil, after: String? = nil, beforeIDs: [String] = [],
        afterIDs: [String] = [], predecessors: [NamedRef] = [], successors: [NamedRef] = [],
        oldParents: [NamedRef] = [], newParent: NamedRef? = nil, lost: [NamedRef] = [], moved: [NamedRef] = [],
        unit: String? = nil, message: Message
    ) {
        self.change = change
        self.subject = subject
        self.before = before
        self.after = after
        self.beforeIDs = beforeIDs
        self.afterIDs = afterIDs
        self.predecessors = predecessors
        self.successors = successors
        self.oldParents = oldParents
        self.newParent = newParent
        self.lost = lost
        self.moved = moved
        self.unit = unit
        self.message = message
    }

    /// The message with what a reader of the change must also see: for a merger, the duties that move with it
    /// (now led by the merged unit). What the printers show.
    public func text(_ lang: Language) -> String {
        let base = message.text(lang)
        guard !moved.isEmpty else { return base }
        let names = moved.map { "“\($0.name)”" }
        return lang == .zh
            ? base + ";原由其牵头的职责随之转入:" + names.joined(separator: "、")
            : base + "; the duties they led move with them: " + names.joined(separator: ", ")
    }

    /// The change as the JSON object `diff --format json` prints: `change`, `subject`, `before`, `after`,
    /// `message`, then only the extra fields that apply (field names are a public interface).
    public func json(_ lang: Language) -> JSON {
        var pairs: [(String, JSON)] = [
            ("change", .string(change.rawValue)),
            ("subject", .string(subject)),
            ("before", .optional(before)),
            ("after", .optional(after)),
            ("message", .string(text(lang))),
        ]
        func refs(_ list: [NamedRef]) -> JSON {
            .array(list.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
        }
        if let unit { pairs.append(("unit", .string(unit))) }
        if !beforeIDs.isEmpty { pairs.append(("before_ids", .array(beforeIDs.map(JSON.string)))) }
        if !afterIDs.isEmpty { pairs.append(("after_ids", .array(afterIDs.map(JSON.string)))) }
        if !predecessors.isEmpty { pairs.append(("predecessors", refs(predecessors))) }
        if !successors.isEmpty { pairs.append(("successors", refs(successors))) }
        if !oldParents.isEmpty { pairs.append(("old_parents", refs(oldParents))) }
        if let newParent { pairs.append(("new_parent", refs([newParent]).firstItem)) }
        if !lost.isEmpty { pairs.append(("lost", refs(lost))) }
        if !moved.isEmpty { pairs.append(("duties_moved", refs(moved))) }
        return .object(pairs)
    }
}

extension JSON {
    /// The first element of an array value (used to build one object with the array helper).
    fileprivate var firstItem: JSON {
        if case .array(let items) = self, let first = items.first { return first }
        return .null
    }
}
