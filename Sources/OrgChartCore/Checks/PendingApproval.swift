/// A decision approved only in principle, still a draft, or awaiting another body: the structure may change.
enum PendingApproval: CheckRule {
    static let id = "pending-approval"
    static let defaultSeverity = Severity.info
    static let summary = Message(
        en:
            "the decision is approved only in principle (原则同意), still a draft, or awaits another body (`organisation.status`, `pending`)",
        zh: "决定仅原则同意、仍是草案,或尚待其他机构审议(`organisation.status`、`pending`)")
    static let description = Message(
        en: """
            One note on the organisation when `organisation.status` is `approved-in-principle` (原则同意: to be \
            revised before it is final) or `draft`, or when `organisation.pending` names a step still to come \
            (按程序提交区委常委会审议). Everything else `check` reports is about a structure that may still change: \
            a clerk following it up needs to know. The model says so only where the source does.
            """,
        zh: """
            当 `organisation.status` 为 `approved-in-principle`(原则同意:修改后方为定稿)或 `draft`,或 \
            `organisation.pending` 写明尚待的程序(按程序提交区委常委会审议)时,对整个组织给出一条提示:`check` \
            报告的其他问题都针对一个可能还会改变的架构,督办人员需要知道。模型只在原文这样说时才写这两个键。
            """)
    static let triggeringExamples = [
        CheckExample(
            "units: [{id: hq, name: 乡村振兴指挥部, kind: headquarters}]\n",
            organisation: "{name: Example, as_of: 2021-02-25, status: approved-in-principle, pending: 按程序提交区委常委会审议}"),
        CheckExample(
            "units: [{id: hq, name: 乡村振兴指挥部, kind: headquarters}]\n",
            organisation: "{name: Example, as_of: 2021-02-25, pending: 提交县委常委会审议}"),
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            "units: [{id: hq, name: 乡村振兴指挥部, kind: headquarters}]\n",
            organisation: "{name: Example, as_of: 2021-02-25, status: approved}"),
        CheckExample("units: [{id: hq, name: 乡村振兴指挥部, kind: headquarters}]\n"),
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let o = ctx.model.organisation
        let partial = o.status.flatMap { $0 == .approved ? nil : $0 }
        let pending = o.pending.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
        guard partial != nil || pending != nil else { return [] }
        let mark = o.keyMarks[partial != nil ? "status" : "pending"] ?? ctx.model.marks["organisation"]
        var en: [String] = []
        var zh: [String] = []
        switch partial {
        case .approvedInPrinciple?:
            en.append("is approved only in principle (原则同意)")
            zh.append("仅原则同意")
        case .draft?:
            en.append("is still a draft")
            zh.append("仍是草案")
        default: break
        }
        if let p = pending {
            en.append("awaits “\(p)”")
            zh.append("尚待“\(p)”")
        }
        return [
            ctx.finding(
                self, subject: nil, at: mark,
                en: "the decision \(en.joined(separator: " and ")): the structure may still change",
                zh: "该决定\(zh.joined(separator: ","))" + ":架构仍可能调整")
        ]
    }
}
