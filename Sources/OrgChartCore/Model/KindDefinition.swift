/// A unit kind: its labels, what its head and deputies are called, and everything the checks, the charts and the
/// readers ask of it. Code asks the kind (`isWorkGroup`, `headTitle`, …), never compares its id to a literal.
public struct KindDefinition: Sendable, Hashable {
    public var id: String
    public var zh: String
    public var en: String
    /// Whether a unit of this kind needs a head (`unit-without-chief`).
    public var needsChief: Bool
    /// Whether a unit of this kind needs an office host (`unit-without-office`).
    public var needsOffice: Bool
    /// What its head is called in Chinese (指挥长, 组长, 主任); nil for the generic 负责人.
    public var head: String?
    /// What its deputies are called in Chinese (副指挥长, 副组长, 副主任); nil for the generic 副职.
    public var deputy: String?
    /// What its head is called in English (Commander, Leader, Director); nil for the generic Head.
    public var headEn: String?
    /// What its deputies are called in English; nil for the generic Deputy.
    public var deputyEn: String?
    /// What the kind is to the checks and charts (a headquarters, a work group, an office, …), if anything.
    public var role: KindRole?
    /// Its colours in charts; nil for a kind a model declares (charts give those colours in declaration order).
    public var colours: KindColours?
    /// Endings of a unit's name, as minutes or a member list write it, that suggest this kind (局 → bureau).
    public var nameEndings: [String]
    /// The kind that stands in for this one where a reader writes only the kinds of the first model format, or a
    /// model does not know this one (a 领导小组 in minutes is a committee).
    public var nearest: String?

    public init(
        id: String, zh: String, en: String, needsChief: Bool = false, needsOffice: Bool = false, head: String? = nil,
        deputy: String? = nil, headEn: String? = nil, deputyEn: String? = nil, role: KindRole? = nil,
        colours: KindColours? = nil, nameEndings: [String] = [], nearest: String? = nil
    ) {
        self.id = id
        self.zh = zh
        self.en = en
        self.needsChief = needsChief
        self.needsOffice = needsOffice
        self.head = head
        self.deputy = deputy
        self.headEn = headEn
        self.deputyEn = deputyEn
        self.role = role
        self.colours = colours
        self.nameEndings = nameEndings
        self.nearest = nearest
    }

    /// The title of a head when the kind names none (负责人 / Head).
    public static let genericHead = Message(en: "Head", zh: "负责人")
    /// The title of a deputy when the kind names none (副职 / Deputy).
    public static let genericDeputy = Message(en: "Deputy", zh: "副职")

    /// The title of the head of a unit of this kind: 分指挥长 for a sub-command post, 组长 for a work group, ….
    public var headTitle: Message {
        Message(en: headEn ?? Self.genericHead.en, zh: head ?? Self.genericHead.zh)
    }
    /// The title of the deputies of a unit of this kind: 副分指挥长, 副组长, ….
    public var deputyTitle: Message {
        Message(en: deputyEn ?? Self.genericDeputy.en, zh: deputy ?? Self.genericDeputy.zh)
    }
    /// The Chinese word for its head, 负责人 when the kind has none of its own.
    public var headWord: String { headTitle.zh }
    /// The Chinese word for a deputy, 副职 when the kind has none of its own.
    public var deputyWord: String { deputyTitle.zh }

    /// Whether it is the top of a command structure (指挥部): the model's root, a notice's first section.
    public var isHeadquarters: Bool { role == .headquarters }
    /// Whether it is a sub-command post (分指挥部), which liaises with work groups (`liaison-gap`).
    public var isSubcommand: Bool { role == .subcommand }
    /// Whether it is a work group (工作组): charts draw work groups in one band; posts liaise with them.
    public var isWorkGroup: Bool { role == .workgroup }
    /// Whether a unit of this kind is an office (办公室) that is set in a host unit (`host:`).
    public var isOffice: Bool { role == .office }
    /// Whether a unit of this kind is a collective (各乡镇, 全区各级各部门): a set of bodies without staff of its own.
    public var isCollective: Bool { role == .collective }
}

