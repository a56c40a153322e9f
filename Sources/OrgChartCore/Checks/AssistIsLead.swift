/// The lead of a duty also listed among its assists.
enum AssistIsLead: CheckRule {
    static let id = "assist-is-lead"
    static let defaultSeverity = Severity.error
    static let summary = Message(
        en: "the lead also listed among the assists", zh: "牵头方同时被列为配合方")
    static let description = Message(
        en: """
            A body cannot assist itself: the model contradicts itself (error). Listing the lead under `assist` is a \
            slip that hides who really helps.
            """,
        zh: "牵头方不能自己配合自己:模型自相矛盾(错误)。把牵头方列入 `assist` 是疏漏,会掩盖真正的配合单位。")
    static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: a, name: 区扶贫办, kind: bureau}]
            duties: [{id: d, name: 动态监测, lead: a, assist: [a]}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: a, name: 区扶贫办, kind: bureau}
              - {id: b, name: 各乡镇(街道), kind: collective}
            duties: [{id: d, name: 动态监测, lead: a, assist: [b]}]
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let duties = ctx.model.duties
        for i in duties.indices where !duties[i].assist.isEmpty && !duties[i].lead.isEmpty {
            let d = duties[i]
            for a in d.assist where d.lead.contains(a) {
                out.append(
                    ctx.finding(
                        self, subject: d.id, at: a.mark,
                        en: "\(ctx.name(a.id)) leads duty “\(d.name)” and is also listed as assisting it",
                        zh: "\(ctx.name(a.id)) 既是职责“\(d.name)”的牵头方,又被列为配合方"))
            }
        }
        return out
    }
}
