/// A reference to the wrong sort of thing: a chief that is a unit, an office host that is a person, ….
enum WrongReferenceType: CheckRule {
    static let id = "wrong-reference-type"
    static let defaultSeverity = Severity.error
    static let summary = Message(
        en: "a reference to the wrong sort of entity (a unit as chief, a person as office host, …)",
        zh: "引用对象类型错误(单位当作负责人、人员当作办公室承担单位等)")
    static let description = Message(
        en: """
            `chief`, `deputies` and `leader` name people or posts; `parent`, `office`, `liaises`, `host` and a \
            post's `unit` name units; a post's `holder` names a person; `members`, `lead`, `assist` and `report_to` \
            name people, posts or units. Nothing may name a duty.
            """,
        zh:
            "`chief`、`deputies`、`leader` 应引用人员或职务;`parent`、`office`、`liaises`、`host` 及职务的 `unit` 应引用单位;职务的 `holder` 应引用人员;`members`、`lead`、`assist`、`report_to` 可引用人员、职务或单位;不能引用职责。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: bureau, name: 区自然资源局, kind: bureau}
              - {id: post, name: 乡村规划分指挥部, kind: team, chief: bureau}
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: bureau, name: 区自然资源局, kind: bureau}
              - {id: post, name: 乡村规划分指挥部, kind: team, office: bureau}
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        for (site, target) in zip(ctx.references, ctx.targets) {
            let sort: EntitySort
            switch target {
            case .person: sort = .person
            case .unit: sort = .unit
            case .duty: sort = .duty
            case .post: sort = .post
            case nil: continue
            }
            guard !site.fieldKind.allows(sort) else { continue }
            let want = site.allowed.map(\.rawValue).joined(separator: " or ")
            let wantZh = site.allowed.map(\.zh).joined(separator: "或")
            out.append(
                ctx.finding(
                    self, subject: site.owner, at: site.ref.mark,
                    en:
                        "`\(site.field)` of `\(site.owner)` names the \(sort.rawValue) `\(site.ref.id)`; it must name a \(want)",
                    zh: "`\(site.owner)` 的 `\(site.field)` 引用了\(sort.zh) `\(site.ref.id)`;应引用\(wantZh)"))
        }
        return out
    }
}
