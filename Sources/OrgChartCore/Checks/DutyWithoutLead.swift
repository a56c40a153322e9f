/// A duty nobody leads: a responsibility gap.
public enum DutyWithoutLead: CheckRule {
    public static let id = "duty-without-lead"
    public static let defaultSeverity = Severity.error
    public static let summary = Message(en: "a duty with no `lead`: a responsibility gap", zh: "职责没有牵头方:责任空档")
    public static let description = Message(
        en: """
            Every duty needs exactly one person or unit who is accountable for it (牵头). A duty with no `lead` is \
            work the decision sets and nobody owns: the first thing to settle before a notice goes out.
            """,
        zh: "每项职责都需要唯一的牵头人或牵头单位。没有 `lead` 的职责是会议部署了却无人负责的工作,发通知前首先要明确。")
    public static let triggeringExamples = [
        CheckExample(
            """
            duties: [{id: county-town, name: 全面建设“美丽县城”}]
            """)
    ]
    public static let nonTriggeringExamples = [
        CheckExample(
            """
            units: [{id: ndrc, name: 区发展改革局, kind: bureau}]
            duties: [{id: split, name: 将《意见》进行分解, lead: ndrc}]
            """)
    ]

    public static func run(_ ctx: CheckContext) -> [Finding] {
        ctx.model.duties.filter { $0.lead.isEmpty }.map { d in
            ctx.finding(
                self, subject: d.id, at: d.mark,
                en: "duty “\(d.name)” has no lead: nobody is accountable for it",
                zh: "职责“\(d.name)”没有牵头方:无人负责")
        }
    }
}
