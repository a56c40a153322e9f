/// The words the extraction rules look for: titles, unit suffixes, collectives, verbs, cadences and the built-in
/// table of bureau abbreviations used to propose ids. All in normalised form (full-width `，；：（）`).
enum MinutesLexicon {
    /// Official titles, longest first, as they follow (李顺朝副区长) or precede (区长陈江) a name.
    static let titles: [String] = sortedLongestFirst([
        "常务副区长", "常务副县长", "常务副市长", "区委副书记", "县委副书记", "市委副书记", "区委书记", "县委书记", "市委书记",
        "区委常委", "副区长", "区长", "副县长", "县长", "副市长", "市长", "副书记", "书记", "副镇长", "镇长", "副乡长", "乡长",
        "副局长", "局长", "副主任", "主任", "副部长", "部长", "副秘书长", "秘书长", "副主席", "主席", "副组长", "组长",
        "副指挥长", "指挥长", "院长", "检察长", "处长", "科长", "所长", "站长", "同志",
    ])

    /// Common single-character surnames; a candidate name must start with one (or with a compound surname).
    static let surnames: Set<Character> = Set(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金"
            + "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄"
            + "聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
            + "屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙"
            + "荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花"
            + "权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平计索宣晋初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿"
            + "鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信阴昝智幸奉植衡富尧闭")

    /// Compound surnames.
    static let compoundSurnames: [String] = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙"]

    /// Groups named collectively: naming one as the lead names nobody in particular (`diffuse-lead`).
    static let collectives: [String] = sortedLongestFirst([
        "全区各级各部门", "全县各级各部门", "全市各级各部门", "各级各部门", "各乡镇（街道）", "各乡（镇、街道）", "各乡镇街道", "各乡镇",
        "各街道", "各位副区长", "各位副县长", "各位副市长", "各副区长", "区直各部门", "县直各部门", "各部门", "各有关部门",
        "各相关部门", "各有关单位", "各相关单位", "各成员单位", "各责任单位", "各单位", "各村（社区）", "各村",
        "镇直各部门", "镇直各单位", "乡直各部门", "各站所",
    ])

    /// Heads of a collective written 各X (各县（区）, 各成员单位): the last character(s) before an optional bracket.
    static let collectiveHeads: [String] = sortedLongestFirst([
        "部门", "单位", "街道", "社区", "乡镇", "县", "区", "乡", "镇", "村", "局", "委", "办", "组", "市", "州", "校", "站", "所",
    ])

    /// Titles of a unit's head, written after the unit to name it by its head (区住建局局长, 区林草局主要负责人).
    static let headTitles: [String] = sortedLongestFirst(
        titles.filter { $0 != "同志" } + ["主要负责人", "主要负责同志", "主要领导", "负责人", "负责同志"])

    /// Endings of unit names, longest first.
    static let unitSuffixes: [String] = sortedLongestFirst([
        "人民政府", "分指挥部", "指挥部", "管委会", "常委会", "委员会", "领导小组", "工作专班", "工作组", "办公室", "督查室",
        "政府", "中心", "公司", "街道", "组织部", "宣传部", "统战部", "政法委", "局", "办", "委", "室", "处", "科", "所", "站", "院",
        "队", "厅", "镇", "乡", "专班", "企业", "集团", "银行", "协会", "学会", "商会", "医院", "学校", "大学", "分局", "支行",
        "分行", "大队", "园区", "开发区", "部门", "单位", "合作社", "村委会", "居委会", "社区", "组",
    ])

