/// A count fixed by the decision (`expect.count`) that the model does not meet.
enum CountMismatch: CheckRule {
    static let id = "count-mismatch"
    static let defaultSeverity = Severity.error
    static let summary = Message(
        en: "`expect.count` not met (e.g. 9 sub-command posts where 10 are fixed)",
        zh: "不符合 `expect.count` 规定的数量(如规定 10 个分指挥部而只有 9 个)")
    static let description = Message(
        en: """
            A decision often fixes how many units of a kind there are (14 sub-command posts merged into 10; 5 work \
            groups). `expect.count` records that, and this check counts the units of each kind against it.
            """,
        zh: "决定往往规定某类机构的数量(14 个分指挥部整合为 10 个;5 个工作组)。`expect.count` 记录这些数量,本检查逐类核对。")
    static let triggeringExamples = [
        CheckExample(
            """
            expect: {count: {workgroup: 2}}
            units: [{id: wg1, name: 工作组(一), kind: workgroup}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            expect: {count: {workgroup: 1}}
            units: [{id: wg1, name: 工作组(一), kind: workgroup}]
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        var counts: [String: Int] = [:]
        let units = ctx.model.units
        for i in units.indices { counts[units[i].kind, default: 0] += 1 }
        return ctx.model.expect.count.compactMap { e in
            let have = counts[e.kind] ?? 0
            guard have != e.count else { return nil }
            return ctx.finding(
                self, subject: nil, at: e.mark, cause: e.kind,
                en: "\(e.count) units of kind \(e.kind) are fixed, the model has \(have)",
                zh: "规定\(ctx.model.kindLabel(e.kind, lang: .zh)) \(e.count) 个,模型中有 \(have) 个")
        }
    }
}
