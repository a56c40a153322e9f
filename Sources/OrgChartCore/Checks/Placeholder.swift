/// A unit or person still to be named.
enum Placeholder: CheckRule {
    static let id = "placeholder"
    static let defaultSeverity = Severity.info
    static let summary = Message(
        en: "a unit or person with `status: placeholder`: still to be named", zh: "占位的单位或人员:尚待明确")
    static let description = Message(
        en: """
            The decision creates it, the source does not name it. The list of placeholders is the list of names \
            the notice still has to fill in. A placeholder unit is reported once, with what it therefore lacks \
            (its head, its office host, its liaison with the work groups): `unit-without-chief`, \
            `unit-without-office` and `liaison-gap` leave it to this finding. Placeholders of one kind lacking the \
            same things are one finding (nine sub-command posts left to the revised notice are one open point). \
            Units of `scope: context` are not reported.
            """,
        zh:
            "决定设立但来源文件未点名的单位或人员。占位清单就是通知中仍需填写的名单。占位单位只报告一次,并列明因此缺少的内容(负责人、办公室设在单位、与工作组的对接):`unit-without-chief`、`unit-without-office`、`liaison-gap` 不再另行报告。同一类别、缺少内容相同的占位单位合为一条(留待修改后的通知明确的 9 个分指挥部是一个待定事项)。`scope: context` 的单位不报告。"
    )
    static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: wg-2, name: 工作组(二), kind: workgroup, status: placeholder}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: nr, name: 区自然资源局, kind: bureau}
              - {id: wg-2, name: 工作组(二), kind: workgroup, status: placeholder, scope: context}
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let m = ctx.model
        for p in m.people.indices.lazy.filter({ m.people[$0].status == .placeholder }).map({ m.people[$0] }) {
            out.append(
                ctx.finding(
                    self, subject: p.id, at: p.mark, cause: "person",
                    en: "\(p.name) is a placeholder: still to be named",
                    zh: "\(p.name) 为占位人员:尚待明确"))
        }
        var kinds = KindCache(m)
        let withOfficeUnit = UnitWithoutOffice.bodiesWithOfficeUnit(m)
        let liaison = LiaisonState(ctx)
        for i in m.units.indices where m.units[i].status == .placeholder && !m.units[i].isContext {
            let u = m.units[i]
            let kind = kinds.kind(u.kind)
            var lacks: [Lack] = []
            if kind?.needsChief == true && u.chiefs.isEmpty { lacks.append(.chief(kind?.headWord ?? "负责人")) }
            if kind?.needsOffice == true && u.office == nil && !withOfficeUnit.contains(u.id) { lacks.append(.office) }
            if liaison.missing(i) { lacks.append(.liaison) }
            let what = Lack.text(lacks, plural: false)
            out.append(
                ctx.finding(
                    self, subject: u.id, at: u.mark,
                    cause: Finding.cause("unit", u.kind, lacks.map(\.code).joined(separator: ",")),
                    en: "\(m.kindLabel(u.kind, lang: .en)) \(u.name) is a placeholder: \(what.en) still to be named",
                    zh: "\(m.kindLabel(u.kind, lang: .zh))“\(u.name)”为占位:\(what.zh)尚待明确"))
        }
        return out
    }

    static func group(_ members: [Finding], _ ctx: CheckContext) -> Message {
        let n = members.count
        let names = CheckContext.names(members.map { ctx.name($0.subject ?? "") })
        let parts = members[0].causeParts
        guard parts.count == 3 else {
            return Message(
                en: "\(n) people are placeholders: still to be named (\(names.en))",
                zh: "\(n) 名人员为占位:尚待明确(\(names.zh))")
        }
        // Every member of the group lacks the same: the cause lists it.
        let kind = String(parts[1])
        let head = ctx.model.kind(kind)?.headWord ?? "负责人"
        let lacks: [Lack] = parts[2].split(separator: ",").compactMap { code in
            switch code {
            case "chief": return .chief(head)
            case "office": return .office
            case "liaison": return .liaison
            default: return nil
            }
        }
        let what = Lack.text(lacks, plural: true)
        return Message(
            en: "\(n) \(ctx.kindLabel(kind, count: n, lang: .en)) are placeholders: \(what.en) still to be named "
                + "(\(names.en))",
            zh: "\(n) 个\(ctx.model.kindLabel(kind, lang: .zh))为占位:\(what.zh)尚待明确(\(names.zh))")
    }

    /// What a placeholder unit lacks besides its name.
    enum Lack {
        case chief(String)
        case office
        case liaison

        var code: String {
            switch self {
            case .chief: return "chief"
            case .office: return "office"
            case .liaison: return "liaison"
            }
        }

        /// "its name, chief and office host are" / "名称、分指挥长、办公室设在单位".
        static func text(_ lacks: [Lack], plural: Bool) -> Message {
            var en = [plural ? "their names" : "its name"]
            var zh = ["名称"]
            for l in lacks {
                switch l {
                case .chief(let head):
                    en.append(plural ? "chiefs" : "chief")
                    zh.append(head)
                case .office:
                    en.append(plural ? "office hosts" : "office host")
                    zh.append("办公室设在单位")
                case .liaison:
                    en.append("work groups to liaise with")
                    zh.append("对接的工作组")
                }
            }
            let list = en.count == 1 ? en[0] : en.dropLast().joined(separator: ", ") + " and " + en.last!
            return Message(en: list + (en.count == 1 ? " is" : " are"), zh: zh.joined(separator: "、"))
        }
    }
}
