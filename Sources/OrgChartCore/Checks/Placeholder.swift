/// A unit or person still to be named.
public enum Placeholder: CheckRule {
    public static let id = "placeholder"
    public static let defaultSeverity = Severity.info
    public static let summary = Message(
        en: "a unit or person with `status: placeholder`: still to be named", zh: "占位的单位或人员:尚待明确")
    public static let description = Message(
        en: """
            The decision creates it, the source does not name it. The list of placeholders is the list of names \
            the notice still has to fill in.
            """,
        zh: "决定设立但来源文件未点名的单位或人员。占位清单就是通知中仍需填写的名单。")
    public static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: wg-2, name: 工作组(二), kind: workgroup, status: placeholder}]
            """)
    ]
    public static let nonTriggeringExamples = [
        CheckExample(
            """
            units: [{id: nr, name: 区自然资源局, kind: bureau}]
            """)
    ]

    public static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let m = ctx.model
        for p in m.people.indices.lazy.filter({ m.people[$0].status == .placeholder }).map({ m.people[$0] }) {
            out.append(
                ctx.finding(
                    self, subject: p.id, at: p.mark, en: "\(p.name) is a placeholder: still to be named",
                    zh: "\(p.name) 为占位人员:尚待明确"))
        }
        for u in m.units.indices.lazy.filter({ m.units[$0].status == .placeholder }).map({ m.units[$0] }) {
            out.append(
                ctx.finding(
                    self, subject: u.id, at: u.mark,
                    en: "\(ctx.model.kindLabel(u.kind, lang: .en)) \(u.name) is a placeholder: still to be named",
                    zh: "\(ctx.model.kindLabel(u.kind, lang: .zh))“\(u.name)”为占位:尚待明确"))
        }
        return out
    }
}
