@_exported import struct OrgChartYAML.SourceMark

/// A whole organisation as one model file describes it.
public struct Model: Sendable {
    /// The file the model was loaded from (as given on the command line), for locating findings.
    public var file: String
    /// The `format:` value, e.g. `orgchart/1`.
    public var format: String
    /// Name, date and sources of the organisation.
    public var organisation: Organisation
    /// Constraints the decision fixes.
    public var expect: Expectations
    /// Kinds declared by the model in addition to the built-in ones.
    public var customKinds: [KindDefinition]
    /// Per-model severity and threshold settings of checks, by check id.
    public var checkSettings: [String: CheckSetting]
    /// Officials and other people.
    public var people: [Person]
    /// Units of every kind.
    public var units: [Unit]
    /// Duties (tasks with a lead).
    public var duties: [Duty]
    /// Positions (局长, 分管领导, 常务副县长 …), whoever holds them.
    public var posts: [Post]
    /// Where the top-level keys stand, for findings about the model as a whole.
    public var marks: [String: SourceMark]

    public init(
        file: String, format: String = "orgchart/1", organisation: Organisation = Organisation(),
        expect: Expectations = Expectations(), customKinds: [KindDefinition] = [],
        checkSettings: [String: CheckSetting] = [:], people: [Person] = [], units: [Unit] = [], duties: [Duty] = [],
        posts: [Post] = [], marks: [String: SourceMark] = [:]
    ) {
        self.file = file
        self.format = format
        self.organisation = organisation
        self.expect = expect
        self.customKinds = customKinds
        self.checkSettings = checkSettings
        self.people = people
        self.units = units
        self.duties = duties
        self.posts = posts
        self.marks = marks
    }
}

/// The `organisation:` block.
public struct Organisation: Sendable, Hashable {
    public var name: String
    /// The date the model describes.
    public var asOf: Day?
    /// Named source documents, in file order.
    public var sources: [NamedSource]
    /// How far the decision the model describes is approved (`status:`); nil when the model does not say.
    public var status: DecisionStatus?
    /// A further step the decision still awaits, as the source words it (`pending: 提交区委常委会审议`).
    public var pending: String?
    /// Where each key of the block stands.
    public var keyMarks: KeyMarks

    public init(
        name: String = "", asOf: Day? = nil, sources: [NamedSource] = [], status: DecisionStatus? = nil,
        pending: String? = nil, keyMarks: KeyMarks = [:]
    ) {
        self.name = name
        self.asOf = asOf
        self.sources = sources
        self.status = status
        self.pending = pending
        self.keyMarks = keyMarks
    }
}

/// How far a decision is approved: finally, only in principle (原则同意, to be revised), or not yet (a draft).
public enum DecisionStatus: String, Sendable, Hashable, CaseIterable {
    case approved
    case approvedInPrinciple = "approved-in-principle"
    case draft

    /// The words Chinese sources use for it.
    public var zh: String {
        switch self {
        case .approved: return "已批准"
        case .approvedInPrinciple: return "原则同意"
        case .draft: return "草案(送审稿)"
        }
    }
}

/// One entry of `organisation.sources`: a path, or a document with its number (文号), issuer and date.
public struct NamedSource: Sendable, Hashable {
    public var key: String
    /// Where the document is, usually a path relative to the repository root (empty when only described).
    public var path: String
    /// The document's title.
    public var title: String?
    /// Its document number (文号), e.g. 沪府办〔2020〕59号.
    public var number: String?
    /// Who issued it, e.g. 上海市人民政府办公厅.
    public var issuer: String?
    /// When it was issued.
    public var date: Day?
    /// Where it was published.
    public var url: String?

    public init(
        key: String, path: String, title: String? = nil, number: String? = nil, issuer: String? = nil,
        date: Day? = nil, url: String? = nil
    ) {
        self.key = key
        self.path = path
        self.title = title
        self.number = number
        self.issuer = issuer
        self.date = date
        self.url = url
    }

    /// Whether the entry says more than its path (it is written as a mapping).
    public var isDescribed: Bool { title != nil || number != nil || issuer != nil || date != nil || url != nil }
}

/// The `expect:` block.
public struct Expectations: Sendable, Hashable {
    /// Expected number of units per kind, in file order.
    public var count: [(kind: String, count: Int, mark: SourceMark)]
    /// Most lead roles (units chaired plus duties led) one person should hold; nil means the check's default.
    public var maxLeadRoles: Int?

    public init(count: [(kind: String, count: Int, mark: SourceMark)] = [], maxLeadRoles: Int? = nil) {
        self.count = count
        self.maxLeadRoles = maxLeadRoles
    }

