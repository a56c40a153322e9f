/// Duties addressed to collectives only (全区各级各部门, 各位副区长、全区各级各部门): nobody in particular leads them.
enum DiffuseLead: CheckRule {
    static let id = "diffuse-lead"
    static let defaultSeverity = Severity.info
    static let summary = Message(
        en: "duties led only by collectives (e.g. 各位副区长、全区各级各部门): one note per addressee phrase",
        zh: "职责只由集体(如“各位副区长、全区各级各部门”)牵头:每个称呼一条提示")
    static let description = Message(
        en: """
            Minutes address work to everyone (会议要求,各位副区长、全区各级各部门…): a normal way of addressing a \
            meeting, and the source's own words, but a lead such as 全区各级各部门 names everyone and so no one in \
            particular. A duty whose every lead is a `collective` is reported as a note, and the duties given to one \
            addressee phrase (the same collectives, in the same order) are one finding that lists them. Such a duty \
            is not also a `duty-multiple-leads` overlap. The notice may name one body that answers for each duty \
            and keep the collective as an assist.
            """,
        zh:
            "会议纪要常把工作交给所有人(会议要求,各位副区长、全区各级各部门……):这是会议的通常说法,也是来源原文,但“全区各级各部门”这样的牵头方人人都是、又没有具体哪一个。牵头方全部是集体(`collective`)的职责报告为提示;同一称呼(相同的集体、相同的顺序)下的职责合为一条,并列出这些职责。这类职责不再另报 `duty-multiple-leads`。通知可为每项职责明确一个负责单位,把集体列为配合方。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: all-departments, name: 全区各级各部门, kind: collective}]
            duties: [{id: study, name: 认真学习《条例》内容, lead: all-departments}]
            """),
        CheckExample(
            """
            units:
              - {id: deputies, name: 各位副区长, kind: collective}
              - {id: all-departments, name: 全区各级各部门, kind: collective}
            duties:
              - {id: a, name: 巩固脱贫攻坚成果, lead: [deputies, all-departments]}
              - {id: b, name: 加强党史学习教育, lead: [deputies, all-departments]}
            """),
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: all-departments, name: 全区各级各部门, kind: collective}
              - {id: office, name: 区政府督查室, kind: bureau}
            duties:
              - {id: study, name: 认真学习《条例》内容, lead: office, assist: [all-departments]}
              - {id: plan, name: 制定督查工作计划, lead: [office, all-departments]}
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let duties = ctx.model.duties
        for di in duties.indices where !duties[di].lead.isEmpty {
            let start = ctx.dutyReferenceStart[di]
            var names: [String] = []
            for k in duties[di].lead.indices {
                guard case .unit(let u) = ctx.targets[start + k],
                    ctx.model.kind(ctx.model.units[u].kind)?.isCollective == true
                else { break }
                names.append(ctx.model.units[u].name)
            }
            guard names.count == duties[di].lead.count else { continue }
            let d = duties[di]
            let phrase = names.joined(separator: "、")
            let cause = d.lead.map(\.id).joined(separator: ",")
            out.append(
                names.count == 1
                    ? ctx.finding(
                        self, subject: d.id, at: d.lead[0].mark, cause: cause,
                        en: "duty “\(d.name)” is led by the collective \(phrase): nobody in particular is accountable",
                        zh: "职责“\(d.name)”由集体“\(phrase)”牵头:没有具体责任主体")
                    : ctx.finding(
                        self, subject: d.id, at: d.keyMarks["lead"] ?? d.mark, cause: cause,
                        en: "duty “\(d.name)” is addressed to \(phrase) together: nobody in particular is accountable",
                        zh: "职责“\(d.name)”交由“\(phrase)”共同承担:没有具体责任主体"))
        }
        return out
    }

    static func group(_ members: [Finding], _ ctx: CheckContext) -> Message {
        let ids = (members[0].cause ?? "").split(separator: ",").map(String.init)
        let phrase = ids.map { ctx.name($0) }.joined(separator: "、")
        let n = members.count
        let duties = CheckContext.names(members.map { ctx.shortDutyName($0.subject ?? "") })
        return Message(
            en: "\(n) duties are addressed to \(phrase)\(ids.count > 1 ? " together" : ""): nobody in particular "
                + "leads them (\(duties.en))",
            zh: "\(n) 项职责交由“\(phrase)”\(ids.count > 1 ? "共同" : "")承担:没有具体牵头单位(\(duties.zh))")
    }
}
