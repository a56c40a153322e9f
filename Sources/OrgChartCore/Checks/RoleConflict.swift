/// One person holding two roles in one unit.
public enum RoleConflict: CheckRule {
    public static let id = "role-conflict"
    public static let defaultSeverity = Severity.error
    public static let summary = Message(
        en: "one person holding two roles in one unit (e.g. both chief and deputy of the same post)",
        zh: "同一人在同一单位担任两个职务(如既是分指挥长又是副分指挥长)")
    public static let description = Message(
        en: "A chief who is also a deputy of the same unit, or a deputy listed twice, is a drafting slip.",
        zh: "同一单位的负责人又被列为副职,或副职重复列出,属于起草疏漏。")
    public static let triggeringExamples = [
        CheckExample(
            """
            people: [{id: huang-jie, name: 黄杰}]
            units: [{id: post, name: 乡村规划分指挥部, kind: team, chief: huang-jie, deputies: [huang-jie]}]
            """)
    ]
    public static let nonTriggeringExamples = [
        CheckExample(
            """
            people: [{id: huang-jie, name: 黄杰}, {id: huang-dalong, name: 黄大龙}]
            units: [{id: post, name: 乡村规划分指挥部, kind: team, chief: huang-jie, deputies: [huang-dalong]}]
            """)
    ]

    public static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let units = ctx.model.units
        for i in units.indices where units[i].deputies.count > (units[i].chief == nil ? 1 : 0) {
            let u = units[i]
            var seen: [String: String] = [:]
            if let c = u.chief { seen[c.id] = "chief" }
            for d in u.deputies {
                if let role = seen[d.id] {
                    let who = ctx.name(d.id)
                    out.append(
                        ctx.finding(
                            self, subject: u.id, at: d.mark,
                            en: "\(who) is both \(role) and deputy of \(u.name)",
                            zh: "\(who) 在“\(u.name)”中既是\(role == "chief" ? "负责人" : "副职")又是副职"))
                } else {
                    seen[d.id] = "deputy"
                }
            }
        }
        return out
    }
}
