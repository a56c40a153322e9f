/// The list of every check, and the runner that applies a model's settings and suppressions.
public enum CheckCatalog {
    /// Every check, in documentation order.
    public static let all: [any CheckRule.Type] = [
        DanglingReference.self,
        WrongReferenceType.self,
        HierarchyCycle.self,
        DutyWithoutLead.self,
        DutyMultipleLeads.self,
        DuplicateDuty.self,
        NearDuplicateDuty.self,
        DiffuseLead.self,
        AssistIsLead.self,
        UnitWithoutChief.self,
        UnitWithoutOffice.self,
        OfficeHostInvalid.self,
        CountMismatch.self,
        LiaisonGap.self,
        SubcommandWithoutDuties.self,
        RoleConflict.self,
        LeadOverload.self,
        DeadlinePassed.self,
        NoDeadline.self,
        VagueTiming.self,
        UnusedPerson.self,
        OrphanUnit.self,
        Placeholder.self,
        UnknownSource.self,
        PendingApproval.self,
    ]

    /// The check with this id.
    public static func rule(_ id: String) -> (any CheckRule.Type)? { all.first { $0.id == id } }

    /// Ids of every check.
    public static var ids: [String] { all.map { $0.id } }
}

/// Runs the catalog on a model.
public enum CheckRunner {
    /// Every finding of every check, with the model's severities applied and suppressed findings removed, sorted
    /// by file position. Problems with the model's own check settings are findings too (`check-settings`).
    public static func run(
        _ model: Model, index: ModelIndex? = nil, options: CheckOptions = CheckOptions(), only: Set<String>? = nil
    ) -> [Finding] {
        let context = CheckContext(model: model, index: index, options: options)
        let rules = CheckCatalog.all.filter { rule in
            (only?.contains(rule.id) ?? true) && model.checkSettings[rule.id]?.severity != .off
        }
        // The checks are independent: they run on the machine's cores, and their findings are gathered in catalog
        // order (and sorted below), so the output does not depend on the scheduling.
        let found = Parallel.map(rules.count) { i in rules[i].run(context) }
        var findings: [Finding] = []
        for (rule, var found) in zip(rules, found) {
            if let sev = model.checkSettings[rule.id]?.severity {
                for i in found.indices where found[i].severity != .off { found[i].severity = sev }
            }
            findings.append(contentsOf: found.filter { $0.severity != .off })
        }
        findings = applySuppressions(findings, context)
        findings.append(contentsOf: settingsProblems(context))
        return findings.sorted(by: Finding.byPosition)
    }

    /// Removes findings whose subject carries an `ignore` for that check with a reason.
    static func applySuppressions(_ findings: [Finding], _ ctx: CheckContext) -> [Finding] {
        findings.filter { f in
            guard let subject = f.subject else { return true }
            let ignores: [Suppression]
            switch ctx.index.byID[subject] {
            case .person(let i): ignores = ctx.model.people[i].ignore
            case .unit(let i): ignores = ctx.model.units[i].ignore
            case .duty(let i): ignores = ctx.model.duties[i].ignore
            case .post(let i): ignores = ctx.model.posts[i].ignore
            case nil: ignores = []
            }
            return !ignores.contains { $0.check == f.check && !($0.reason ?? "").isEmpty }
        }
    }

    /// Suppressions without a reason, suppressions and settings naming unknown checks.
    static func settingsProblems(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let ids = CheckCatalog.ids
        func unknown(_ id: String, _ mark: SourceMark, subject: String?) {
            let hint = Suggest.closest(to: id, in: ids)
            out.append(
                Finding(
                    check: "check-settings", severity: .error,
                    message: Message(
                        en: "unknown check `\(id)`" + (hint.map { "; did you mean `\($0)`?" } ?? ""),
                        zh: "未知的检查项 `\(id)`" + (hint.map { ";是否想写 `\($0)`?" } ?? "")),
                    subject: subject, file: ctx.model.file, mark: mark))
        }
        for (id, setting) in ctx.model.checkSettings.sorted(by: { $0.key < $1.key }) where !ids.contains(id) {
            unknown(id, setting.mark, subject: nil)
        }
        func suppressions(_ list: [Suppression], _ subject: String) {
            for s in list {
                if !ids.contains(s.check) {
                    unknown(s.check, s.mark, subject: subject)
                } else if (s.reason ?? "").trimmingSpaces.isEmpty {
                    out.append(
                        Finding(
                            check: "check-settings", severity: .error,
                            message: Message(
                                en: "suppression of `\(s.check)` without a reason; say why with `reason:`",
                                zh: "忽略 `\(s.check)` 时没有说明理由;请用 `reason:` 写明原因"),
                            subject: subject, file: ctx.model.file, mark: s.mark))
                }
            }
        }
        let m = ctx.model
        for i in m.people.indices where !m.people[i].ignore.isEmpty { suppressions(m.people[i].ignore, m.people[i].id) }
        for i in m.units.indices where !m.units[i].ignore.isEmpty { suppressions(m.units[i].ignore, m.units[i].id) }
        for i in m.duties.indices where !m.duties[i].ignore.isEmpty { suppressions(m.duties[i].ignore, m.duties[i].id) }
        for i in m.posts.indices where !m.posts[i].ignore.isEmpty { suppressions(m.posts[i].ignore, m.posts[i].id) }
        return out
    }
}

extension String {
    /// The string without leading and trailing whitespace (the ideographic space too).
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
