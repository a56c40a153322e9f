/// A sub-command post with no duties, although the decision asks the posts to set theirs (明确工作职责).
enum SubcommandWithoutDuties: CheckRule {
    static let id = "subcommand-without-duties"
    static let defaultSeverity = Severity.warning
    static let summary = Message(
        en: "a duty asks the sub-command posts to set their duties (明确工作职责), and some lead or assist no duty",
        zh: "会议要求各分指挥部明确工作职责,但有分指挥部没有牵头或配合任何职责")
    static let description = Message(
        en: """
            The decision asks for the posts' duties when one of its duties has 职责 in its name and concerns the \
            posts: its name says 分指挥部 (the label of the `subcommand` kind) or one post's name, or it is led or \
            assisted by a post (五.三: 调整后10个分指挥部与区委成立的5个工作组需进一步对接衔接,明确工作职责). The \
            sub-command posts that are neither `lead` nor `assist` of any duty are then a gap someone must close, and \
            one cause: one finding that names the duty that asks and lists the posts as its subjects (placeholders \
            too: a post still to be named has no duties either), so a proposal that gives some of them duties shows \
            in `diff` as the same finding with fewer subjects. Without such a duty the check is silent: a model that leaves the \
            posts' duties out is not a decision that asks for them. Posts here are units of kind `subcommand`, not \
            the positions of `posts:`.
            """,
        zh: """
            若某项职责名称中有“职责”且涉及分指挥部(名称中有“分指挥部”(`subcommand` 类别的名称)或某个分指挥部的\
            名称,或由分指挥部牵头、配合),即视为会议要求各分指挥部明确工作职责(如五.三:调整后10个分指挥部与\
            区委成立的5个工作组需进一步对接衔接,明确工作职责)。此时,既不是任何职责的 `lead` 也不是 `assist` 的\
            分指挥部就是必须填补的空档;原因只有一个,因此只报告一条,写明提出要求的职责,并把这些分指挥部\
            (包括尚待明确的占位分指挥部)列为其对象;调整方案为其中部分分指挥部明确职责后,`diff` 显示为同一条发现的对象减少。没有这样的职责时不报告:模型未列出分指挥部的职责,不等于会议提出了要求。\
            这里的分指挥部指 `subcommand` 类别的单位,而非 `posts:` 中的职务。
            """)
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: hq, name: 乡村振兴指挥部, kind: headquarters}
              - {id: planning, name: 乡村规划分指挥部, kind: subcommand, parent: hq}
              - {id: sc-2, name: 分指挥部(二), kind: subcommand, parent: hq, status: placeholder}
            duties:
              - {id: liaison, name: 各分指挥部与工作组对接衔接，明确工作职责}
              - {id: plan, name: 编制村庄规划, lead: planning}
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: hq, name: 乡村振兴指挥部, kind: headquarters}
              - {id: planning, name: 乡村规划分指挥部, kind: subcommand, parent: hq}
            duties:
              - {id: liaison, name: 各分指挥部与工作组对接衔接，明确工作职责}
              - {id: plan, name: 编制村庄规划, lead: planning}
            """),
        CheckExample(
            """
            units:
              - {id: hq, name: 乡村振兴指挥部, kind: headquarters}
              - {id: planning, name: 乡村规划分指挥部, kind: subcommand, parent: hq}
            duties:
              - {id: notice, name: 修改完善通知后提交区委常委会审议}
            """),
    ]

    static let dutyWord = PhraseMatcher(["职责"])

    /// The indices of the decision's own sub-command posts (a unit of `scope: context` is not one the decision asks
    /// for duties).
    static func ownPosts(_ m: Model) -> [Int] {
        m.units.indices.filter { m.kind(m.units[$0].kind)?.isSubcommand == true && !m.units[$0].isContext }
    }

    static func run(_ ctx: CheckContext) -> [Finding] {
        let m = ctx.model
        let posts = ownPosts(m)
        guard let first = posts.first else { return [] }
        let label = m.kind(m.units[first].kind)?.zh ?? BuiltInKinds.subcommand.zh
        let postIDs = Set(posts.map { m.units[$0].id })
        let postNames = posts.map { m.units[$0].name }
        // The duty that asks for the posts' duties, and the clause of its name that says so.
        guard
            let ask = m.duties.first(where: { d in
                dutyWord.occurs(in: d.name)
                    && (d.name.contains(label) || postNames.contains { d.name.contains($0) }
                        || (d.lead + d.assist).contains { postIDs.contains($0.id) })
            })
        else { return [] }
        let clause =
            ask.name.split(whereSeparator: { ",，;；。、".contains($0) }).first { $0.contains("职责") }.map(String.init)
            ?? "职责"
        var busy = Set<String>()
        for d in m.duties {
            for r in d.lead + d.assist where postIDs.contains(r.id) { busy.insert(r.id) }
        }
        // One finding per idle post, all with the asking duty as their cause: the runner makes them one (`group`).
        return posts.filter { !busy.contains(m.units[$0].id) }.map { i in
            let u = m.units[i]
            return ctx.finding(
                self, subject: u.id, at: u.mark, cause: Finding.cause(ask.id, clause),
                en: "\(u.name) leads or assists no duty, although `\(ask.id)` asks the sub-command posts for their "
                    + "duties (\(clause))",
                zh: "`\(ask.id)` 要求各分指挥部\(clause),但“\(u.name)”没有牵头或配合任何职责")
        }
    }

    /// The idle posts of one asking duty: one finding that names the duty, how many of the posts are idle, and the
    /// first of them.
    static func group(_ members: [Finding], _ ctx: CheckContext) -> Message {
        let parts = members[0].causeParts
        let ask = parts.first ?? ""
        let clause = parts.count > 1 ? parts[1] : "职责"
        let total = ownPosts(ctx.model).count
        let names = CheckContext.names(members.map { ctx.name($0.subject ?? "") })
        return Message(
            en: "`\(ask)` asks the sub-command posts for their duties (\(clause)), but \(members.count) of the "
                + "\(total) sub-command posts lead or assist no duty: \(names.en)",
            zh: "`\(ask)` 要求各分指挥部\(clause),但 \(total) 个分指挥部中有 \(members.count) 个没有牵头或配合任何职责:\(names.zh)")
    }
}
