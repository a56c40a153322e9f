/// A sub-command post that liaises with no work group, or a work group no post liaises with.
enum LiaisonGap: CheckRule {
    static let id = "liaison-gap"
    static let defaultSeverity = Severity.warning
    static let summary = Message(
        en: "a sub-command post that liaises with no work group, or a work group no post liaises with (对接衔接)",
        zh: "分指挥部未与任何工作组对接衔接,或工作组没有分指挥部与之对接")
    static let description = Message(
        en: """
            When a model has both sub-command posts and work groups, every post names the work groups it connects \
            with in `liaises`, and every work group is named by at least one post. When no post names any group, \
            the source has left the pairing unstated: that is one note covering every post, not one finding per \
            post and group. When the pairing is stated in part, each post or group left out is a gap (warning), one \
            finding for the posts and one for the groups. Placeholders are not reported one by one (their \
            `placeholder` finding names the liaison among what is still to be fixed), nor are units of \
            `scope: context`; models without posts or without groups are not checked.
            """,
        zh:
            "模型中同时有分指挥部和工作组时,每个分指挥部都应在 `liaises` 中写明对接的工作组,每个工作组至少有一个分指挥部与之对接。没有任何分指挥部写明对接的工作组时,说明来源文件未规定对接关系:只作一条提示,涵盖全部分指挥部,而不是每个分指挥部、工作组各报一条。对接关系只规定了一部分时,遗漏的分指挥部或工作组是空档(警告),分指挥部一条、工作组一条。占位单位不逐个报告(其 `placeholder` 提示已列明尚待明确的对接),`scope: context` 的单位也不报告;没有分指挥部或没有工作组的模型不检查。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: post, name: 乡村规划分指挥部, kind: subcommand}
              - {id: wg, name: 工作组(一), kind: workgroup}
            """),
        CheckExample(
            """
            units:
              - {id: a, name: 乡村规划分指挥部, kind: subcommand, liaises: [wg]}
              - {id: b, name: 产业发展分指挥部, kind: subcommand}
              - {id: wg, name: 工作组(一), kind: workgroup}
            """),
    ]
    static let nonTriggeringExamples = [
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
        CheckExample(
            """
            units:
              - {id: hq, name: 龙胜县抗震救灾指挥部, kind: headquarters}
              - {id: wg, name: 通信保障组, kind: workgroup, parent: hq}
            """),
        CheckExample(
            """
            units:
              - {id: a, name: 乡村规划分指挥部, kind: subcommand, liaises: [wg]}
              - {id: b, name: 分指挥部(二), kind: subcommand, status: placeholder}
              - {id: wg, name: 工作组(一), kind: workgroup}
              - {id: wg2, name: 工作组(二), kind: workgroup, scope: context}
            """),
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let state = LiaisonState(ctx)
        guard state.applies else { return [] }
        let units = ctx.model.units
        var out: [Finding] = []
        if !state.stated {
            let groups = units.count(where: { ctx.model.kind($0.kind)?.isWorkGroup == true })
            for u in units where ctx.model.kind(u.kind)?.isSubcommand == true && !u.isContext {
                out.append(
                    ctx.finding(
                        self, .info, subject: u.id, at: u.mark, cause: "unstated",
                        en: "\(u.name) names no work group it liaises with, and no post does: which post connects with "
                            + "which of the \(groups) work groups is not stated",
                        zh: "“\(u.name)”未写明对接哪些工作组,其他分指挥部也都未写明:与 \(groups) 个工作组如何对接未作规定"))
            }
            return out
        }
        for i in units.indices where state.lacks(i) {
            let u = units[i]
            if ctx.model.kind(u.kind)?.isSubcommand == true {
                out.append(
                    ctx.finding(
                        self, subject: u.id, at: u.mark, cause: "post", en: "\(u.name) liaises with no work group",
                        zh: "“\(u.name)”未与任何工作组对接衔接"))
            } else {
                out.append(
                    ctx.finding(
                        self, subject: u.id, at: u.mark, cause: "group",
                        en: "no sub-command post liaises with \(u.name)",
                        zh: "没有分指挥部与“\(u.name)”对接衔接"))
            }
        }
        return out
    }

    static func group(_ members: [Finding], _ ctx: CheckContext) -> Message {
        let names = CheckContext.names(members.map { ctx.name($0.subject ?? "") })
        let n = members.count
        switch members[0].cause {
        case "unstated":
            let groups = ctx.model.units.count(where: { ctx.model.kind($0.kind)?.isWorkGroup == true })
            return Message(
                en: "none of the \(n) sub-command posts names the work groups it liaises with (`liaises`): which post "
                    + "connects with which of the \(groups) work groups is not stated",
                zh: "\(n) 个分指挥部均未写明对接哪些工作组(`liaises`):分指挥部与 \(groups) 个工作组如何对接未作规定")
        case "group":
            return Message(
                en: "no sub-command post liaises with \(n) work groups (\(names.en))",
                zh: "\(n) 个工作组没有分指挥部与之对接衔接(\(names.zh))")
        default:
            return Message(
                en: "\(n) sub-command posts liaise with no work group (\(names.en))",
                zh: "\(n) 个分指挥部未与任何工作组对接衔接(\(names.zh))")
        }
    }
}

/// Which sub-command posts and work groups of a model are connected (`liaises`): what `liaison-gap` reports, and
/// what a placeholder's finding counts among what it still lacks.
struct LiaisonState {
    let model: Model
    /// The model has both sub-command posts and work groups: only then is a liaison expected.
    let applies: Bool
    /// Some post names a work group: the pairing is stated, at least in part.
    let stated: Bool
    /// Ids of the work groups some post names.
    let linkedGroups: Set<String>

    init(_ ctx: CheckContext) {
        let units = ctx.model.units
        model = ctx.model
        let model = ctx.model
        func isPost(_ u: Unit) -> Bool { model.kind(u.kind)?.isSubcommand == true }
        func isGroup(_ u: Unit) -> Bool { model.kind(u.kind)?.isWorkGroup == true }
        applies = units.contains(where: isPost) && units.contains(where: isGroup)
        var linked = Set<String>()
        if applies {
            for u in units where isPost(u) {
                for g in u.liaises where ctx.index.unit(g.id).map({ isGroup(units[$0]) }) ?? false {
                    linked.insert(g.id)
                }
            }
        }
        linkedGroups = linked
        stated = !linked.isEmpty
    }

    /// Whether unit `i` is a post that names no work group, or a work group no post names, in a model whose pairing
    /// is stated in part; never for a unit of `scope: context`. Placeholders included: their own finding says it.
    func missing(_ i: Int) -> Bool {
        guard applies, stated else { return false }
        let u = model.units[i]
        guard !u.isContext else { return false }
        let kind = model.kind(u.kind)
        if kind?.isSubcommand == true { return !u.liaises.contains { linkedGroups.contains($0.id) } }
        if kind?.isWorkGroup == true { return !linkedGroups.contains(u.id) }
        return false
    }

    /// `missing`, for units that are not placeholders: the gaps `liaison-gap` reports one by one.
    func lacks(_ i: Int) -> Bool { model.units[i].status != .placeholder && missing(i) }
}
