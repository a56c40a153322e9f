/// A duty with more than one lead: an overlap.
enum DutyMultipleLeads: CheckRule {
    static let id = "duty-multiple-leads"
    static let defaultSeverity = Severity.warning
    static let summary = Message(
        en: "a duty whose `lead` names more than one person or unit: an overlap", zh: "职责有多个牵头方:职责交叉")
    static let description = Message(
        en: """
            When two bodies both lead a duty, each can assume the other is doing it: a gap someone must close \
            (warning). Name one lead and list the others under `assist`. Where the source deliberately names \
            several leads (共同牵头), `joint: true` on the duty says so, and the finding is a note (info) that the \
            lead is shared. A duty whose leads are all collectives (各位副区长、全区各级各部门) is an addressee \
            phrase, not an overlap: `diffuse-lead` reports it.
            """,
        zh:
            "两个主体同时牵头一项职责时,往往互相推诿:这是需要有人补上的空档(警告)。请只保留一个牵头方,其余列入 `assist`(配合)。来源文件有意写明多个单位共同牵头时,在职责上写 `joint: true`,此时只作提示(info),说明牵头由多方共担。牵头方全部是集体的职责(如“各位副区长、全区各级各部门”)是会议的称呼,不是职责交叉,由 `diffuse-lead` 报告。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: a, name: 区扶贫办, kind: bureau}
              - {id: b, name: 区人社局, kind: bureau}
            duties: [{id: d, name: 劳动力转移就业调查, lead: [a, b]}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: a, name: 区扶贫办, kind: bureau}
              - {id: b, name: 区人社局, kind: bureau}
            duties: [{id: d, name: 劳动力转移就业调查, lead: a, assist: [b]}]
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        ctx.model.duties.filter { $0.lead.count > 1 && !onlyCollectives($0, ctx) }.map { d in
            let names = d.lead.map { ctx.name($0.id) }
            if d.joint {
                return ctx.finding(
                    self, .info, subject: d.id, at: d.keyMarks["lead"] ?? d.mark,
                    en:
                        "duty “\(d.name)” is led jointly by \(d.lead.count) (\(names.joined(separator: ", "))), as the source says",
                    zh: "职责“\(d.name)”按来源由 \(d.lead.count) 方共同牵头(\(names.joined(separator: "、")))")
            }
            return ctx.finding(
                self, subject: d.id, at: d.keyMarks["lead"] ?? d.mark,
                en: "duty “\(d.name)” has \(d.lead.count) leads (\(names.joined(separator: ", "))): name one",
                zh: "职责“\(d.name)”有 \(d.lead.count) 个牵头方(\(names.joined(separator: "、"))):应只有一个")
        }
    }

    /// Whether every lead of a duty is a collective (`diffuse-lead`'s case).
    static func onlyCollectives(_ d: Duty, _ ctx: CheckContext) -> Bool {
        d.lead.allSatisfy { r in
            ctx.index.unit(r.id).map { ctx.model.kind(ctx.model.units[$0].kind)?.isCollective == true } ?? false
        }
    }
}
