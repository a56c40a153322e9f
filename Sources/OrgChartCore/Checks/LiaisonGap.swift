/// A sub-command post that liaises with no work group, or a work group no post liaises with.
public enum LiaisonGap: CheckRule {
    public static let id = "liaison-gap"
    public static let defaultSeverity = Severity.warning
    public static let summary = Message(
        en: "a sub-command post that liaises with no work group, or a work group no post liaises with (对接衔接)",
        zh: "分指挥部未与任何工作组对接衔接,或工作组没有分指挥部与之对接")
    public static let description = Message(
        en: """
            When a model has work groups, every sub-command post names the work groups it connects with in \
            `liaises`, and every work group is named by at least one post. Models without work groups are not \
            checked.
            """,
        zh: "模型中有工作组时,每个分指挥部都应在 `liaises` 中写明对接的工作组,每个工作组至少有一个分指挥部与之对接。没有工作组的模型不检查。")
    public static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: post, name: 乡村规划分指挥部, kind: subcommand}
              - {id: wg, name: 工作组(一), kind: workgroup}
            """)
    ]
    public static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: post, name: 乡村规划分指挥部, kind: subcommand, liaises: [wg]}
              - {id: wg, name: 工作组(一), kind: workgroup}
            """),
        CheckExample(
            """
            units: [{id: post, name: 乡村规划分指挥部, kind: subcommand}]
            """),
    ]

    public static func run(_ ctx: CheckContext) -> [Finding] {
        let units = ctx.model.units
        func isGroup(_ u: Unit) -> Bool { ctx.model.kind(u.kind)?.isWorkGroup == true }
        guard units.contains(where: isGroup) else { return [] }
        var linked = Set<String>()
        var out: [Finding] = []
        for u in units where ctx.model.kind(u.kind)?.isSubcommand == true {
            let groups = u.liaises.filter { ctx.index.unit($0.id).map { isGroup(units[$0]) } ?? false }
            for g in groups { linked.insert(g.id) }
            if groups.isEmpty {
                out.append(
                    ctx.finding(
                        self, subject: u.id, at: u.mark, en: "\(u.name) liaises with no work group",
                        zh: "“\(u.name)”未与任何工作组对接衔接"))
            }
        }
        for u in units where isGroup(u) && !linked.contains(u.id) {
            out.append(
                ctx.finding(
                    self, subject: u.id, at: u.mark, en: "no sub-command post liaises with \(u.name)",
                    zh: "没有分指挥部与“\(u.name)”对接衔接"))
        }
        return out
    }
}
