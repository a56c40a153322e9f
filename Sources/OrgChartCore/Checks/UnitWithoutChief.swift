/// A unit that needs a head and has none.
public enum UnitWithoutChief: CheckRule {
    public static let id = "unit-without-chief"
    public static let defaultSeverity = Severity.error
    public static let summary = Message(
        en: "a headquarters, sub-command post or work group (or a declared kind with `needs_chief`) with no `chief`",
        zh: "指挥部、分指挥部、工作组(或声明了 `needs_chief` 的类别)没有负责人")
    public static let description = Message(
        en: """
            Headquarters (指挥长), sub-command posts (分指挥长) and work groups (组长) need a head; other kinds do \
            not (the check is off for them), unless a model's own kind says `needs_chief: true`. Placeholders are \
            reported too: a post the decision creates still needs its head named.
            """,
        zh: "指挥部(指挥长)、分指挥部(分指挥长)、工作组(组长)必须有负责人;其他类别不检查,除非模型自定义类别写明 `needs_chief: true`。占位单位同样报告:决定设立的机构仍需明确负责人。")
    public static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: post, name: 分指挥部(二), kind: subcommand, status: placeholder}]
            """)
    ]
    public static let nonTriggeringExamples = [
        CheckExample(
            """
            people: [{id: huang-jie, name: 黄杰, title: 区委副书记}]
            units:
              - {id: post, name: 乡村规划分指挥部, kind: subcommand, chief: huang-jie}
              - {id: bureau, name: 区自然资源局, kind: bureau}
            """)
    ]

    public static func run(_ ctx: CheckContext) -> [Finding] {
        let units = ctx.model.units
        var kinds = KindCache(ctx.model)
        return units.indices.compactMap { i in
            guard units[i].chief == nil, kinds.kind(units[i].kind)?.needsChief == true else { return nil }
            let u = units[i]
            let label = ctx.model.kindLabel(u.kind, lang: .en)
            let head = headWord(u.kind)
            return ctx.finding(
                self, subject: u.id, at: u.mark,
                en: "\(label) \(u.name) has no chief",
                zh: "\(ctx.model.kindLabel(u.kind, lang: .zh))“\(u.name)”没有\(head)")
        }
    }

    /// What the head of a unit of this kind is called in Chinese.
    public static func headWord(_ kind: String) -> String {
        switch kind {
        case "headquarters": return "指挥长"
        case "subcommand": return "分指挥长"
        case "workgroup": return "组长"
        default: return "负责人"
        }
    }
}