    /// What may directly follow a person or unit at the start of a clause or in a list; a unit candidate that is
    /// followed by none of these is not taken for a name.
    static let followers: [String] = sortedLongestFirst([
        "、", "，", "。", "；", "：", "和", "与", "及", "以及", "同", "等",
        "牵头", "牵", "负责", "会同", "配合", "协助", "协同", "担任", "任", "要", "需", "须", "应", "必须", "务必", "要求",
        "于", "在", "按照", "根据", "依据", "结合", "围绕", "对照", "对", "将", "把", "从", "向", "以", "为", "就", "针对",
        "每", "定期", "年内", "近期", "尽快", "及时", "抓紧", "立即", "本月", "今年", "限", "上报", "报送", "报告", "汇报",
        "审议", "审定", "审批", "备案", "研究", "主持", "出席", "参加", "列席", "做好", "抓好", "加强", "加快", "持续", "继续",
        "进一步", "认真", "全面", "切实", "深入", "统筹", "组织", "制定", "开展", "建立", "完善", "推进", "推动", "落实",
        "完成", "督促", "指导", "分别", "共同", "主动", "积极", "具体", "协调", "编制", "实施", "确保", "谋划", "梳理", "起草",
        "修改", "提交", "做", "抓", "牵总", "履行", "承担", "召开", "印发", "拟定", "草拟", "核实", "摸清", "排查", "整改",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ])

    /// Words after a subject that make it the lead of what follows.
    static let leadWords: [String] = sortedLongestFirst([
        "牵头负责", "负责牵头", "牵头", "负责", "会同", "一定要", "务必要", "必须要", "要", "需要", "需", "须", "必须", "务必",
        "应当", "应", "抓紧", "尽快", "立即", "继续", "要按照",
    ])

    /// Words before a name that make it the lead of what follows (请X…, 责成X…).
    static let leadTriggers: [String] = sortedLongestFirst([
        "请", "责成", "建议", "要求", "明确由", "安排", "指定", "委托",
    ])

    /// Verbs after a subject that make a sentence a statement, not a task.
    static let statementVerbs: [String] = sortedLongestFirst([
        "高度重视", "十分重视", "非常重视", "汇报了", "汇报", "介绍了", "介绍", "通报了", "作了", "做了", "参加", "出席", "列席",
        "主持", "陪同", "参会", "发言", "讲话", "是", "系", "已经", "已", "历经", "提出了", "提出", "反映", "表示",
        "认为", "指出", "就", "关于", "在会上", "一行", "等同志",
    ])

    /// Verbs after a speaker that make what follows the speaker's requirement.
    static let speakerVerbs: [String] = sortedLongestFirst([
        "要求", "强调", "指出", "提出", "表示", "说", "讲", "部署", "希望",
    ])

    /// Verbs and prepositions that never stand inside a unit's name: a candidate holding one (全力以赴配合企业,
    /// 听取省有关部门, 针对中烟施伟策公司) is a clause, not a name.
    static let nonNameWords: [String] = sortedLongestFirst([
        "配合", "帮助", "解决", "听取", "针对", "尽快", "全力", "协调", "推进", "加快", "加强", "做好", "抓好", "落实", "完成",
        "开展", "组织", "指导", "督促", "负责", "牵头", "会同", "研究", "审议", "关于", "对于", "按照", "根据", "结合", "提出",
        "进行", "参加", "出席", "主持", "汇报", "召开", "要求", "强调", "同意", "通过", "支持", "引导", "鼓励", "推动", "确保",
        "积极", "主动", "认真", "切实", "进一步", "以及", "我们", "他们", "签订", "对接", "联系", "走访", "服务于",
        "是", "立足", "依托", "坚持", "聚焦", "紧扣", "树立", "强化", "优化", "提高", "健全", "建立", "深化", "扩大",
        "加大", "实现", "形成", "发挥", "利用", "整合", "带领", "率领", "陪同", "来到", "深入", "传达", "宣读", "介绍",
    ])

    /// Words that start a task, never a name (so "加强区扶贫办建设" is not read as a unit).
    static let taskStarts: [String] = sortedLongestFirst([
        "加强", "做好", "抓好", "推进", "持续", "继续", "深入", "认真", "进一步", "确保", "建立", "完善", "开展", "落实", "组织",
        "督促", "指导", "会议", "各项", "全面", "加快", "积极", "充分", "探索", "要", "请", "由", "将", "对", "在", "把",
        "每", "向", "定期", "按", "年内", "近期", "同时", "提交", "上报", "报送",
    ])

