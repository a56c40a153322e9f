/// A duty that had a lead in BEFORE and has none in AFTER, with why and what to name instead.
public struct LeadLoss: Sendable, Hashable {
    /// The duty.
    public var duty: NamedRef
    /// Its leads in BEFORE.
    public var formerLeads: [NamedRef]
    /// AFTER units that took over a former lead unit (by merge, split or new id): the candidates for its `lead`.
    public var successors: [NamedRef]
    /// "duty X loses its lead: its lead unit A was removed and nothing replaces it".
    public var message: Message

    /// A duty that loses its lead.
    public init(duty: NamedRef, formerLeads: [NamedRef], successors: [NamedRef], message: Message) {
        self.duty = duty
        self.formerLeads = formerLeads
        self.successors = successors
        self.message = message
    }
}

/// One person's lead roles (units chaired plus duties led, as `lead-overload` counts them) before and after.
public struct LeadLoad: Sendable, Hashable {
    /// The person (AFTER name when they are still there).
    public var person: NamedRef
    /// Lead roles in BEFORE.
    public var before: Int
    /// Lead roles in AFTER.
    public var after: Int
    /// Roles held in AFTER only (units by their AFTER id, duties).
    public var gained: [NamedRef]
    /// Roles held in BEFORE only.
    public var lost: [NamedRef]
    /// The `lead-overload` limit of AFTER.
    public var limit: Int

    /// One person's lead roles before and after.
    public init(person: NamedRef, before: Int, after: Int, gained: [NamedRef], lost: [NamedRef], limit: Int) {
        self.person = person
        self.before = before
        self.after = after
        self.gained = gained
        self.lost = lost
        self.limit = limit
    }

    /// Whether the person held lead roles before and holds none after.
    public var losesEveryRole: Bool { before > 0 && after == 0 }

    /// Whether AFTER gives the person more lead roles than its limit.
    public var overLimit: Bool { after > limit }

    /// The load as the JSON object in `diff --format json`'s `load` list.
    public var json: JSON {
        .object([
            ("person", .string(person.id)),
            ("name", .string(person.name)),
            ("before", .int(before)),
            ("after", .int(after)),
            ("limit", .int(limit)),
            ("gained", .array(gained.map { .string($0.name) })),
            ("lost", .array(lost.map { .string($0.name) })),
            ("loses_every_role", .bool(losesEveryRole)),
            ("over_limit", .bool(overLimit)),
        ])
    }
}

/// How many units of one kind there are before and after, and how many AFTER's `expect.count` fixes.
public struct KindCount: Sendable, Hashable {
    /// The kind id.
    public var kind: String
    /// The kind's label in both languages.
    public var label: Message
    /// Units of the kind in BEFORE.
    public var before: Int
    /// Units of the kind in AFTER.
    public var after: Int
    /// AFTER's `expect.count` for the kind, if it fixes one.
    public var expected: Int?

    /// The counts of one kind.
    public init(kind: String, label: Message, before: Int, after: Int, expected: Int?) {
        self.kind = kind
        self.label = label
        self.before = before
        self.after = after
        self.expected = expected
    }

    /// Whether AFTER has a count that differs from the one it fixes.
    public var missesExpectation: Bool { expected.map { $0 != after } ?? false }

    /// `{"before": 14, "after": 10, "expected": 10}`.
    public var json: JSON {
        .object([("before", .int(before)), ("after", .int(after)), ("expected", expected.map(JSON.int) ?? .null)])
    }
}
