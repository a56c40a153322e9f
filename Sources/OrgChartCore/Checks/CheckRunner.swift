/// Runs the catalog on a model.
public enum CheckRunner {
    /// Every finding of every check, with the model's severities applied, suppressed findings removed and the
    /// findings of one cause made one, most important first (`Finding.byImportance`). Problems with the model's
    /// own check settings are findings too (`check-settings`). With `grouping` false every subject keeps its own
    /// finding (an extraction's findings, one per task of the minutes).
    public static func run(
        _ model: Model, index: ModelIndex? = nil, options: CheckOptions = CheckOptions(), only: Set<String>? = nil,
        grouping: Bool = true
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
            found = applySuppressions(found.filter { $0.severity != .off }, context)
            findings.append(contentsOf: grouping ? grouped(found, rule, context) : found)
        }
        findings.append(contentsOf: settingsProblems(context))
        return findings.sorted(by: Finding.byImportance)
    }

    /// The findings of one check with the same cause and severity as one finding that lists them as its subjects
    /// (`Finding.related`), its message written by the check; a cause with one finding keeps that finding.
    static func grouped(_ found: [Finding], _ rule: any CheckRule.Type, _ ctx: CheckContext) -> [Finding] {
        guard found.contains(where: { $0.cause != nil }) else { return found }
        var out: [Finding] = []
        var order: [String] = []
        var members: [String: [Finding]] = [:]
        for f in found {
            guard let cause = f.cause else {
                out.append(f)
                continue
            }
            let key = f.severity.rawValue + "\u{1}" + cause
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(f)
        }
        for key in order {
            let list = members[key]!.sorted(by: Finding.byPosition)
            guard list.count > 1 else {
                out.append(list[0])
                continue
            }
            var one = list[0]
            one.message = rule.group(list, ctx)
            one.subject = nil
            one.related = list.map {
                RelatedSubject(id: $0.subject ?? "", file: $0.file, mark: $0.mark, message: $0.message)
            }
            out.append(one)
        }
        return out
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
            let hint = Suggest.hint(for: id, in: ids)
            out.append(
                Finding(
                    .checkSettings,
                    message: Message(
                        en: "unknown check `\(id)`" + hint.en,
                        zh: "未知的检查项 `\(id)`" + hint.zh),
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
                            .checkSettings,
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