    public static func == (a: Expectations, b: Expectations) -> Bool {
        a.maxLeadRoles == b.maxLeadRoles
            && a.count.map { "\($0.kind)=\($0.count)" } == b.count.map { "\($0.kind)=\($0.count)" }
    }

    public func hash(into h: inout Hasher) {
        h.combine(maxLeadRoles)
        for c in count {
            h.combine(c.kind)
            h.combine(c.count)
        }
    }
}

/// A per-model override of a check (`checks: {lead-overload: {severity: error, max: 3}}`).
public struct CheckSetting: Sendable, Hashable {
    public var severity: Severity?
    public var max: Int?
    public var mark: SourceMark

    public init(severity: Severity? = nil, max: Int? = nil, mark: SourceMark = SourceMark(line: 1, column: 1)) {
        self.severity = severity
        self.max = max
        self.mark = mark
    }
}

/// How serious a finding is. `off` disables a check.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case off, info, warning, error

    var rank: Int {
        switch self {
        case .off: return 0
        case .info: return 1
        case .warning: return 2
        case .error: return 3
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Whether a unit or person is real and named, or created by a decision that does not name it yet.
public enum Status: String, Sendable, Hashable {
    case active, placeholder
}

/// Whether a unit belongs to what the model's decision sets up (`own`, the default) or is context the decision
/// refers to without creating or staffing it (`context`: the Party committee's work groups, the district
/// government). Context units are drawn and may be referred to; the checks never report them as gaps.
public enum Scope: String, Sendable, Hashable, CaseIterable {
    case own, context
}

/// A reference from one entity to another by id, with where it is written.
public struct Ref: Sendable, Hashable {
    public var id: String
    public var mark: SourceMark

    public init(_ id: String, at mark: SourceMark = SourceMark(line: 0, column: 0)) {
        self.id = id
        self.mark = mark
    }

    public static func == (a: Ref, b: Ref) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

/// A suppression of one check on one entity, with the reason (`ignore: [{check: liaison-gap, reason: …}]`).
public struct Suppression: Sendable, Hashable {
    public var check: String
    public var reason: String?
    public var mark: SourceMark

    public init(check: String, reason: String?, mark: SourceMark) {
        self.check = check
        self.reason = reason
        self.mark = mark
    }
}

/// A person: an official with a title, or anyone who holds a role.
public struct Person: Sendable, Hashable {
    public var id: String
    public var name: String
    public var title: String?
    public var status: Status
    public var aliases: [String]
    public var source: String?
    public var note: String?
    public var ignore: [Suppression]
    /// Where the entry starts (its `id:` line).
    public var mark: SourceMark
    /// Where each key of the entry stands.
    public var keyMarks: KeyMarks

    public init(
        id: String, name: String, title: String? = nil, status: Status = .active, aliases: [String] = [],
        source: String? = nil, note: String? = nil, ignore: [Suppression] = [],
        mark: SourceMark = SourceMark(line: 0, column: 0), keyMarks: KeyMarks = [:]
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.status = status
        self.aliases = aliases
        self.source = source
        self.note = note
        self.ignore = ignore
        self.mark = mark
        self.keyMarks = keyMarks
    }

    /// Name with title, as minutes write it: 黄杰 (区委副书记).
    public var displayName: String {
        if let t = title, !t.isEmpty { return "\(name)(\(t))" }
        return name
    }
}

/// A unit of the organisation: the headquarters, a sub-command post, a work group, a bureau, a township, ….
public struct Unit: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String
    public var parent: Ref?
    /// The heads (a person or a post each); usually one, two for co-heads (`chief: [a, b]`).
    public var chiefs: [Ref]
    public var deputies: [Ref]
    public var office: Ref?
    /// For an office unit: the unit it is set in (办公室设在).
    public var host: Ref?
    public var members: [Ref]
    /// The source's member list is open: it ends in 等 or names a class (各乡镇人民政府).
    public var membersOpen: Bool
    /// Standing rules of the unit (replacement, convening, reporting), as the source writes them.
    public var rules: [String]
    public var liaises: [Ref]
    public var replaces: [Ref]
    public var aliases: [String]
    public var status: Status
    /// Whether the unit is the decision's own or context it only refers to (`scope: context`).
    public var scope: Scope
    public var source: String?
    public var note: String?
    public var ignore: [Suppression]
    public var mark: SourceMark
    public var keyMarks: KeyMarks

    public init(
        id: String, name: String, kind: String, parent: Ref? = nil, chief: Ref? = nil, chiefs: [Ref] = [],
        deputies: [Ref] = [], office: Ref? = nil, host: Ref? = nil, members: [Ref] = [], membersOpen: Bool = false,
        rules: [String] = [], liaises: [Ref] = [], replaces: [Ref] = [], aliases: [String] = [],
        status: Status = .active, scope: Scope = .own, source: String? = nil, note: String? = nil,
        ignore: [Suppression] = [], mark: SourceMark = SourceMark(line: 0, column: 0), keyMarks: KeyMarks = [:]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.chiefs = (chief.map { [$0] } ?? []) + chiefs
        self.deputies = deputies
        self.office = office
        self.host = host
        self.members = members
        self.membersOpen = membersOpen
        self.rules = rules
        self.liaises = liaises
        self.replaces = replaces
        self.aliases = aliases
        self.status = status
        self.scope = scope
        self.source = source
        self.note = note
        self.ignore = ignore
        self.mark = mark
        self.keyMarks = keyMarks
    }

    /// Whether the unit is context the decision refers to, not one of its own (`scope: context`).
    public var isContext: Bool { scope == .context }

    /// The first head, or nil; setting it makes it the only head.
    public var chief: Ref? {
        get { chiefs.first }
        set { chiefs = newValue.map { [$0] } ?? [] }
    }
}

/// A position (局长, 分管领导, 负责人, 常务副县长 …) in a unit or on its own, whoever holds it: notices give roles by
/// post (指挥长由分管农业农村工作的副县长担任) and ex officio (办公室主任由县农业农村局局长兼任).
public struct Post: Sendable, Hashable {
    public var id: String
    /// The position's title: 局长, 分管领导, 负责人, 常务副县长.
    public var title: String
    /// The unit the post belongs to; nil for posts like 县委常委、常务副县长.
    public var unit: Ref?
    /// The person who holds it, when the source names them.
    public var holder: Ref?
    /// What the post covers: 分管农业农村、水利工作.
    public var portfolio: String?
    public var status: Status
    public var source: String?
    public var note: String?
    public var ignore: [Suppression]
    public var mark: SourceMark
    public var keyMarks: KeyMarks

    public init(
        id: String, title: String, unit: Ref? = nil, holder: Ref? = nil, portfolio: String? = nil,
        status: Status = .active, source: String? = nil, note: String? = nil, ignore: [Suppression] = [],
        mark: SourceMark = SourceMark(line: 0, column: 0), keyMarks: KeyMarks = [:]
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.holder = holder
        self.portfolio = portfolio
        self.status = status
        self.source = source
        self.note = note
        self.ignore = ignore
        self.mark = mark
        self.keyMarks = keyMarks
    }
}

/// How often a duty reports or recurs.
public enum Cadence: String, Sendable, Hashable, CaseIterable {
    case daily, weekly, monthly, quarterly, yearly, periodic

    /// The Chinese word minutes use for it.
    public var zh: String {
        switch self {
        case .daily: return "每天"
        case .weekly: return "每周"
        case .monthly: return "每月"
        case .quarterly: return "每季度"
        case .yearly: return "每年"
        case .periodic: return "定期"
        }
    }
}

/// A duty: a task someone is accountable for (牵头) with others assisting (配合).
public struct Duty: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Who leads the work (牵头单位). Exactly one is right; none is a gap, more than one an overlap unless `joint`.
    public var lead: [Ref]
    public var assist: [Ref]
    /// The officials who answer for it (责任领导): people or posts.
    public var leader: [Ref]
    /// The source deliberately names several leads (共同牵头).
    public var joint: Bool
    public var due: Day?
    public var cadence: Cadence?
    public var reportTo: Ref?
    public var done: Bool
    /// What has been done so far (完成情况), as the office reports it.
    public var progress: String?
    public var source: String?
    public var note: String?
    public var ignore: [Suppression]
    public var mark: SourceMark
    public var keyMarks: KeyMarks

    public init(
        id: String, name: String, lead: [Ref] = [], assist: [Ref] = [], leader: [Ref] = [], joint: Bool = false,
        due: Day? = nil, cadence: Cadence? = nil, reportTo: Ref? = nil, done: Bool = false, progress: String? = nil,
        source: String? = nil,
        note: String? = nil, ignore: [Suppression] = [], mark: SourceMark = SourceMark(line: 0, column: 0),
        keyMarks: KeyMarks = [:]
    ) {
        self.id = id
        self.name = name
        self.lead = lead
        self.assist = assist
        self.leader = leader
        self.joint = joint
        self.due = due
        self.cadence = cadence
        self.reportTo = reportTo
        self.done = done
        self.progress = progress
        self.source = source
        self.note = note
        self.ignore = ignore
        self.mark = mark
        self.keyMarks = keyMarks
    }
}
