/// A headquarters or sub-command post with no office host (办公室设在).
public enum UnitWithoutOffice: CheckRule {
    public static let id = "unit-without-office"
    public static let defaultSeverity = Severity.warning
    public static let summary = Message(
        en: "a headquarters or sub-command post with no `office` host (办公室设在)",
        zh: "指挥部或分指挥部没有明确办公室设在哪个单位")
    public static let description = Message(
        en: """
            The office (办公室) of a headquarters or sub-command post does its daily work; the notice names the \
            unit that hosts it. Applies to headquarters, subcommand and declared kinds with `needs_office: true`.
            """,
        zh: "指挥部、分指挥部的办公室承担日常工作,通知中应写明办公室设在哪个单位。适用于指挥部、分指挥部及声明了 `needs_office: true` 的类别。")
    public static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: post, name: 分指挥部(二), kind: subcommand}]
            """)
    ]
    public static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: nr, name: 区自然资源局, kind: bureau}
              - {id: post, name: 乡村规划分指挥部, kind: subcommand, office: nr}
              - {id: wg, name: 工作组(一), kind: workgroup}
            """)
    ]

    public static func run(_ ctx: CheckContext) -> [Finding] {
        let units = ctx.model.units
        var kinds = KindCache(ctx.model)
        return units.indices.compactMap { i in
            guard units[i].office == nil, kinds.kind(units[i].kind)?.needsOffice == true else { return nil }
            let u = units[i]
            return ctx.finding(
                self, subject: u.id, at: u.mark,
                en: "\(ctx.model.kindLabel(u.kind, lang: .en)) \(u.name) has no office host",
                zh: "\(ctx.model.kindLabel(u.kind, lang: .zh))“\(u.name)”未明确办公室设在哪个单位")
        }
    }
}
