/// A person who leads more units and duties than one person can.
enum LeadOverload: CheckRule {
    static let id = "lead-overload"
    static let defaultSeverity = Severity.warning
    static let summary = Message(
        en: "a person who leads more than `expect.max_lead_roles` (default 5) units and duties together",
        zh: "一人牵头的单位和职责合计超过 `expect.max_lead_roles`(默认 5)")
    static let description = Message(
        en: """
            Counts, for each person, the units they chair (`chief`) plus the duties they lead (`lead`) or answer \
            for (`leader`, 责任领导), directly or through a post they hold (`holder`). Above the limit \
            (`expect.max_lead_roles`, or `checks: {lead-overload: {max: N}}`, default 5) the load is worth a look.
            """,
        zh:
            "统计每人担任负责人(`chief`)的单位数与牵头(`lead`)或担任责任领导(`leader`)的职责数之和,包括通过所任职务(`holder`)担任的。超过上限(`expect.max_lead_roles` 或 `checks: {lead-overload: {max: N}}`,默认 5)时提示。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            expect: {max_lead_roles: 1}
            people: [{id: p, name: 李顺朝}]
            duties:
              - {id: a, name: 防贫监测, lead: p}
              - {id: b, name: 就业调查, lead: p}
            """),
        CheckExample(
            """
            expect: {max_lead_roles: 1}
            people: [{id: hu, name: 胡廖明}]
            posts: [{id: director, title: 局长, unit: dr, holder: hu}]
            units:
              - {id: dr, name: 市发改局, kind: bureau}
              - {id: office, name: 领导小组办公室, kind: office, chief: director}
            duties: [{id: a, name: 信用建设, leader: hu, lead: dr}]
            """),
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            people: [{id: p, name: 李顺朝}]
            duties:
              - {id: a, name: 防贫监测, lead: p}
              - {id: b, name: 就业调查, lead: p}
            """)
    ]

    /// The limit in force for a model.
    static func limit(_ ctx: CheckContext) -> Int { limit(ctx.model) }

    /// The same, read from a model alone.
    static func limit(_ model: Model) -> Int {
        model.checkSettings[id]?.max ?? model.expect.maxLeadRoles ?? 5
    }

    static func run(_ ctx: CheckContext) -> [Finding] {
        let max = limit(ctx)
        var load = [Int](repeating: 0, count: ctx.model.people.count)
        // A person named twice by one owner (as its lead and its leader) holds one role there; an owner's
        // references are together, so the last owner counted per person is enough to tell.
        var lastOwner = [String?](repeating: nil, count: ctx.model.people.count)
        for (site, target) in zip(ctx.references, ctx.targets)
        where site.fieldKind == .chief || site.fieldKind == .lead || site.fieldKind == .leader {
            guard let p = ctx.person(target), lastOwner[p] != site.owner else { continue }
            lastOwner[p] = site.owner
            load[p] += 1
        }
        return ctx.model.people.indices.compactMap { i in
            guard load[i] > max else { return nil }
            let p = ctx.model.people[i]
            return ctx.finding(
                self, subject: p.id, at: p.mark,
                en: "\(p.name) leads \(load[i]) units and duties, more than \(max)",
                zh: "\(p.name) 牵头 \(load[i]) 个单位和职责,超过 \(max) 个")
        }
    }
}
