/// A unit that needs a head and has none.
enum UnitWithoutChief: CheckRule {
    static let id = "unit-without-chief"
    static let defaultSeverity = Severity.warning
    static let summary = Message(
        en:
            "a headquarters, sub-command post, work group, leading group or task force (or a declared kind with `needs_chief`) with no `chief`",
        zh: "指挥部、分指挥部、工作组、领导小组、工作专班(或声明了 `needs_chief` 的类别)没有负责人")
    static let description = Message(
        en: """
            Headquarters (指挥长), sub-command posts (分指挥长), work groups, leading groups and task forces (组长) \
            need a head; other kinds do not (the check is off for them), unless a model's own kind says \
            `needs_chief: true`. A head given as a post (指挥长由分管农业农村工作的副县长担任: `chief` naming a \
            post) is a head, named or not. A gap someone must close (warning). A placeholder is not reported here: \
            the `placeholder` finding says it is still to be named, head included; nor is a unit of \
            `scope: context`, which the decision does not staff.
            """,
        zh:
            "指挥部(指挥长)、分指挥部(分指挥长)、工作组、领导小组、工作专班(组长)必须有负责人;其他类别不检查,除非模型自定义类别写明 `needs_chief: true`。以职务确定的负责人(如“指挥长由分管农业农村工作的副县长担任”,`chief` 引用职务)即为负责人,无论是否写明姓名。这是需要有人补上的空档(警告)。占位单位不在此报告:`placeholder` 已说明其尚待明确(包括负责人);`scope: context` 的单位不由本决定配备人员,也不报告。"
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
            people: [{id: huang-jie, name: 黄杰, title: 区委副书记}]
            units:
              - {id: post, name: 乡村规划分指挥部, kind: subcommand, chief: huang-jie}
              - {id: bureau, name: 区自然资源局, kind: bureau}
            """),
        CheckExample(
            """
            units: [{id: hq, name: 兴业县抗震救灾指挥部, kind: headquarters, chief: exec-deputy}]
            posts: [{id: exec-deputy, title: 县委常委、常务副县长}]
            """),
        CheckExample(
            """
            units:
              - {id: post, name: 分指挥部(二), kind: subcommand, status: placeholder}
              - {id: wg, name: 工作组(一), kind: workgroup, scope: context}
            """),
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let units = ctx.model.units
        var kinds = KindCache(ctx.model)
        return units.indices.compactMap { i in
            guard units[i].chiefs.isEmpty, units[i].status != .placeholder, !units[i].isContext,
                let kind = kinds.kind(units[i].kind), kind.needsChief
            else { return nil }
            let u = units[i]
            let label = ctx.model.kindLabel(u.kind, lang: .en)
            let head = kind.headWord
            return ctx.finding(
                self, subject: u.id, at: u.mark,
                en: "\(label) \(u.name) has no chief",
                zh: "\(ctx.model.kindLabel(u.kind, lang: .zh))“\(u.name)”没有\(head)")
        }
    }

    /// What the head of a unit of this kind is called in Chinese (the kind says; 负责人 for an unknown kind).
    static func headWord(_ kind: String, in model: Model) -> String {
        model.headTitle(kind).zh
    }
}
