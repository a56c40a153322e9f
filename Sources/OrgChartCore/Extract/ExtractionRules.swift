/// The id of an extraction rule: the name `--explain`, the JSON output (`rule`) and docs/extract.md print.
public enum ExtractionRuleID: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The id as printed (`lead-qiantou`).
    public var description: String { rawValue }

    case personQian = "person-qian"
    case leadQiantouFuze = "lead-qiantou-fuze"
    case leadQiantou = "lead-qiantou"
    case leadHuitong = "lead-huitong"
    case leadFuze = "lead-fuze"
    case assistFirst = "assist-first"
    case taskThenLead = "task-then-lead"
    case please
    case subjectMust = "subject-must"
    case subject
    case addressee
    case continuation
    case splitReport = "split-report"
    case hearing
    case aboveWork = "above-work"
    case heading
    case ownerless
    case leadByTitle = "lead-by-title"
    case separately
    case assistClause = "assist-clause"
    case dueDate = "due-date"
    case dueMonthEnd = "due-month-end"
    case dueDecade = "due-decade"
    case dueYear = "due-year"
    case dueYearEnd = "due-year-end"
    case dueHalf = "due-half"
    case dueQuarter = "due-quarter"
    case cadence
    case reportTo = "report-to"
    case submitTo = "submit-to"
    case reportingClause = "reporting-clause"
    case postChief = "post-chief"
    case postDeputy = "post-deputy"
    case postParent = "post-parent"
    case officeHost = "office-host"
    case countChange = "count-change"
    case liaison
    case count
    case chair
    case approval
}

/// One rule of the extraction: how a formulaic phrase of minutes is read. The table `ExtractionRules.all` is the
/// one place a user reads to see why a sentence was read as it was; `--explain` names these rules.
struct ExtractionRule: Sendable, Hashable {
    /// What a rule produces.
    enum Role: String, Sendable, Hashable {
        /// Starts an assignment (who leads what).
        case assignment
        /// Adds to an assignment (assists, deadline, cadence, report target).
        case attribute
        /// A fact about the structure.
        case structure
    }

    /// The stable id `--explain` prints (`person-qian`).
    var id: ExtractionRuleID
    var role: Role
    /// The pattern in a compact notation: `{lead}`, `{assist}`, `{task}`, `{date}` are slots, `[…]` is optional,
    /// `a|b` are alternatives.
    var pattern: String
    /// What the rule reads, in both languages.
    var summary: Message
    /// A sentence it matches, as minutes write it.
    var example: String
    /// What the example yields, for the documentation.
    var yields: String
}

/// The rules of `orgchart extract`, in the order they are tried within each role.
enum ExtractionRules {
    /// Every rule.
    static let all: [ExtractionRule] = assignment + attribute + structure

    /// The rule with this id.
    static func rule(_ id: ExtractionRuleID) -> ExtractionRule? { all.first { $0.id == id } }

