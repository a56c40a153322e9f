/// Where something stands in the minutes: item (`一`), point (`四`, from `四是` or `（四）`) and line.
public struct MinutesLocation: Sendable, Hashable, Comparable {
    /// The item's numeral, nil before the first item.
    public var item: String?
    /// The point's numeral within the item, nil outside points.
    public var point: String?
    public var line: Int
    public var column: Int

    /// Creates a value with the given parts.
    public init(item: String?, point: String?, line: Int, column: Int = 1) {
        self.item = item
        self.point = point
        self.line = line
        self.column = column
    }

    /// `一.四`, `三`, or empty before the first item.
    public var path: String {
        [item, point].compactMap { $0 }.joined(separator: ".")
    }

    /// `minutes#一.四`: a model's `source` value for a named source document.
    public func source(_ name: String) -> String {
        path.isEmpty ? name : "\(name)#\(path)"
    }

    /// Orders by line, then column.
    public static func < (a: MinutesLocation, b: MinutesLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A person or unit named in the minutes, and what it was resolved or proposed to be in a model.
public struct Party: Sendable, Hashable {
    /// What sort of name it is.
    public enum Sort: String, Sendable, Hashable {
        case person, unit
    }

    /// The name as the minutes write it, without the title (李顺朝, 区扶贫办, 各乡镇(街道)).
    public var name: String
    /// The title written with a person's name (副区长), if any.
    public var title: String?
    public var sort: Sort
    /// The unit kind (bureau, collective, …) for a unit, guessed from its name or taken from the model.
    public var kind: String?
    /// The model id it resolved to, or the id proposed for a new entry.
    public var id: String
    /// Whether `id` names an entry of the model given with `--model`.
    public var resolved: Bool
    /// Whether it names a group collectively (全区各级各部门): a diffuse owner.
    public var collective: Bool
    /// A person the minutes name only by a post (县住建局局长担任副组长): still to be named.
    public var placeholder: Bool

    /// Creates a value with the given parts.
    public init(
        name: String, title: String? = nil, sort: Sort, kind: String? = nil, id: String = "", resolved: Bool = false,
        collective: Bool = false, placeholder: Bool = false
    ) {
        self.name = name
        self.title = title
        self.sort = sort
        self.kind = kind
        self.id = id
        self.resolved = resolved
        self.collective = collective
        self.placeholder = placeholder
    }

    /// The name as written with its title (李顺朝副区长).
    public var written: String { name + (title ?? "") }

    /// The normalised name used to compare and to key proposals.
    var key: String { MinutesText.normalise(name) }
}

/// One task the minutes give someone: who leads, who assists, what, by when, how often, reported to whom.
public struct Assignment: Sendable, Hashable {
    /// Who leads: one is right; none is an ownerless task; several are named jointly.
    public var lead: [Party]
    public var assist: [Party]
    /// The task itself, trimmed of the lead, the deadline phrase and reporting clauses.
    public var task: String
    public var due: Day?
    public var cadence: Cadence?
    public var reportTo: Party?
    public var location: MinutesLocation
    /// The id of the rule that read it (see `ExtractionRules`).
    public var rule: ExtractionRuleID
    /// The notice rule that read it (see `NoticeRules`), for what a notice gave; printed instead of `rule`.
    public var noticeRule: String?
    /// The sentence it was read from, as written.
    public var sentence: String
    /// The id proposed for the duty.
    public var dutyID: String

    /// Creates a value with the given parts.
    public init(
        lead: [Party], assist: [Party] = [], task: String, due: Day? = nil, cadence: Cadence? = nil,
        reportTo: Party? = nil, location: MinutesLocation, rule: ExtractionRuleID, sentence: String, dutyID: String = ""
    ) {
        self.lead = lead
        self.assist = assist
        self.task = task
        self.due = due
        self.cadence = cadence
        self.reportTo = reportTo
        self.location = location
        self.rule = rule
        self.sentence = sentence
        self.dutyID = dutyID
    }
}

/// A fact about the structure: who heads a post, where its office is, how many posts there are, ….
public struct StructureFact: Sendable, Hashable {
    /// What the fact says.
    public enum Kind: String, Sendable, Hashable {
        /// `person` heads `unit` (担任分指挥长).
        case chief
        /// `person` is a deputy head of `unit` (担任副分指挥长).
        case deputy
        /// `other` hosts the office of `unit` (办公室设在 / 下设办公室在).
        case office
        /// `unit` sits under `other` (X下设的Y).
        case parent
        /// There are `count` units of `unitKind` (under `unit`, when named), `from` before a restructuring.
        case count
        /// `phrase` and `otherPhrase` must liaise (对接衔接).
        case liaison
        /// `person` chairs the meeting (主持).
        case chair
        /// `unit` is a body the document sets up (a notice's 领导小组, its 办公室, a 工作组), under `other` if given.
        case body
        /// `person` (or the unit `other`, with the role `holding` there) is a member of `unit` (成员, 成员单位).
        case member
    }

    public var kind: Kind
    public var unit: Party?
    public var person: Party?
    public var other: Party?
    /// The role word (分指挥长, 副分指挥长, 区长).
    public var role: String?
    /// The unit kind a count or liaison speaks of (subcommand, workgroup).
    public var unitKind: String?
    /// The noun counted (分指挥部).
    public var noun: String?
    public var count: Int?
    public var from: Int?
    /// The two sides of a liaison, as written (调整后10个分指挥部, 区委成立的5个工作组).
    public var phrase: String?
    public var otherPhrase: String?
    /// The role a member unit takes part through (分管领导, 负责同志), when the document says.
    public var holding: String?
    public var location: MinutesLocation
    public var rule: ExtractionRuleID
    /// The notice rule that read it (see `NoticeRules`), for what a notice gave; printed instead of `rule`.
    public var noticeRule: String?
    public var sentence: String

    /// Creates a value with the given parts.
    public init(
        kind: Kind, unit: Party? = nil, person: Party? = nil, other: Party? = nil, role: String? = nil,
        unitKind: String? = nil, noun: String? = nil, count: Int? = nil, from: Int? = nil, phrase: String? = nil,
        otherPhrase: String? = nil, location: MinutesLocation, rule: ExtractionRuleID, sentence: String
    ) {
        self.kind = kind
        self.unit = unit
        self.person = person
        self.other = other
        self.role = role
        self.unitKind = unitKind
        self.noun = noun
        self.count = count
        self.from = from
        self.phrase = phrase
        self.otherPhrase = otherPhrase
        self.location = location
        self.rule = rule
        self.sentence = sentence
    }
}

/// A name `--model` did not resolve, with the id proposed for it.
public struct UnresolvedName: Sendable, Hashable {
    public var name: String
    public var sort: Party.Sort
    public var proposedID: String
    public var location: MinutesLocation
}

/// Everything read from one set of minutes.
public struct Extraction: Sendable {
    /// The file the minutes were read from, for findings.
    public var file: String
    /// The meeting's date, from the text (2021年2月25日) or given.
    public var meetingDate: Day?
    public var encoding: TextEncoding
    public var assignments: [Assignment]
    public var structure: [StructureFact]
    /// What the checks `duty-without-lead`, `diffuse-lead` and `duty-multiple-leads` find in the assignments,
    /// located in the minutes (see `DraftChecks`).
    public var findings: [Finding]
    /// Names `--model` did not resolve (empty without a model).
    public var unresolved: [UnresolvedName]
    /// People named, in order of first mention, with their ids.
    public var people: [Party]
    /// Units named, in order of first mention, with their ids.
    public var units: [Party]
    /// Where each person or unit (by id) is first named.
    public var firstMention: [String: MinutesLocation]
    /// The attribute rules (deadline, cadence, …) each assignment used, by index, for `--explain`.
    public var traces: [Int: [ExtractionRuleID]] = [:]
    /// Whether the meeting's year was not written with its day and was taken from another date in the text.
    public var meetingYearGuessed = false
    /// What the reader could not do and why (nothing read as a task, a guessed year), for the user.
    public var notes: [Message] = []
    /// The structure's approval in principle and the step it awaits (会议原则同意…的通知…提交…审议), when the minutes
    /// give one.
    public var approval: DecisionApproval?
    /// What a notice (rather than minutes) gave: its source, bodies, rules, and what could not be read.
    var notice: NoticeReading?
    /// Whether the document was read as a notice (通知) rather than as minutes.
    public var isNotice: Bool { notice != nil }

    /// Creates a value with the given parts.
    public init(
        file: String, meetingDate: Day?, encoding: TextEncoding = .utf8, assignments: [Assignment] = [],
        structure: [StructureFact] = [], findings: [Finding] = [], unresolved: [UnresolvedName] = [],
        people: [Party] = [], units: [Party] = [], firstMention: [String: MinutesLocation] = [:]
    ) {
        self.file = file
        self.meetingDate = meetingDate
        self.encoding = encoding
        self.assignments = assignments
        self.structure = structure
        self.findings = findings
        self.unresolved = unresolved
        self.people = people
        self.units = units
        self.firstMention = firstMention
    }
}
