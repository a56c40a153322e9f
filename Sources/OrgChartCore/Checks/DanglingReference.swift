/// A reference to an id that no person, unit or duty of the model defines.
enum DanglingReference: CheckRule {
    static let id = "dangling-reference"
    static let defaultSeverity = Severity.error
    static let summary = Message(
        en: "a reference to an id that is not defined", zh: "引用了未定义的 id")
    static let description = Message(
        en: """
            Every `parent`, `chief`, `deputies`, `office`, `host`, `members`, `liaises`, `lead`, `assist`, \
            `report_to`, `leader`, and a post's `unit` and `holder` names an id defined in the same file (a person, \
            unit, duty or post). A reference to an undefined id is usually a typo; the finding \
            suggests the closest defined id (for the first 100 distinct undefined ids, so that a model with \
            thousands of them is still checked in linear time).
            """,
        zh:
            "`parent`、`chief`、`deputies`、`office`、`host`、`members`、`liaises`、`lead`、`assist`、`report_to`、`leader` 以及职务的 `unit`、`holder` 引用的 id 必须在同一文件中定义(人员、单位、职责或职务)。未定义的引用多为笔误,提示会给出最接近的 id。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            people: [{id: huang-jie, name: 黄杰}]
            units: [{id: post, name: 乡村规划分指挥部, kind: team, chief: huang-jei}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            people: [{id: huang-jie, name: 黄杰}]
            units: [{id: post, name: 乡村规划分指挥部, kind: team, chief: huang-jie}]
            """)
    ]

    /// How many distinct undefined ids get a "did you mean" (each costs a pass over every id).
    static let suggestionLimit = 100

    static func run(_ ctx: CheckContext) -> [Finding] {
        var allIDs: [String]?
        var hints: [String: Message] = [:]
        var out: [Finding] = []
        for (site, target) in zip(ctx.references, ctx.targets) where target == nil {
            let hint: Message
            if let cached = hints[site.ref.id] {
                hint = cached
            } else if hints.count < suggestionLimit {
                if allIDs == nil { allIDs = ctx.index.byID.allKeys.sorted() }
                hint = Suggest.hint(for: site.ref.id, in: allIDs!)
                hints[site.ref.id] = hint
            } else {
                hint = Suggest.hint(nil)
            }
            out.append(
                ctx.finding(
                    self, subject: site.owner, at: site.ref.mark,
                    en: "`\(site.field)` of `\(site.owner)` names `\(site.ref.id)`, which is not defined"
                        + hint.en,
                    zh: "`\(site.owner)` 的 `\(site.field)` 引用了未定义的 `\(site.ref.id)`"
                        + hint.zh))
        }
        return out
    }
}