/// What a kind is to the checks, the charts and the readers; a kind has at most one role. A model's own kind takes
/// one with `role:`.
public enum KindRole: String, Sendable, Hashable, CaseIterable {
    /// The top of a command structure (指挥部).
    case headquarters
    /// A sub-command post under a headquarters (分指挥部), liaising with work groups.
    case subcommand
    /// A work group (工作组), drawn in the work groups' band of a chart.
    case workgroup
    /// The office of a body (办公室), set in a host unit.
    case office
    /// Bodies named together (各乡镇(街道)); its members are the real units.
    case collective
}

/// The colours of a kind's boxes in charts: a light fill, a darker border and the heading's colour.
public struct KindColours: Sendable, Hashable {
    public var fill: String
    public var border: String
    public var text: String

    public init(_ fill: String, _ border: String, _ text: String) {
        self.fill = fill
        self.border = border
        self.text = text
    }
}

/// The unit kinds every model can use without declaring them.
public enum BuiltInKinds {
    /// 指挥部: the top of a command structure.
    public static let headquarters = KindDefinition(
        id: "headquarters", zh: "指挥部", en: "headquarters", needsChief: true, needsOffice: true, head: "指挥长",
        deputy: "副指挥长", headEn: "Commander", role: .headquarters,
        colours: KindColours("#FBE3E1", "#B3261E", "#8C1D18"), nameEndings: ["指挥部"])
    /// 分指挥部: a post under a headquarters.
    public static let subcommand = KindDefinition(
        id: "subcommand", zh: "分指挥部", en: "sub-command post", needsChief: true, needsOffice: true, head: "分指挥长",
        deputy: "副分指挥长", headEn: "Chief", role: .subcommand, colours: KindColours("#E3EDF9", "#1F5FA8", "#123E73"),
        nameEndings: ["分指挥部"])
    /// 工作组: a working group.
    public static let workgroup = KindDefinition(
        id: "workgroup", zh: "工作组", en: "work group", needsChief: true, head: "组长", deputy: "副组长",
        headEn: "Leader", role: .workgroup, colours: KindColours("#E4F3E8", "#2E7D32", "#1B5E20"),
        nameEndings: ["工作组"])
    /// 部门: a government department (局 / 办 / 委 / 室).
    public static let bureau = KindDefinition(
        id: "bureau", zh: "部门", en: "bureau", colours: KindColours("#FFF3D6", "#B26A00", "#6D4100"),
        nameEndings: ["局", "办", "委", "室", "厅", "部"])
    /// 乡镇(街道): a township, town or sub-district.
    public static let township = KindDefinition(
        id: "township", zh: "乡镇(街道)", en: "township", colours: KindColours("#F1E6FA", "#7B3FA0", "#4A235F"),
        nameEndings: ["街道", "镇", "乡"])
    /// 委员会: a committee or Party body (区委, 区委常委会, 管委会).
    public static let committee = KindDefinition(
        id: "committee", zh: "委员会", en: "committee", colours: KindColours("#FDE7EF", "#AD1457", "#7A0E3D"),
        nameEndings: ["常委会", "委员会", "管委会"])
    /// 人民政府: a people's government.
    public static let government = KindDefinition(
        id: "government", zh: "人民政府", en: "government", colours: KindColours("#E0F2F1", "#00796B", "#004D40"),
        nameEndings: ["人民政府", "政府"])
    /// 集体: a group named collectively (各乡镇(街道), 全区各级各部门).
    public static let collective = KindDefinition(
        id: "collective", zh: "集体", en: "collective", role: .collective,
        colours: KindColours("#EFEBE7", "#6D4C41", "#3E2723"))
    /// 部门 of any other organisation; it shares `bureau`'s colours (a chart's legend lists them once).
    public static let department = KindDefinition(
        id: "department", zh: "部门", en: "department", colours: KindColours("#FFF3D6", "#B26A00", "#6D4100"))
    /// 团队: a team of any other organisation.
    public static let team = KindDefinition(
        id: "team", zh: "团队", en: "team", colours: KindColours("#E8EAF6", "#3949AB", "#1A237E"))
    // What real notices set up besides 指挥部: 领导小组, its 办公室, 工作专班.
    /// 领导小组 (协调领导小组, 工作领导小组).
    public static let leadingGroup = KindDefinition(
        id: "leading-group", zh: "领导小组", en: "leading group", needsChief: true, needsOffice: true, head: "组长",
        deputy: "副组长", headEn: "Leader", colours: KindColours("#FDEBD8", "#C2570C", "#7A3306"),
        nameEndings: ["领导小组"], nearest: "committee")
    /// 办公室: the office of a body, set in a host unit.
    public static let office = KindDefinition(
        id: "office", zh: "办公室", en: "office", head: "主任", deputy: "副主任", headEn: "Director", role: .office,
        colours: KindColours("#F3F6F9", "#546E7A", "#263238"))
    /// 工作专班.
    public static let taskForce = KindDefinition(
        id: "task-force", zh: "工作专班", en: "task force", needsChief: true, head: "组长", deputy: "副组长",
        headEn: "Leader", colours: KindColours("#EDE7F6", "#5E35B1", "#311B92"), nameEndings: ["工作专班", "专班"],
        nearest: "team")
    // The bodies their member lists name besides bureaus: 事业单位 (中心, 站), 企业 (供电公司), and the armed
    // forces (人武部, 武警中队, 消防救援大队).
    /// 事业单位: a 中心, 站, 所.
    public static let institution = KindDefinition(
        id: "institution", zh: "事业单位", en: "public institution",
        colours: KindColours("#FFF8E1", "#A1887F", "#5D4037"))
    /// 企业: a company (供电分公司, 自来水公司).
    public static let enterprise = KindDefinition(
        id: "enterprise", zh: "企业", en: "enterprise", colours: KindColours("#F1F8E9", "#689F38", "#33691E"))
    /// 武装力量: 人武部, 武警中队, 消防救援大队.
    public static let armedForces = KindDefinition(
        id: "armed-forces", zh: "武装力量", en: "armed forces", colours: KindColours("#ECEFF1", "#37474F", "#263238"))

