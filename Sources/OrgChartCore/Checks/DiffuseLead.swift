/// A duty led by a collective: nobody in particular is accountable.
public enum DiffuseLead: CheckRule {
    public static let id = "diffuse-lead"
    public static let defaultSeverity = Severity.warning
    public static let summary = Message(
        en: "a duty led by a `collective` (e.g. 全区各级各部门): nobody in particular is accountable",
        zh: "职责由集体(如“全区各级各部门”)牵头:没有具体责任主体")
    public static let description = Message(
        en: """
            A lead such as 全区各级各部门 or 各乡镇(街道) names everyone and so no one. Name a person or a unit \
            that answers for the duty, and keep the collective as an assist if all must take part.
            """,
        zh: "“全区各级各部门”“各乡镇(街道)”之类的牵头方等于人人负责、无人负责。请明确一个负责的人或单位,如需全体参与,可把集体列为配合方。")
    public static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: all-departments, name: 全区各级各部门, kind: collective}]
            duties: [{id: study, name: 认真学习《条例》内容, lead: all-departments}]
            """)
    ]
    public static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: all-departments, name: 全区各级各部门, kind: collective}
              - {id: office, name: 区政府督查室, kind: bureau}
            duties: [{id: study, name: 认真学习《条例》内容, lead: office, assist: [all-departments]}]
            """)
    ]

    public static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let duties = ctx.model.duties
        for di in duties.indices {
            let start = ctx.dutyReferenceStart[di]
            for (k, r) in duties[di].lead.enumerated() {
                guard case .unit(let u) = ctx.targets[start + k],
                    ctx.model.kind(ctx.model.units[u].kind)?.isCollective == true
                else {
                    continue
                }
                let d = duties[di]
                let name = ctx.model.units[u].name
                out.append(
                    ctx.finding(
                        self, subject: d.id, at: r.mark,
                        en: "duty “\(d.name)” is led by the collective \(name): nobody in particular is accountable",
                        zh: "职责“\(d.name)”由集体“\(name)”牵头:没有具体责任主体"))
            }
        }
        return out
    }
}