    /// Lead-ins of a paragraph or sentence that say what the meeting does; the directive ones make a sentence with no
    /// owner an ownerless task.
    static let directiveLeadIns: [String] = sortedLongestFirst([
        "会议要求", "会议强调", "会议决定", "会议明确", "会议议定", "会议部署", "会议确定", "会议提出", "会议责成",
    ])

    /// Lead-ins that only state or record (会议指出, 会议原则同意, …).
    static let statedLeadIns: [String] = sortedLongestFirst([
        "会议指出", "会议认为", "会议肯定", "会议听取", "会议传达", "会议审议", "会议研究", "会议同意", "会议原则同意",
        "会议通过", "会议原则通过", "会议还研究", "会议传达学习", "会议审议通过", "会议审议并原则同意", "会议审议并通过",
        "会议审议同意", "会议讨论通过", "会议研究同意", "会议讨论并通过", "会议讨论并原则通过", "会议审议了", "会议研究了",
        "会议听取了", "会议讨论了", "会议学习", "会议肯定了", "会议分析了",
    ])

    /// Words at the start of a clause that are dropped before looking for its subject or task.
    static let clausePrefixes: [String] = sortedLongestFirst([
        "同时", "另外", "此外", "并且", "并", "还要", "近期要", "近期", "要", "需要", "需", "应当", "应", "必须", "务必", "须",
    ])

    /// Leading clauses that only give the frame of a task (根据…, 按照…) and are not part of the task's name, when more
    /// clauses follow.
    static let frameStarts: [String] = sortedLongestFirst(["根据", "按照", "依据", "对照", "围绕", "结合", "为了", "为"])

    /// Verbs of reporting; a clause with one and a cadence or a target (`向…`) is a reporting clause.
    static let reportVerbs: [String] = sortedLongestFirst([
        "上报", "报告", "汇报", "报送", "报备", "报研", "反馈", "通报", "报",
    ])

    /// Verbs after `提交X` / `报X` that make X the report target.
    static let reviewVerbs: [String] = sortedLongestFirst(["审议", "审定", "审批", "备案", "批准", "研究"])

    /// Cadence words in the order they are tried.
    static let cadences: [(String, Cadence)] = [
        ("每天", .daily), ("每日", .daily), ("逐日", .daily), ("按日", .daily), ("不定期", .periodic), ("每两周", .periodic),
        ("每半月", .periodic), ("每旬", .periodic), ("每半年", .periodic),
        ("每周", .weekly), ("每星期", .weekly), ("每个月", .monthly), ("每月", .monthly), ("按月", .monthly),
        ("每季度", .quarterly), ("每个季度", .quarterly), ("每季", .quarterly), ("按季度", .quarterly), ("按季", .quarterly),
        ("每年度", .yearly), ("每年", .yearly), ("按年度", .yearly), ("定期", .periodic),
    ]

    /// Nouns of posts and groups that counts and structure facts speak of, with their unit kind: the name endings of
    /// the built-in kinds that need a head, longest first, written as the kinds of the first model format.
    static let postNouns: [(String, String)] = BuiltInKinds.endings.filter { $0.kind.needsChief }.map {
        ($0.ending, $0.kind.nearest ?? $0.kind.id)
    }

    /// Ids for whole names (the minutes' short forms of bodies found in most district minutes).
    static let wholeNameIDs: [String: String] = [
        "区人民政府": "district-government", "区政府": "district-government", "县人民政府": "county-government",
        "县政府": "county-government", "市人民政府": "city-government", "市政府": "city-government",
        "区委": "district-party-committee", "县委": "county-party-committee", "区委常委会": "party-standing-committee",
        "县委常委会": "party-standing-committee", "区政府常务会议": "government-executive-meeting",
        "各乡镇（街道）": "townships", "各乡镇": "townships", "全区各级各部门": "all-departments",
        "全县各级各部门": "all-departments", "各级各部门": "all-departments", "各位副区长": "deputy-district-heads",
        "各位副县长": "deputy-county-heads", "各部门": "departments", "各有关部门": "departments",
        "各成员单位": "member-units", "各有关单位": "units-concerned", "区政府办": "government-office",
        "区政府办公室": "government-office",
    ]

