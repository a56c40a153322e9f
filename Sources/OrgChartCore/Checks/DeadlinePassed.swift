/// A duty whose deadline has passed and that is not marked done.
enum DeadlinePassed: CheckRule {
    static let id = "deadline-passed"
    static let defaultSeverity = Severity.warning
    static let summary = Message(
        en: "a duty whose `due` is before the check date (`--as-of`, default today) and that is not `done: true`",
        zh: "职责的期限(`due`)早于检查日期(`--as-of`,默认今天)且未标记 `done: true`")
    static let description = Message(
        en: "For follow-up (督查): what should be finished by now and is not recorded as done.",
        zh: "用于督查:到期应完成而尚未记录完成的工作。")
    static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: ndrc, name: 区发展改革局, kind: bureau}]
            duties: [{id: split, name: 将《意见》进行分解, lead: ndrc, due: 2000-03-10}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units: [{id: ndrc, name: 区发展改革局, kind: bureau}]
            duties:
              - {id: split, name: 将《意见》进行分解, lead: ndrc, due: 2000-03-10, done: true}
              - {id: later, name: 年终考核, lead: ndrc, due: 2999-12-31}
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let duties = ctx.model.duties
        return duties.indices.compactMap { i in
            guard let due = duties[i].due, !duties[i].done, due < ctx.options.asOf else { return nil }
            let d = duties[i]
            return ctx.finding(
                self, subject: d.id, at: d.keyMarks["due"] ?? d.mark,
                en: "duty “\(d.name)” was due \(due) and is not marked done (as of \(ctx.options.asOf))",
                zh: "职责“\(d.name)”期限为 \(due),截至 \(ctx.options.asOf) 未标记完成")
        }
    }
}
