/// The words the notice reader looks for: roster labels, body words, titles of posts and the roles written after a
/// unit (分管领导). All in normalised form (full-width `，；：（）`, no spaces).
enum NoticeLexicon {
    /// What a roster label gives: the head of the body, a deputy, or a member.
    enum Role: String, Sendable, Hashable {
        case head, deputy, member
    }

    /// Roster labels (组长：, 副组长：, 成员单位：, …) with the role they give, longest first.
    static let labels: [(word: String, role: Role)] = sortedLongestFirst([
        ("组长", .head), ("总指挥", .head), ("总指挥长", .head), ("指挥长", .head), ("主任", .head), ("主任委员", .head),
        ("召集人", .head), ("所长", .head), ("队长", .head), ("班长", .head), ("专班长", .head), ("主席", .head),
        ("副组长", .deputy), ("第一副组长", .deputy), ("常务副组长", .deputy), ("执行副组长", .deputy),
        ("副总指挥", .deputy), ("第一副总指挥", .deputy), ("常务副总指挥", .deputy), ("副总指挥长", .deputy),
        ("第一副总指挥长", .deputy), ("执行副总指挥长", .deputy), ("常务副总指挥长", .deputy), ("副指挥长", .deputy),
        ("常务副指挥长", .deputy), ("第一副指挥长", .deputy), ("执行副指挥长", .deputy), ("副主任", .deputy),
        ("常务副主任", .deputy), ("副主任委员", .deputy), ("常务副主任委员", .deputy), ("副召集人", .deputy),
        ("副所长", .deputy), ("副队长", .deputy), ("副班长", .deputy), ("副主席", .deputy),
        ("成员", .member), ("组员", .member), ("成员单位", .member), ("委员", .member), ("小组成员", .member),
        // Contacts assigned to a group (包联): members of it, with that role.
        ("联系领导", .member), ("联系干部", .member), ("联系镇干部", .member), ("联系村干部", .member),
    ])

    /// The label a word is, when it is one (spaces and a bracketed gloss such as `组长（总指挥）` already removed).
    static func label(_ word: String) -> Role? {
        labels.first { $0.word == word }?.role
    }

    /// Endings of the names of bodies a notice sets up, with their unit kind, longest first.
    static let bodyWords: [(word: String, kind: String)] = sortedLongestFirst([
        ("领导小组", "leading-group"), ("工作领导小组", "leading-group"), ("分指挥部", "subcommand"),
        ("指挥部", "headquarters"), ("指挥所", "headquarters"), ("工作专班", "task-force"), ("专班", "task-force"),
        ("联席会议", "joint-meeting"), ("委员会", "committee"), ("工作组", "workgroup"), ("专项组", "workgroup"),
        ("小组", "leading-group"), ("办公室", "office"),
    ]).map { (word: $0.word, kind: $0.role) }

    /// The kind of a body named `name`, from its ending (`workgroup` for any other name ending in 组).
    static func bodyKind(_ name: String) -> String? {
        if let k = bodyWords.first(where: { name.hasSuffix($0.word) }) { return k.kind }
        return name.hasSuffix("组") ? BuiltInKinds.workgroup.id : nil
    }

    /// Kinds of bodies notices set up that the model does not build in: a draft declares those it uses.
    static let draftKinds: [KindDefinition] = [
        KindDefinition(id: "joint-meeting", zh: "联席会议", en: "joint meeting", needsChief: true, nearest: "committee")
    ]

    /// A kind a notice's body or unit may have: a built-in one or one of `draftKinds`.
    static func kind(_ id: String) -> KindDefinition? {
        BuiltInKinds.named(id) ?? draftKinds.first { $0.id == id }
    }

    /// Whether the kind of that id is an office (办公室).
    static func isOffice(_ kind: String) -> Bool { self.kind(kind)?.isOffice == true }

    /// Titles of posts, longest first: a text ending in one names a post (县应急管理局局长, 副省长).
    static let titles: [String] = sortedLongestFirst(
        MinutesLexicon.titles.filter { $0 != "同志" } + [
            "总理", "副总理", "国务委员", "省长", "副省长", "厅长", "副厅长", "主席", "副主席", "总经理", "副总经理",
            "巡视员", "副巡视员", "调研员", "副调研员", "总工程师", "总经济师", "总统计师", "总规划师", "总会计师",
            "总队长", "副总队长", "大队长", "副大队长", "队长", "副队长", "司令员", "政委", "督查专员", "部长助理",
            "理事长", "副理事长", "副检察长", "署长", "副署长", "审计长", "副审计长", "参谋长", "副参谋长", "党组成员",
            "党组书记", "党组副书记", "党委书记", "党委副书记", "区委书记", "县委书记", "会长", "副会长", "行长", "副行长",
            "社长", "副社长", "台长", "馆长", "校长", "董事长", "总指挥", "副总指挥", "委员", "专职副主任",
            "秘书长", "副秘书长", "常委", "主任委员", "副主任委员", "专员", "副专员", "旗长", "州长", "副州长",
        ] + roles)

    /// Roles written after a unit to name whoever holds them there (县委宣传部分管领导, 省农业农村厅负责同志).
    static let roles: [String] = sortedLongestFirst([
        "主要负责人", "主要负责同志", "主要领导", "负责人", "负责同志", "有关负责同志", "相关负责同志", "分管负责同志",
        "分管领导", "分管副职", "分管负责人", "相关负责人", "有关负责人", "分管同志", "分管领导同志", "主要领导同志",
        "业务骨干", "抽派人员", "有关人员", "分管副局长",
    ])

    /// Ranks written before a post and held with it (县委常委、常务副县长 is one post): not split from what follows.
    static let ranks: [String] = sortedLongestFirst([
        "县委常委", "市委常委", "省委常委", "区委常委", "州委常委", "党组成员", "党委委员", "党组副书记", "党组书记",
        "党委副书记", "党委书记",
    ])

    /// Sector words a list may name a department by (发改, 水利, 电力), longest first: the bureau words of the minutes
    /// and those that name a department in lists of members (国土, 广电, 电信).
    static let sectors: [String] = sortedLongestFirst(
        MinutesLexicon.idWords.map(\.0).filter { !["政府", "组织", "数据"].contains($0) } + [
            "国土", "建设", "电力", "广电", "电信", "人武", "交通", "环保", "卫生", "文化", "旅游", "规划",
        ])

    /// Words opening a standing rule of the body (replacement, convening, winding up).
    static let ruleWords: [String] = [
        "如有变动", "自然替补", "自行替补", "递补", "因工作变动", "自行撤销", "自动撤销", "不另行文", "不纳入", "不设实体",
        "不刻制印章", "不正式行文", "联络员制度", "不定期召开", "运行至",
    ]

    /// Headings whose paragraphs list the body's duties.
    static let dutyHeadings: [String] = ["主要职责", "工作职责", "主要任务", "职责"]

    static func sortedLongestFirst(_ words: [String]) -> [String] {
        MinutesLexicon.sortedLongestFirst(words)
    }

    static func sortedLongestFirst<T>(_ pairs: [(String, T)]) -> [(word: String, role: T)] {
        pairs.enumerated().sorted { a, b in
            a.element.0.count != b.element.0.count ? a.element.0.count > b.element.0.count : a.offset < b.offset
        }.map { (word: $0.element.0, role: $0.element.1) }
    }
}