    /// Rules that start an assignment.
    static let assignment: [ExtractionRule] = [
        ExtractionRule(
            id: .personQian, role: .assignment, pattern: "{lead} 牵 {assist}、{assist}… {task}",
            summary: Message(
                en: "a leader 牵 (takes along) units: the leader leads, the units that follow 牵 assist",
                zh: "“某某牵某某单位”:领导牵头,“牵”后面的单位配合"),
            example: "李顺朝副区长牵区扶贫办、各乡镇(街道)加强防贫预警机制的动态跟踪和监测",
            yields: "lead 李顺朝(副区长); assist 区扶贫办, 各乡镇(街道); task 加强防贫预警机制的动态跟踪和监测"),
        ExtractionRule(
            id: .leadQiantouFuze, role: .assignment, pattern: "{lead} 牵头负责|负责牵头 {task}",
            summary: Message(en: "X 牵头负责 (leads and answers for) a task", zh: "“某某牵头负责……”"),
            example: "区住建局牵头负责老旧小区改造项目的申报工作",
            yields: "lead 区住建局; task 老旧小区改造项目的申报工作"),
        ExtractionRule(
            id: .leadQiantou, role: .assignment, pattern: "[请|由] {lead} 牵头[，{assist}配合]，{task}",
            summary: Message(en: "X 牵头 (leads); the task follows, often after a comma", zh: "“请/由某某牵头,……”"),
            example: "请赵国明副区长牵头,建立健全分解督办、审核反馈等督查工作制度",
            yields: "lead 赵国明(副区长); task 建立健全分解督办、审核反馈等督查工作制度"),
        ExtractionRule(
            id: .leadHuitong, role: .assignment, pattern: "{lead} 会同 {assist}、… {task}",
            summary: Message(en: "X 会同 (together with) Y: X leads, Y assists", zh: "“某某会同某某……”:前者牵头,后者配合"),
            example: "区财政局会同区审计局开展专项资金清理检查",
            yields: "lead 区财政局; assist 区审计局; task 开展专项资金清理检查"),
        ExtractionRule(
            id: .leadFuze, role: .assignment, pattern: "[由] {lead} 负责 {task}",
            summary: Message(en: "X 负责 (is responsible for) a task", zh: "“某某负责……”"),
            example: "区教育局负责校园疫情防控工作",
            yields: "lead 区教育局; task 校园疫情防控工作"),
        ExtractionRule(
            id: .assistFirst, role: .assignment, pattern: "{assist} 配合|协助 {lead} {task}",
            summary: Message(en: "Y 配合 X (assists X in) a task: X leads", zh: "“某某配合某某……”:后者牵头"),
            example: "区财政局配合区住建局做好资金保障",
            yields: "lead 区住建局; assist 区财政局; task 做好资金保障"),
        ExtractionRule(
            id: .taskThenLead, role: .assignment, pattern: "{task}[，]由 {lead} 负责|牵头[负责]",
            summary: Message(en: "the task first, then who does it: …由X负责", zh: "先说任务,后说“由某某负责/牵头”"),
            example: "做好春耕备耕物资储备工作,由区农业农村局负责",
            yields: "lead 区农业农村局; task 做好春耕备耕物资储备工作"),
        ExtractionRule(
            id: .please, role: .assignment, pattern: "请 {lead} {task}",
            summary: Message(en: "请 X (X is asked to) do a task", zh: "“请某某……”"),
            example: "请区政府督查室根据区委确定的工作重点,制定2021年政府督查工作重点、计划和清单",
            yields: "lead 区政府督查室; task 制定2021年政府督查工作重点、计划和清单"),
        ExtractionRule(
            id: .subjectMust, role: .assignment, pattern: "{lead} 要|需|须|应|必须|务必 {task}",
            summary: Message(en: "X 要 (must) do a task", zh: "“某某要……”"),
            example: "全区各级各部门要认真学习《条例》内容,领会精髓要义",
            yields: "lead 全区各级各部门 (diffuse); task 认真学习《条例》内容,领会精髓要义"),
        ExtractionRule(
            id: .subject, role: .assignment, pattern: "{lead} [于{date}前|按照…|根据…] {task}",
            summary: Message(
                en: "a unit or person starts the clause and a task verb or frame follows", zh: "句首是单位或人员,其后是任务"),
            example: "区发展改革局于3月10日前将《意见》进行分解,每条措施明确责任领导、责任单位、责任人",
            yields: "lead 区发展改革局; due 03-10; task 将《意见》进行分解,每条措施明确责任领导、责任单位、责任人"),
        ExtractionRule(
            id: .addressee, role: .assignment, pattern: "会议要求，{lead}、{lead}：一是{task}",
            summary: Message(
                en: "points addressed to the parties named before the colon, when a point names no lead of its own",
                zh: "冒号前点名的对象,适用于其后没有自己牵头方的各点"),
            example: "会议要求,各位副区长、全区各级各部门:一是要深入学习领会讲话精神",
            yields: "lead 各位副区长, 全区各级各部门 (diffuse); task 深入学习领会讲话精神"),
        ExtractionRule(
            id: .continuation, role: .assignment, pattern: "一是…{lead}…。{task}",
            summary: Message(
                en:
                    "a sentence with no subject of its own, in a point (一是…, （一）…) whose lead is already named: same "
                    + "lead; outside a point such a sentence is a requirement of its own",
                zh: "同一点(一是…、(一)…)中没有主语的后续句子,沿用该点已点名的牵头方;不在某一点中的则是独立的要求"),
            example: "会议要求,一是请赵国明副区长牵头,建立健全督查工作制度。探索建立督促检查与目标管理相结合的工作机制",
            yields: "two tasks, both led by 赵国明(副区长)"),
        ExtractionRule(
            id: .splitReport, role: .assignment, pattern: "{lead}…，定期|每月… 形成…报告|汇报",
            summary: Message(
                en: "a clause opened by a rhythm that sets a reporting task of its own: same lead, a task of its own",
                zh: "以频次开头、另行规定报告事项的分句:同一牵头方的另一项任务"),
            example: "近期要加大对重点项目的跟踪督办力度,定期形成督查报告报研",
            yields: "two tasks; the second 定期形成督查报告报研, cadence periodic"),
        ExtractionRule(
            id: .hearing, role: .assignment, pattern: "…，[年内]定期听取…汇报",
            summary: Message(
                en: "hearing reports (听取汇报): who hears them is not said, so the task has no lead",
                zh: "“定期听取汇报”:未说明由谁听取,该任务没有牵头方"),
            example: "区发展改革局于3月10日前将《意见》进行分解,年内定期听取各项工作情况汇报",
            yields: "task 年内定期听取各项工作情况汇报; cadence periodic; no lead, no due (年内定期 is a window)"),
        ExtractionRule(
            id: .aboveWork, role: .assignment, pattern: "{task}；{task}。上述|以上工作由 {lead} 牵头|负责",
            summary: Message(
                en: "上述工作 (the work above) given to a lead: the lead of every task of the point still without one",
                zh: "“上述工作由某某牵头负责”:本点中此前尚无牵头方的各项任务均由其牵头"),
            example: "做好农村人居环境整治；做好农村公路养护。上述工作由区交通运输局牵头负责",
            yields: "two tasks, 做好农村人居环境整治 and 做好农村公路养护, both led by 区交通运输局"),
        ExtractionRule(
            id: .heading, role: .assignment, pattern: "一是{short title}。{details}",
            summary: Message(
                en:
                    "a point that opens with a short title: the title names the task, the sentences after it "
                    + "add details",
                zh: "以简短标题开头的一点:标题即任务名称,后续句子补充细节"),
            example: "一是全面提升生态文明建设。深入推进生态环保整治工作,2021年完成所有环保反馈问题的整改销号任务",
            yields: "task 全面提升生态文明建设; due 2021-12-31; no lead → duty-without-lead"),
        ExtractionRule(
            id: .ownerless, role: .assignment, pattern: "会议要求|强调，{task}",
            summary: Message(
                en: "a required task with no owner named anywhere: reported as duty-without-lead",
                zh: "会议要求的任务,但没有任何牵头方:报告为 duty-without-lead"),
            example: "会议强调,各项督查检查结果要运用到年终综合目标考核考评中",
            yields: "task 各项督查检查结果要运用到年终综合目标考核考评中; no lead"),
    ]

