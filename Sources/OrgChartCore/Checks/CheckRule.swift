/// A check of the catalog: one type per file, with a stable id, a default severity, its documentation and its own
/// examples. Adding a check is adding one file `Checks/<Type>.swift` and naming it in `CheckCatalog.all`; the tests
/// fail until it is listed, until it has examples of both sorts that behave, and until docs/checks.md is
/// regenerated.
public protocol CheckRule: Sendable {
    /// The stable id users suppress and scripts read, e.g. `duty-without-lead`.
    static var id: String { get }
    /// The severity when the model does not set one. Checks whose severity depends on the unit kind say so in
    /// `description` and pass the severity with each finding.
    static var defaultSeverity: Severity { get }
    /// One line on what the check finds.
    static var summary: Message { get }
    /// A paragraph for the documentation.
    static var description: Message { get }
    /// Models in which the check fires.
    static var triggeringExamples: [CheckExample] { get }
    /// Models in which it stays silent.
    static var nonTriggeringExamples: [CheckExample] { get }
    /// Finds the problems in a model: one finding per subject. A finding with a `cause` is one of several with the
    /// same cause; the runner makes them one finding (after applying suppressions, so an `ignore` still works on
    /// each subject) whose message `group` writes.
    static func run(_ context: CheckContext) -> [Finding]
    /// The message of one finding that covers `members`, two or more findings of this check with one cause (in file
    /// order). The default says how many there are and repeats the first one's message.
    static func group(_ members: [Finding], _ context: CheckContext) -> Message
}

extension CheckRule {
    public static func group(_ members: [Finding], _ context: CheckContext) -> Message {
        let first = members[0].message
        let more = members.count - 1
        return Message(
            en: "\(first.en) (and \(more) more of the same cause)", zh: "\(first.zh)(另有 \(more) 处同一原因)")
    }
}
