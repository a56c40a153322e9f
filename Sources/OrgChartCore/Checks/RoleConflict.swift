/// One person holding two roles in one unit.
enum RoleConflict: CheckRule {
    static let id = "role-conflict"
    static let defaultSeverity = Severity.error
    static let summary = Message(
        en: "one person holding two roles in one unit (e.g. both chief and deputy of the same post)",
        zh: "同一人在同一单位担任两个职务(如既是分指挥长又是副分指挥长)")
    static let description = Message(
        en: """
            A chief who is also a deputy of the same unit, or a deputy listed twice, is a drafting slip. A role held \
            through a post counts as the post's holder's.
            """,
        zh: "同一单位的负责人又被列为副职,或副职重复列出,属于起草疏漏。通过职务担任的角色计入该职务的任职人。")
    static let triggeringExamples = [
        CheckExample(
            """
            people: [{id: huang-jie, name: 黄杰}]
            units: [{id: post, name: 乡村规划分指挥部, kind: team, chief: huang-jie, deputies: [huang-jie]}]
            """),
        CheckExample(
            """
            people: [{id: xu, name: 徐毅松}]
            posts: [{id: director, title: 局长, unit: planning, holder: xu}]
            units:
              - {id: planning, name: 市规划资源局, kind: bureau}
              - {id: office, name: 领导小组办公室, kind: office, chief: director, deputies: [xu]}
            """),
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            people: [{id: huang-jie, name: 黄杰}, {id: huang-dalong, name: 黄大龙}]
            units: [{id: post, name: 乡村规划分指挥部, kind: team, chief: huang-jie, deputies: [huang-dalong]}]
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let units = ctx.model.units
        // Who a reference means: the person, directly or through a post, else the id itself.
        func who(_ r: Ref) -> String {
            guard let p = ctx.index.person(through: r.id, in: ctx.model) else { return r.id }
            return ctx.model.people[p].id
        }
        for i in units.indices where units[i].deputies.count + units[i].chiefs.count > 1 {
            let u = units[i]
            var seen: [String: String] = [:]
            for c in u.chiefs {
                if seen[who(c)] != nil {
                    out.append(
                        ctx.finding(
                            self, subject: u.id, at: c.mark,
                            en: "\(ctx.name(who(c))) is named twice as chief of \(u.name)",
                            zh: "\(ctx.name(who(c))) 在“\(u.name)”中被重复列为负责人"))
                }
                seen[who(c)] = "chief"
            }
            for d in u.deputies {
                if let role = seen[who(d)] {
                    let who = ctx.name(who(d))
                    out.append(
                        ctx.finding(
                            self, subject: u.id, at: d.mark,
                            en: "\(who) is both \(role) and deputy of \(u.name)",
                            zh: "\(who) 在“\(u.name)”中既是\(role == "chief" ? "负责人" : "副职")又是副职"))
                } else {
                    seen[who(d)] = "deputy"
                }
            }
        }
        return out
    }
}
