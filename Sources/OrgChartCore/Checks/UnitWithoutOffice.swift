/// A headquarters or sub-command post with no office host (办公室设在).
enum UnitWithoutOffice: CheckRule {
    static let id = "unit-without-office"
    static let defaultSeverity = Severity.warning
    static let summary = Message(
        en: "a headquarters or sub-command post with no `office` host (办公室设在)",
        zh: "指挥部或分指挥部没有明确办公室设在哪个单位")
    static let description = Message(
        en: """
            The office (办公室) of a headquarters, sub-command post or leading group does its daily work; the notice \
            names the unit that hosts it. An office unit (kind `office`) under the body (`parent`), or named by the \
            body's `office`, is its office. Applies to headquarters, subcommand, leading-group and declared kinds \
            with `needs_office: true`. A gap someone must close (warning); placeholders (their `placeholder` finding \
            covers it) and units of `scope: context` are not reported.
            """,
        zh:
            "指挥部、分指挥部、领导小组的办公室承担日常工作,通知中应写明办公室设在哪个单位。以 `office` 类别单位建模的办公室(`parent` 为该机构,或由该机构的 `office` 指向)即为其办公室。适用于指挥部、分指挥部、领导小组及声明了 `needs_office: true` 的类别。这是需要有人补上的空档(警告);占位单位(由 `placeholder` 一并说明)和 `scope: context` 的单位不报告。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: post, name: 乡村规划分指挥部, kind: subcommand}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: nr, name: 区自然资源局, kind: bureau}
              - {id: post, name: 乡村规划分指挥部, kind: subcommand, office: nr}
              - {id: wg, name: 工作组(一), kind: workgroup}
            """),
        CheckExample(
            """
            units:
              - {id: group, name: 上海市新城规划建设推进协调领导小组, kind: leading-group}
              - {id: group-office, name: 领导小组办公室, kind: office, parent: group, host: planning}
              - {id: planning, name: 市规划资源局, kind: bureau}
            """),
        CheckExample(
            """
            units:
              - {id: post, name: 分指挥部(二), kind: subcommand, status: placeholder}
              - {id: gov, name: 东川区人民政府, kind: headquarters, scope: context}
            """),
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let units = ctx.model.units
        var kinds = KindCache(ctx.model)
        let withOfficeUnit = bodiesWithOfficeUnit(ctx.model)
        return units.indices.compactMap { i in
            guard units[i].office == nil, units[i].status != .placeholder, !units[i].isContext,
                !withOfficeUnit.contains(units[i].id),
                kinds.kind(units[i].kind)?.needsOffice == true
            else { return nil }
            let u = units[i]
            return ctx.finding(
                self, subject: u.id, at: u.mark,
                en: "\(ctx.model.kindLabel(u.kind, lang: .en)) \(u.name) has no office host",
                zh: "\(ctx.model.kindLabel(u.kind, lang: .zh))“\(u.name)”未明确办公室设在哪个单位")
        }
    }

    /// The ids of the bodies that have an office unit under them (`parent`).
    static func bodiesWithOfficeUnit(_ model: Model) -> Set<String> {
        var kinds = KindCache(model)
        var out = Set<String>()
        for u in model.units where u.parent != nil && kinds.kind(u.kind)?.isOffice == true { out.insert(u.parent!.id) }
        return out
    }
}
