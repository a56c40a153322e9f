/// A duty nobody leads: a responsibility gap.
enum DutyWithoutLead: CheckRule {
    static let id = "duty-without-lead"
    static let defaultSeverity = Severity.warning
    static let summary = Message(en: "a duty with no `lead`: a responsibility gap", zh: "职责没有牵头方:责任空档")
    static let description = Message(
        en: """
            Every duty needs exactly one person or unit who is accountable for it (牵头). A duty with no `lead` is \
            work the decision sets and nobody owns: the first thing to settle before a notice goes out, and a gap \
            someone must close (warning). In a proposal (`orgchart diff`), a duty that had a lead and loses it is an \
            error: the change breaks what the decision settled.
            """,
        zh:
            "每项职责都需要唯一的牵头人或牵头单位。没有 `lead` 的职责是会议部署了却无人负责的工作,发通知前首先要明确,是需要有人补上的空档(警告)。在调整方案中(`orgchart diff`),原有牵头方的职责失去牵头方则是错误:调整破坏了决定已经明确的分工。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            duties: [{id: county-town, name: 全面建设“美丽县城”}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units: [{id: ndrc, name: 区发展改革局, kind: bureau}]
            duties: [{id: split, name: 将《意见》进行分解, lead: ndrc}]
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        ctx.model.duties.filter { $0.lead.isEmpty }.map { d in
            ctx.finding(
                self, subject: d.id, at: d.mark,
                en: "duty “\(d.name)” has no lead: nobody is accountable for it",
                zh: "职责“\(d.name)”没有牵头方:无人负责")
        }
    }
}