    /// Built-in kinds in the order charts and counts list them.
    public static let all: [KindDefinition] = [
        headquarters, subcommand, workgroup, bureau, township, committee, government, collective, department, team,
        leadingGroup, office, taskForce, institution, enterprise, armedForces,
    ]

    /// Looks a built-in kind up by id.
    public static func named(_ id: String) -> KindDefinition? { all.first { $0.id == id } }

    /// Every built-in kind's name endings with the kind, longest ending first.
    static let endings: [(ending: String, kind: KindDefinition)] = {
        let pairs = Self.all.flatMap { k in k.nameEndings.map { (ending: $0, kind: k) } }
        // Stable: endings of the same length keep the order of `all`.
        return pairs.indices.sorted { a, b in
            let (x, y) = (pairs[a].ending.count, pairs[b].ending.count)
            return x != y ? x > y : a < b
        }.map { pairs[$0] }
    }()

    /// The built-in kind a unit's name suggests by its ending (区发展改革局 → bureau), the longest ending first, among
    /// the kinds `among` accepts; nil when no ending fits.
    public static func suggested(
        byName name: String, among include: (KindDefinition) -> Bool = { _ in true }
    ) -> KindDefinition? {
        endings.first { name.hasSuffix($0.ending) && include($0.kind) }?.kind
    }
}

extension Model {
    /// Every kind this model may use: the built-in ones, then its own.
    public var kinds: [KindDefinition] { BuiltInKinds.all + customKinds }

    /// The definition of a kind by id (the model's own declarations win over built-in ones).
    public func kind(_ id: String) -> KindDefinition? {
        customKinds.first { $0.id == id } ?? BuiltInKinds.named(id)
    }

    /// The label of a kind in the given language, or the id when the kind is unknown.
    public func kindLabel(_ id: String, lang: Language) -> String {
        guard let k = kind(id) else { return id }
        return lang == .zh ? k.zh : k.en
    }

    /// The title of the head of a unit of a kind, as the kind says (负责人 when the kind is unknown).
    public func headTitle(_ kind: String) -> Message { self.kind(kind)?.headTitle ?? KindDefinition.genericHead }

    /// The title of the deputies of a unit of a kind, as the kind says (副职 when the kind is unknown).
    public func deputyTitle(_ kind: String) -> Message {
        self.kind(kind)?.deputyTitle ?? KindDefinition.genericDeputy
    }
}

/// `Model.kind(_:)` for a run over many units, remembering the last kind asked for (units of a kind come together).
struct KindCache {
    let model: Model
    var last: (id: String, kind: KindDefinition?)?

    init(_ model: Model) { self.model = model }

    mutating func kind(_ id: String) -> KindDefinition? {
        if let last, last.id == id { return last.kind }
        let k = model.kind(id)
        last = (id, k)
        return k
    }
}