    /// Rules that add to an assignment.
    static let attribute: [ExtractionRule] = [
        ExtractionRule(
            id: .leadByTitle, role: .attribute, pattern: "{unit}局长|主任|主要负责人|… 牵头|负责",
            summary: Message(
                en: "a unit named through its head's title: the unit leads (the minutes name no person)",
                zh: "以单位负责人职务指代:由该单位牵头(纪要未点名具体人员)"),
            example: "请区住建局局长牵头,做好老旧小区改造项目申报工作",
            yields: "lead 区住建局; task 做好老旧小区改造项目申报工作"),
        ExtractionRule(
            id: .separately, role: .attribute, pattern: "{lead}、{lead} 分别 负责|牵头 {part}和{part}",
            summary: Message(
                en:
                    "分别 (each on its own): one task per lead; when the task has as many parts as there are leads, "
                    + "each lead takes its part in order",
                zh: "“分别负责”:每个牵头方各一项任务;任务分项数与牵头方数相同时按顺序对应"),
            example: "区农业农村局、区林草局分别负责春耕备耕物资储备和森林防火工作",
            yields: "two tasks: 春耕备耕物资储备 led by 区农业农村局, 森林防火工作 led by 区林草局"),
        ExtractionRule(
            id: .assistClause, role: .attribute, pattern: "{assist}、{assist}[等]配合|协助",
            summary: Message(en: "units that 配合 (assist) the assignment of the sentence", zh: "“某某配合”:配合单位"),
            example: "区财政局牵头,区审计局、区人社局配合,于6月底前完成专项资金清理",
            yields: "lead 区财政局; assist 区审计局, 区人社局; due 06-30"),
        ExtractionRule(
            id: .dueDate, role: .attribute, pattern: "[于|在]{M}月{D}日[之|以]前",
            summary: Message(
                en: "a day: the year is the meeting's (the next one if the day is already past)",
                zh: "具体日期:年份取会议日期所在年份(日期已过则为次年)"),
            example: "区发展改革局于3月10日前将《意见》进行分解", yields: "due 2021-03-10"),
        ExtractionRule(
            id: .dueMonthEnd, role: .attribute, pattern: "[{YYYY}年]{M}月底|月末[前]",
            summary: Message(en: "the end of a month", zh: "某月底前:该月最后一天"),
            example: "区住建局负责3月底前完成危房排查", yields: "due 2021-03-31"),
        ExtractionRule(
            id: .dueDecade, role: .attribute, pattern: "{M}月上旬|中旬|下旬前",
            summary: Message(en: "the first, middle or last ten days of a month", zh: "某月上旬/中旬/下旬前"),
            example: "区民政局负责4月中旬前完成低保对象复核", yields: "due 2021-04-20"),
        ExtractionRule(
            id: .dueYear, role: .attribute, pattern: "{YYYY}年底前|{YYYY}年内|{YYYY}年完成",
            summary: Message(en: "within a given year", zh: "某年内/某年底前/某年完成"),
            example: "2021年完成所有环保反馈问题的整改销号任务", yields: "due 2021-12-31"),
        ExtractionRule(
            id: .dueYearEnd, role: .attribute, pattern: "年内|年底前|今年内|今年底前",
            summary: Message(en: "within the meeting's year", zh: "年内/年底前:会议当年年底"),
            example: "区水务局负责年内完成5座小水库除险加固", yields: "due 2021-12-31"),
        ExtractionRule(
            id: .dueHalf, role: .attribute, pattern: "[今年]上半年|下半年[内|前]",
            summary: Message(en: "the end of the first or second half-year", zh: "上半年:6月30日;下半年:12月31日"),
            example: "区统计局负责上半年完成经济普查数据核查", yields: "due 2021-06-30"),
        ExtractionRule(
            id: .dueQuarter, role: .attribute, pattern: "[第]一|二|三|四季度末|内|前|底",
            summary: Message(en: "the end of a quarter", zh: "某季度末"),
            example: "区商务局负责二季度末前完成电商平台搭建", yields: "due 2021-06-30"),
        ExtractionRule(
            id: .cadence, role: .attribute, pattern: "每天|每日|每周|每月|按月|每季度|每年|定期|不定期|每半年",
            summary: Message(
                en: "how often: daily, weekly, monthly, quarterly, yearly, or periodic (定期 and any other rhythm)",
                zh: "频次:每天、每周、每月、每季度、每年,其余(定期等)为 periodic"),
            example: "每月向区人民政府上报工作推进情况", yields: "cadence monthly"),
        ExtractionRule(
            id: .reportTo, role: .attribute, pattern: "向{unit}上报|报告|汇报|报送|报备|反馈",
            summary: Message(en: "the body reports go to", zh: "“向某某上报/报告”:报告对象"),
            example: "每月向区人民政府上报工作推进情况", yields: "report_to 区人民政府"),
        ExtractionRule(
            id: .submitTo, role: .attribute, pattern: "提交|上报|报送|报{unit}审议|审定|审批|备案|批准",
            summary: Message(en: "the body a result is submitted to", zh: "“提交某某审议”:报告对象"),
            example: "区农业农村局修改完善后按程序提交区委常委会审议", yields: "report_to 区委常委会"),
        ExtractionRule(
            id: .reportingClause, role: .attribute, pattern: "[每月|定期…][向{unit}]上报|报告|汇报…",
            summary: Message(
                en:
                    "a clause that only says how the work is reported: gives cadence and target, is not part "
                    + "of the task",
                zh: "只说明报告方式的分句:给出频次和报告对象,不计入任务名称"),
            example: "颜静副区长牵区人社局持续开展劳动力转移就业调查工作,每月向区人民政府上报工作推进情况",
            yields: "task 持续开展劳动力转移就业调查工作; cadence monthly; report_to 区人民政府"),
    ]

