/// A unit connected to nothing.
enum OrphanUnit: CheckRule {
    static let id = "orphan-unit"
    static let defaultSeverity = Severity.info
    static let summary = Message(
        en: "a unit with no parent, no duties and no roles that is not the root", zh: "孤立单位:无上级、无职责、无角色,且不是根单位")
    static let description = Message(
        en: """
            A unit with no parent that nothing refers to (no children, no office it hosts, no membership, no \
            duty it leads or assists, no liaison, no reports) and that is not the model's root (the first \
            headquarters, or else the first unit without a parent). Units of `scope: context` are not reported: the \
            source names them for context.
            """,
        zh:
            "没有上级、也未被任何内容引用(无下级、不承担办公室、不是成员、不牵头或配合职责、无对接、不接收报告)且不是模型根单位(第一个指挥部,或第一个无上级的单位)的单位。`scope: context` 的单位不报告:来源只是为交代背景而提及。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: lonely, name: 区档案馆, kind: bureau}
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: b, name: 区档案馆, kind: bureau, parent: hq}
            """),
        CheckExample(
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: party-group, name: 区人民政府党组, kind: committee, scope: context}
            """),
    ]

    /// The model's root unit: the first headquarters without a parent, else the first unit without a parent.
    static func root(_ model: Model) -> Int? {
        model.units.firstIndex { $0.parent == nil && model.kind($0.kind)?.isHeadquarters == true }
            ?? model.units.firstIndex { $0.parent == nil }
    }

    static func run(_ ctx: CheckContext) -> [Finding] {
        let root = root(ctx.model)
        return ctx.model.units.indices.compactMap { i in
            let u = ctx.model.units[i]
            guard i != root, u.parent == nil, !u.isContext, !ctx.unitReferenced[i], u.chief == nil, u.deputies.isEmpty,
                u.members.isEmpty, u.liaises.isEmpty, u.office == nil
            else { return nil }
            return ctx.finding(
                self, subject: u.id, at: u.mark, en: "\(u.name) is connected to nothing in the model",
                zh: "“\(u.name)”与模型中其他内容没有任何联系")
        }
    }
}
