/// What minutes say of the approval of the structure they set up (rule `approval`): a notice or plan that sets up
/// or adjusts a body (…成立…指挥部的通知, …领导小组调整方案) approved only in principle (原则同意, 原则通过), and the
/// further step it still awaits (按程序提交区委常委会审议, 报市政府审定). A 原则同意 of any other document (a budget,
/// a plan of work) says nothing of the structure and is not read.
public struct DecisionApproval: Sendable, Hashable {
    /// How far the decision is approved: `approvedInPrinciple` when the minutes say 原则同意.
    public var status: DecisionStatus
    /// The step it awaits, in the minutes' words (`按程序提交区委常委会审议`); nil when they name none.
    public var pending: String?
    /// Where the approval is written (the item and point of the assignment on that line, when there is one).
    public var location: MinutesLocation
    /// The sentence, as written.
    public var sentence: String
}

enum ApprovalReader {
    static let approvals = ["原则同意", "原则通过"]
    /// Words that make a document one that sets up or changes a structure.
    static let setsUp = ["成立", "组建", "设立", "调整", "优化", "整合", "组成人员"]
    /// Words that name a body.
    static let bodies = ["指挥部", "领导小组", "工作专班", "委员会", "工作组", "联席会议", "专项小组"]
    /// Words that end the step a decision awaits (提交…审议).
    static let steps = ["审议", "审定", "审批", "批准"]
    /// Words that open that step, longest first.
    static let submits = ["提请", "提交", "报请", "报送", "呈报", "报"]

    /// In one sentence: where 原则同意 stands and the step awaited, when what it approves sets up a body.
    static func approval(_ s: [Character]) -> (at: Int, pending: String?)? {
        let text = String(s)
        guard let word = approvals.lazy.compactMap({ text.range(ofText: $0) }).first else { return nil }
        let at = text.distance(from: text.startIndex, to: word.lowerBound)
        let rest = String(text[word.upperBound...])
        // What is approved: a title in 《》, else the clause up to the first comma.
        let object: String
        if rest.hasPrefix("《"), let close = rest.firstIndex(of: "》") {
            object = String(rest[..<close])
        } else {
            object = String(rest.prefix { $0 != "，" })
        }
        guard setsUp.contains(where: object.contains), bodies.contains(where: object.contains) else { return nil }
        return (at, pending(rest))
    }

    /// The step awaited after the approval: from the word that submits (and a 按程序 before it) to the word that
    /// ends it, within one clause.
    static func pending(_ rest: String) -> String? {
        let c = Array(rest)
        for end in c.indices {
            guard let step = steps.first(where: { c[end...].starts(with: $0) }) else { continue }
            var k = end - 1
            while k >= 0, c[k] != "，", c[k] != "》" {
                if submits.contains(where: { c[k...].starts(with: $0) }) {
                    var from = k
                    if from >= 3, String(c[(from - 3)..<from]) == "按程序" { from -= 3 }
                    let phrase = String(c[from..<(end + step.count)])
                    return phrase.count <= 30 ? phrase : nil
                }
                k -= 1
            }
        }
        return nil
    }
}