    /// Rules that read the structure.
    static let structure: [ExtractionRule] = [
        ExtractionRule(
            id: .postChief, role: .structure, pattern: "{post}由{person}担任{role}",
            summary: Message(en: "who heads a post (指挥长, 分指挥长, 组长, …)", zh: "由某某担任(分)指挥长、组长等"),
            example: "乡村规划分指挥部由黄杰副书记担任分指挥长", yields: "chief of 乡村规划分指挥部: 黄杰"),
        ExtractionRule(
            id: .postDeputy, role: .structure, pattern: "[由]{person}担任副{role}",
            summary: Message(en: "a deputy head of a post", zh: "由某某担任副职"),
            example: "乡村规划分指挥部由黄杰副书记担任分指挥长,黄大龙副区长担任副分指挥长",
            yields: "deputy of 乡村规划分指挥部: 黄大龙"),
        ExtractionRule(
            id: .postParent, role: .structure, pattern: "{parent}下设的{post}",
            summary: Message(en: "the unit a post sits under", zh: "“某某下设的某某”:上级单位"),
            example: "东川区实施乡村振兴战略指挥部下设的乡村规划分指挥部由黄杰副书记担任分指挥长",
            yields: "乡村规划分指挥部 under 东川区实施乡村振兴战略指挥部"),
        ExtractionRule(
            id: .officeHost, role: .structure, pattern: "[下设]办公室[设]在|设于{unit}",
            summary: Message(en: "the unit that hosts a post's office", zh: "办公室设在某单位"),
            example: "乡村规划分指挥部由黄杰副书记担任分指挥长,下设办公室在区自然资源局",
            yields: "office of 乡村规划分指挥部: 区自然资源局"),
        ExtractionRule(
            id: .countChange, role: .structure, pattern: "[{unit}下设]{N}个{noun}…整合为|调整为|合并为{M}个{noun}",
            summary: Message(en: "a restructuring of the number of posts", zh: "机构数量调整:由N个整合为M个"),
            example: "东川区实施乡村振兴战略指挥部下设14个分指挥部进一步优化整合为10个分指挥部",
            yields: "subcommand: 14 → 10"),
        ExtractionRule(
            id: .liaison, role: .structure, pattern: "{A}与{B}…对接衔接|对接|衔接",
            summary: Message(en: "two sets of posts that must liaise", zh: "两类机构需对接衔接"),
            example: "调整后10个分指挥部与区委成立的5个工作组需进一步对接衔接",
            yields: "liaison 10个分指挥部 ↔ 5个工作组; count workgroup 5"),
        ExtractionRule(
            id: .count, role: .structure, pattern: "{N}个{noun}",
            summary: Message(en: "a number of posts named in a structure sentence", zh: "结构句中的机构数量"),
            example: "调整后10个分指挥部与区委成立的5个工作组需进一步对接衔接", yields: "workgroup: 5"),
        ExtractionRule(
            id: .chair, role: .structure, pattern: "{title}{name}|{name}{title}主持",
            summary: Message(en: "who chairs the meeting", zh: "会议主持人"),
            example: "2021年2月25日,区长陈江主持召开区五届人民政府第79次常务会议", yields: "chair 陈江(区长)"),
        ExtractionRule(
            id: .approval, role: .structure,
            pattern: "原则同意|原则通过《…成立|调整…{body}…》…[按程序]提交|报{body}审议|审定|审批",
            summary: Message(
                en: "the structure approved only in principle, and the step it awaits (organisation.status, pending)",
                zh: "机构设置仅原则同意,及尚待的程序(organisation.status、pending)"),
            example: "会议原则同意《关于成立某县乡村振兴指挥部的通知（送审稿）》，修改完善后按程序提交县委常委会审议",
            yields: "status approved-in-principle; pending 按程序提交县委常委会审议"),
    ]
}
