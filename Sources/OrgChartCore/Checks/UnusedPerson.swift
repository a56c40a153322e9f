/// A person with no role and no duty.
enum UnusedPerson: CheckRule {
    static let id = "unused-person"
    static let defaultSeverity = Severity.info
    static let summary = Message(en: "a person with no role and no duty", zh: "人员没有任何职务或职责")
    static let description = Message(
        en: """
            A person who chairs, deputises, belongs to, leads, assists or receives reports of nothing. Often \
            fine (someone named in the source for context), sometimes a forgotten assignment. Several such people \
            are one note.
            """,
        zh: "既不担任负责人、副职,也不是成员,不牵头、不配合、不接收报告的人员。通常无妨(来源中为背景而提及),有时是遗漏的分工。多名这样的人员合为一条提示。")
    static let triggeringExamples = [
        CheckExample(
            """
            people: [{id: chen-jiang, name: 陈江, title: 区长}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            people: [{id: zhao, name: 赵国明, title: 副区长}]
            duties: [{id: d, name: 建立健全督查工作制度, lead: zhao}]
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        ctx.model.people.indices.filter { !ctx.personReferenced[$0] }.map { i in
            let p = ctx.model.people[i]
            return
                ctx.finding(
                    self, subject: p.id, at: p.mark, cause: "unused", en: "\(p.name) holds no role and no duty",
                    zh: "\(p.name) 没有任何职务或职责")
        }
    }

    static func group(_ members: [Finding], _ ctx: CheckContext) -> Message {
        let names = CheckContext.names(members.map { ctx.name($0.subject ?? "") })
        return Message(
            en: "\(members.count) people hold no role and no duty (\(names.en))",
            zh: "\(members.count) 名人员没有任何职务或职责(\(names.zh))")
    }
}