    /// Words of bureau names and their English id parts (区发展改革局 → development-reform-bureau).
    static let idWords: [(String, String)] = sortedLongestFirst(keyed: [
        ("发展改革", "development-reform"), ("发展和改革", "development-reform"), ("发改", "development-reform"),
        ("自然资源", "natural-resources"), ("扶贫开发", "poverty-alleviation"), ("扶贫", "poverty-alleviation"),
        ("人力资源和社会保障", "human-resources"), ("人力资源社会保障", "human-resources"), ("人社", "human-resources"),
        ("农业农村", "agriculture"), ("农业", "agriculture"), ("财政", "finance"), ("教育体育", "education"),
        ("教育", "education"), ("卫生健康", "health"), ("卫健", "health"), ("住房和城乡建设", "housing"),
        ("住房城乡建设", "housing"), ("住建", "housing"), ("生态环境", "ecology-environment"), ("交通运输", "transport"),
        ("水务", "water"), ("水利", "water"), ("公安", "public-security"), ("民政", "civil-affairs"), ("审计", "audit"),
        ("应急管理", "emergency"), ("应急", "emergency"), ("市场监督管理", "market-regulation"),
        ("市场监管", "market-regulation"), ("文化和旅游", "culture-tourism"), ("文化旅游", "culture-tourism"),
        ("文旅", "culture-tourism"), ("商务", "commerce"), ("工业和信息化", "industry-it"), ("工信", "industry-it"),
        ("科技", "science-technology"), ("司法", "justice"), ("统计", "statistics"), ("林业和草原", "forestry"),
        ("林草", "forestry"), ("林业", "forestry"), ("医疗保障", "medical-insurance"), ("医保", "medical-insurance"),
        ("退役军人事务", "veterans"), ("政府督查", "inspection"), ("督查", "inspection"), ("移民新区", "resettlement-area"),
        ("移民", "resettlement"), ("乡村振兴", "rural-revitalisation"), ("乡村规划", "rural-planning"),
        ("城市管理", "urban-management"), ("城管", "urban-management"), ("信访", "petitions"), ("税务", "taxation"),
        ("供销", "supply-marketing"), ("融媒体", "media"), ("大数据", "big-data"), ("数据", "data"), ("政务服务", "services"),
        ("投资促进", "investment"), ("招商", "investment"), ("国资", "state-assets"), ("金融", "finance-services"),
        ("能源", "energy"), ("粮食", "grain"), ("体育", "sports"), ("妇联", "women"), ("团委", "youth"), ("工会", "union"),
        ("消防", "fire"), ("气象", "meteorology"), ("档案", "archives"), ("机关事务", "government-affairs"),
        ("政府", "government"), ("组织", "organisation"), ("宣传", "publicity"), ("统战", "united-front"),
        ("政法", "political-legal"), ("纪委", "discipline"), ("监委", "supervision"), ("营商环境", "business-environment"),
    ])

    /// Endings of unit names and their English id parts.
    static let idSuffixes: [(String, String)] = sortedLongestFirst(keyed: [
        ("分指挥部", "subcommand"), ("指挥部", "headquarters"), ("管委会", "committee"), ("委员会", "committee"),
        ("领导小组", "leading-group"), ("工作专班", "task-force"), ("工作组", "workgroup"), ("办公室", "office"),
        ("中心", "centre"), ("公司", "company"), ("部", "department"), ("局", "bureau"), ("办", "office"), ("室", "office"),
        ("委", "commission"), ("站", "station"), ("所", "institute"), ("院", "institute"), ("队", "team"),
    ])

    /// Place prefixes stripped before looking words up (区扶贫办 → 扶贫办).
    static let placePrefixes: [String] = sortedLongestFirst(["全区", "全县", "区", "县", "市", "省"])

    static func sortedLongestFirst(_ words: [String]) -> [String] {
        words.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
    }

    static func sortedLongestFirst(keyed pairs: [(String, String)]) -> [(String, String)] {
        pairs.enumerated().sorted { a, b in
            a.element.0.count != b.element.0.count ? a.element.0.count > b.element.0.count : a.offset < b.offset
        }.map(\.element)
    }
}
