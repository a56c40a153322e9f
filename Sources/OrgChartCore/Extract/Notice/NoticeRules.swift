/// One rule of the notice reader, with a notice it reads and one it must not read that way.
struct NoticeRule: Sendable, Hashable {
    /// The stable id `--explain` prints (`roster-label`).
    var id: String
    /// The pattern in the compact notation of the minutes rules (`{body}`, `{list}` are slots).
    var pattern: String
    var summary: Message
    /// A small notice (real-shaped) the rule reads.
    var example: String
    /// What the example yields, for the documentation.
    var yields: String
    /// A text that looks close but must not give a fact by this rule.
    var counterExample: String
}

/// The rules of the notice reader (`orgchart extract NOTICE`), in the order of the stages that apply them.
public enum NoticeRules {
    static let all: [NoticeRule] = [
        NoticeRule(
            id: "title", pattern: "[{issuer}]关于[成立|调整]{body}[成员]的通知",
            summary: Message(
                en: "the body the title sets up or adjusts (the title may run over several lines)",
                zh: "标题中成立或调整的机构(标题可跨行)"),
            example: "临安市人民政府办公室关于成立临安市\n信用建设工作领导小组的通知\n组长：李文钢",
            yields: "body 临安市信用建设工作领导小组 (leading-group)",
            counterExample: "关于做好2024年防汛工作的通知\n各村要加强值守。"),
        NoticeRule(
            id: "set-up", pattern: "决定成立|成立了|建立{body}[（以下简称…）]",
            summary: Message(
                en: "a body a sentence sets up (not one a requirement asks for: 各村要成立…)",
                zh: "句中成立的机构(“要成立…”之类的要求不算)"),
            example: "经研究，决定成立湖塘镇农村公路管理养护工作领导小组，具体名单如下：\n组 长：王伟华",
            yields: "body 湖塘镇农村公路管理养护工作领导小组",
            counterExample: "各村委会要成立以主任为主的3-5人防汛指挥小组。建立部门联席会议制度。"),
        NoticeRule(
            id: "heading", pattern: "{numeral}{body}[名单|组成人员] | {numeral}{name} + 组长：…",
            summary: Message(
                en: "a numbered heading that names a body, or that a roster follows (4.6.9 社会治安保障组, 1、灵新圩)",
                zh: "编号标题中的机构名称,或其后紧跟名单的标题"),
            example: "4.6.9 社会治安保障组\n组 长：县公安局负责人\n成员单位：县公安局、武警龙胜县中队",
            yields: "body 社会治安保障组; chief 县公安局负责人; members 县公安局, 武警龙胜县中队",
            counterExample: "一、主要职责\n组织分析全县地震风险形势。"),
        NoticeRule(
            id: "roster-label", pattern: "组长|副组长|成员[单位]|指挥长|主任|召集人…：{list}",
            summary: Message(
                en: "a roster label and the holders after it: names (冯 镭), names with posts in brackets or after "
                    + "spaces, posts, units; labels run together on one line are cut apart",
                zh: "名单标签及其后的人员:人名(含空格)、括号或空格后的职务、职务、单位;同一行中相连的标签分开读"),
            example: "关于成立某县信用建设工作领导小组的通知\n组 长：李文钢\n副组长：冯 镭 何洪明（市纪委）",
            yields: "chief 李文钢; deputies 冯镭, 何洪明 (市纪委)",
            counterExample: "办公室主任：负责日常联络工作的同志要及时报送信息。"),
        NoticeRule(
            id: "roster-continued", pattern: "{label}：{list}\\n{list}\\n…",
            summary: Message(
                en: "lines under a label that hold only names, posts or units continue its list",
                zh: "标签下只含人名、职务或单位的行,续接该标签的名单"),
            example: "关于成立某市新城建设领导小组的通知\n副组长：陈 寅 常务副市长\n汤志平 副市长",
            yields: "deputies 陈寅 (常务副市长), 汤志平 (副市长)",
            counterExample: "关于成立某市新城建设领导小组的通知\n副组长：陈 寅 常务副市长\n领导小组下设办公室。"),
        NoticeRule(
            id: "group-line", pattern: "{name}组：[主要]由{list}[抽派人员]组成",
            summary: Message(
                en:
                    "a line that opens with a group's name and a colon: the group, under the main body, with its members",
                zh: "以“某某组：”开头的行:该组(隶属主机构)及其成员"),
            example: "栾川县山洪灾害防御指挥部指挥长由县防汛抗旱指挥部指挥长兼任。\n监测组：主要由水利局、气象局及相关部门抽派人员组成。",
            yields: "body 监测组 under 栾川县山洪灾害防御指挥部; members 水利局, 气象局",
            counterExample: "组长：王伟华"),
        NoticeRule(
            id: "sub-groups", pattern: "{body}下设{group}、{group}[等]",
            summary: Message(
                en: "groups a body sets up under itself, each item of the list a group's name (…组, …分指挥部, …专班)",
                zh: "机构下设的各组,列表每一项都是组名(……组、……分指挥部、……专班)"),
            example: "关于成立某市运动会工作领导小组的通知\n领导小组下设新闻宣传工作组、安保工作组、后勤保障组。",
            yields: "bodies 新闻宣传工作组, 安保工作组, 后勤保障组 under the group",
            counterExample: "关于成立某市运动会工作领导小组的通知\n领导小组下设办公室，负责日常工作。"),
        NoticeRule(
            id: "role-by", pattern: "[{body}]{role}由{list}担任|兼任|任|组成",
            summary: Message(
                en: "a role given in a sentence: 指挥长由…担任, 成员由…等分管领导组成, 办公室主任由…兼任",
                zh: "句中的职务:“指挥长由…担任”“成员由…等分管领导组成”“办公室主任由…兼任”"),
            example: "关于成立兴业县抗震救灾指挥部的通知\n指挥长由县委常委、常务副县长担任；副指挥长由县应急管理局局长、县地震监测服务中心主任担任。",
            yields: "chief 县委常委、常务副县长; deputies 县应急管理局局长, 县地震监测服务中心主任",
            counterExample: "关于成立兴业县抗震救灾指挥部的通知\n由县应急管理局负责日常工作。"),
        NoticeRule(
            id: "role-as", pattern: "[由]{list}任|担任|兼任|兼|为[领导小组]{role}",
            summary: Message(
                en: "holders before their role: 市统计局局长邓焕章任副组长, 胡廖明同志兼任办公室主任",
                zh: "职务在后:“某某任副组长”“某某同志兼任办公室主任”"),
            example: "关于成立娄底市人口抽样调查领导小组的通知\n领导小组由常务副市长田福德任组长，市统计局局长邓焕章任副组长。",
            yields: "chief 田福德 (常务副市长); deputy 邓焕章 (市统计局局长)",
            counterExample: "关于成立娄底市人口抽样调查领导小组的通知\n各成员单位要认真履行职责。"),
        NoticeRule(
            id: "role-list", pattern: "{role}[有{N}人，]分别是|分别为：{list}",
            summary: Message(
                en: "a role followed by its holders one by one (副组长有3人，分别是：…); a sentence telling the earlier "
                    + "composition (当时…, 时任…) is not read",
                zh: "职务之后逐一列出人员(“副组长有3人,分别是:……”);叙述调整前组成的句子(当时、时任等)不读"),
            example: "关于调整某市防汛工作领导小组组成人员的通知\n副组长有2人，分别是：李明（副市长）、王强（市水利局局长）。",
            yields: "deputies 李明 (副市长), 王强 (市水利局局长)",
            counterExample: "关于调整某市防汛工作领导小组组成人员的通知\n当时的2名副组长分别是：李明（时任副市长）、王强。"),
        NoticeRule(
            id: "leave", pattern: "{list}[因…]不再担任|不再兼任[{body}]{role}",
            summary: Message(
                en: "holders an adjustment takes off a role (every role of the body when none is named)",
                zh: "调整中不再担任某职务的人员(未写职务时为该机构的全部职务)"),
            example: "关于调整某县森林防火指挥部成员的通知\n张三同志因工作变动不再担任指挥部副指挥长。",
            yields: "leaves: 张三 (副指挥长)",
            counterExample: "关于调整某县森林防火指挥部成员的通知\n张三同志担任指挥部副指挥长。"),
        NoticeRule(
            id: "rename", pattern: "[将|原]{name}更名为{name}",
            summary: Message(
                en: "a body or unit an adjustment renames (`--adjusts` renames it in the earlier model, ids kept)",
                zh: "调整中更名的机构或单位(`--adjusts` 在调整前的模型中改名,id 不变)"),
            example: "关于调整某县防汛抗旱指挥部的通知\n将县防汛抗旱指挥部更名为县防灾减灾救灾指挥部。",
            yields: "renames: 县防汛抗旱指挥部 → 县防灾减灾救灾指挥部",
            counterExample: "关于调整某县防汛抗旱指挥部的通知\n县防汛抗旱指挥部负责全县防汛工作。"),
        NoticeRule(
            id: "member-units", pattern: "成员单位包括|为|由：{list}[组成]",
            summary: Message(en: "the member units listed in a sentence", zh: "句中列出的成员单位"),
            example: "关于成立中山市未成年人保护工作领导小组的通知\n成员单位包括市委宣传部、市教育体育局、市民政局。",
            yields: "members 市委宣传部, 市教育体育局, 市民政局",
            counterExample: "关于成立中山市未成年人保护工作领导小组的通知\n成员单位有关业务骨干参加。"),
        NoticeRule(
            id: "office", pattern: "下设办公室 | {body}办公室 | 办公室设…",
            summary: Message(
                en: "the body's office, a body of its own under it (not when 不设办公室)",
                zh: "机构的办公室,作为其下属机构(“不设办公室”除外)"),
            example: "关于成立某市信用建设工作领导小组的通知\n领导小组下设办公室，办公室设在市发改局。",
            yields: "body 某市信用建设工作领导小组办公室 under the group",
            counterExample: "关于成立某市公共卫生体系建设领导小组的通知\n领导小组不设办公室，日常工作由市卫生局承担。"),
        NoticeRule(
            id: "office-host", pattern: "办公室设在|设于|（设在{unit}）| 下设办公室在{unit}",
            summary: Message(en: "the unit the office is set in", zh: "办公室所设单位"),
            example: "关于成立某市新城建设领导小组的通知\n领导小组下设办公室（设在市规划资源局），办公室主任由徐毅松同志兼任。",
            yields: "office host 市规划资源局; office chief 徐毅松",
            counterExample: "关于成立某市新城建设领导小组的通知\n会议设在市规划资源局召开。"),
        NoticeRule(
            id: "standing-rule", pattern: "…如有变动|自然替补|递补|自行撤销|不纳入…",
            summary: Message(
                en: "a standing rule of the body (replacement, winding up, liaison), kept in the unit's note",
                zh: "机构的常设规则(替补、撤销、联络员等),写入单位备注"),
            example: "关于成立某市新城建设领导小组的通知\n领导小组成员如有变动，由其所在单位接任领导自然替补。",
            yields: "rule 领导小组成员如有变动，由其所在单位接任领导自然替补",
            counterExample: "关于成立某市新城建设领导小组的通知\n领导小组负责统筹协调。"),
        NoticeRule(
            id: "duty", pattern: "{numeral}主要职责|主要任务\\n{duty}；{duty}。",
            summary: Message(
                en: "under a 主要职责 heading, each clause is a duty of the body", zh: "“主要职责”标题下,每一分句是机构的一项职责"),
            example: "关于成立兴业县抗震救灾指挥部的通知\n一、主要职责\n指导地震监测预报工作；完成县委、县政府交办的其他事项。",
            yields: "duties 指导地震监测预报工作, 完成县委、县政府交办的其他事项 (lead: the body)",
            counterExample: "关于成立兴业县抗震救灾指挥部的通知\n二、其他事项\n请各单位认真贯彻执行。"),
        NoticeRule(
            id: "office-duty", pattern: "办公室设在{unit}，承担|负责{duty}",
            summary: Message(en: "the office's own work, after where it is set", zh: "办公室所设单位之后的办公室职责"),
            example: "关于成立兴业县抗震救灾指挥部的通知\n指挥部办公室设在县应急管理局，承担指挥部日常工作。",
            yields: "duty 承担指挥部日常工作 (lead: the office)",
            counterExample: "关于成立兴业县抗震救灾指挥部的通知\n县应急管理局承担指挥部日常工作。"),
    ]

    /// The rule with this id.
    static func rule(_ id: String) -> NoticeRule? { all.first { $0.id == id } }

    /// `orgchart extract --rules`, notice part: one block per rule.
    public static func text(_ lang: Language) -> String {
        var out = ""
        for r in all {
            out += "\(r.id) (notice): \(r.pattern)\n    \(r.summary.text(lang))\n"
            out += "    " + (lang == .zh ? "例:" : "e.g. ") + r.example.split(separator: "\n").joined(separator: " / ")
            out += "\n    → \(r.yields)\n"
        }
        return out
    }

    /// The notice rule table of docs/extract.md (between the `notice-rules:begin` and `notice-rules:end` markers).
    static func markdown() -> String {
        var out = "| rule | pattern | reads | example | yields |\n| --- | --- | --- | --- | --- |\n"
        for r in all {
            let cells = [
                "`\(r.id)`", "`\(r.pattern)`", r.summary.en + "<br>" + r.summary.zh,
                r.example.split(separator: "\n").joined(separator: "<br>"), r.yields,
            ].map { $0.replacingAll("|", with: "\\|") }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
