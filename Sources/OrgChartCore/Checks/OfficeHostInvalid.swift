/// An office hosted by a unit that cannot host one.
enum OfficeHostInvalid: CheckRule {
    static let id = "office-host-invalid"
    static let defaultSeverity = Severity.error
    static let summary = Message(
        en: "an office hosted by a unit that cannot host one (a collective, a placeholder, the unit itself)",
        zh: "办公室设在不能承担的单位(集体、占位单位或本单位)")
    static let description = Message(
        en: """
            An office needs a real host with staff: not a collective such as 各乡镇(街道), not a placeholder that \
            does not exist yet, and not the post itself. When `office` names an office unit, its `host` is checked.
            """,
        zh: "办公室必须设在有人员的实体单位:不能是“各乡镇(街道)”之类的集体,不能是尚未明确的占位单位,也不能是本单位。`office` 指向办公室单位时,检查其 `host`。")
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: towns, name: 各乡镇(街道), kind: collective}
              - {id: post, name: 乡村规划分指挥部, kind: team, office: towns}
            """),
        CheckExample(
            """
            units: [{id: post, name: 乡村规划分指挥部, kind: team, office: post}]
            """),
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: nr, name: 区自然资源局, kind: bureau}
              - {id: post, name: 乡村规划分指挥部, kind: team, office: nr}
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        var kinds = KindCache(ctx.model)
        for u in ctx.model.units {
            // The host of the body's office: what `office` names, or that office unit's `host`; and for an office
            // unit, its own `host`.
            var office: Ref
            var body = u
            if let o = u.office {
                office = o
                if let oi = ctx.index.unit(o.id), kinds.kind(ctx.model.units[oi].kind)?.isOffice == true {
                    guard let h = ctx.model.units[oi].host else { continue }
                    office = h
                }
            } else if let h = u.host, let p = u.parent, let pi = ctx.index.unit(p.id) {
                // An office unit under its body: reported here only when no body names it (else above).
                if ctx.model.units[pi].office?.id == u.id { continue }
                office = h
                body = ctx.model.units[pi]
            } else {
                continue
            }
            let en: String
            let zh: String
            let u = body
            if office.id == u.id {
                en = "the office of \(u.name) is hosted by the unit itself"
                zh = "“\(u.name)”的办公室设在本单位"
            } else if let h = ctx.index.unit(office.id) {
                let host = ctx.model.units[h]
                if kinds.kind(host.kind)?.isCollective == true {
                    en =
                        "the office of \(u.name) is hosted by the collective \(host.name), which has no staff of its own"
                    zh = "“\(u.name)”的办公室设在集体“\(host.name)”,它没有自己的工作人员"
                } else if host.status == .placeholder {
                    en = "the office of \(u.name) is hosted by the placeholder \(host.name), which is not named yet"
                    zh = "“\(u.name)”的办公室设在尚未明确的占位单位“\(host.name)”"
                } else {
                    continue
                }
            } else {
                continue
            }
            out.append(ctx.finding(self, subject: u.id, at: office.mark, en: en, zh: zh))
        }
        return out
    }
}
