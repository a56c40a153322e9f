/// A `source` that names a document the model does not declare.
enum UnknownSource: CheckRule {
    static let id = "unknown-source"
    static let defaultSeverity = Severity.error
    static let summary = Message(
        en: "a `source` whose document is not declared in `organisation.sources`",
        zh: "`source` 引用的文件未在 `organisation.sources` 中声明")
    static let description = Message(
        en: """
            A fact's `source` is written `name#place` (e.g. `minutes#五.二`); `name` must be one of \
            `organisation.sources`, so that every fact can be traced to its document. Sources that are not \
            documents (`illustrative`, `assumption`) may be declared there too. Like a dangling reference, a source \
            naming an undeclared document is the model contradicting itself (error).
            """,
        zh:
            "事实的 `source` 写作 `名称#位置`(如 `minutes#五.二`),其中名称必须在 `organisation.sources` 中声明,以便每项事实都能追溯到文件。与未定义的引用一样,引用未声明的文件是模型自相矛盾(错误)。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: nr, name: 区自然资源局, kind: bureau, source: minuts#五.二}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units: [{id: nr, name: 区自然资源局, kind: bureau}]
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let names = ctx.model.organisation.sources.map(\.key)
        var out: [Finding] = []
        func look(_ source: String?, _ subject: String, _ mark: SourceMark?) {
            guard let s = source, !s.isEmpty else { return }
            let name = String(s.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
            guard !names.contains(name) else { return }
            let hint = Suggest.hint(for: name, in: names)
            out.append(
                ctx.finding(
                    self, subject: subject, at: mark,
                    en: "source `\(s)` names the document `\(name)`, which `organisation.sources` does not declare"
                        + hint.en,
                    zh: "来源 `\(s)` 中的文件 `\(name)` 未在 `organisation.sources` 中声明"
                        + hint.zh))
        }
        // By index and field: copying whole entities would cost more than the check.
        let m = ctx.model
        for i in m.people.indices where m.people[i].source != nil {
            look(m.people[i].source, m.people[i].id, m.people[i].keyMarks["source"])
        }
        for i in m.units.indices where m.units[i].source != nil {
            look(m.units[i].source, m.units[i].id, m.units[i].keyMarks["source"])
        }
        for i in m.duties.indices where m.duties[i].source != nil {
            look(m.duties[i].source, m.duties[i].id, m.duties[i].keyMarks["source"])
        }
        for i in m.posts.indices where m.posts[i].source != nil {
            look(m.posts[i].source, m.posts[i].id, m.posts[i].keyMarks["source"])
        }
        return out
    }
}
