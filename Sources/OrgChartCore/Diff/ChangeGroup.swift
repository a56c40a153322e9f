/// The changes that concern one unit (its own changes and those of the duties it leads), or the duties led by no
/// unit, or the people, as the text and Markdown reports list them.
public struct ChangeGroup: Sendable {
    /// What the group is about.
    public enum Subject: Sendable, Hashable {
        /// A unit, by its AFTER id (or BEFORE id when AFTER no longer has it).
        case unit(String)
        /// Duties whose leads are people or nobody.
        case duties
        /// People.
        case people
    }

    /// What the group is about.
    public var subject: Subject
    /// Its changes, in the order of `ModelDiff.changes`.
    public var changes: [DiffChange]

    /// The heading: `name (id)` for a unit, else "Duties led by no unit" / "People".
    public func heading(_ diff: ModelDiff, _ lang: Language) -> String {
        switch subject {
        case .unit(let id):
            let name = diff.matching.afterUnit(id)?.name ?? diff.matching.beforeUnit(id)?.name ?? id
            return lang == .zh ? "\(name)(\(id))" : "\(name) (\(id))"
        case .duties: return lang == .zh ? "不由单位牵头的职责" : "Duties led by no unit"
        case .people: return lang == .zh ? "人员" : "People"
        }
    }
}

extension ModelDiff {
    /// The changes grouped by unit: AFTER units in file order, then units AFTER drops, then duties led by no unit,
    /// then people.
    public var changeGroups: [ChangeGroup] {
        var byUnit: [String: [DiffChange]] = [:]
        var duties: [DiffChange] = []
        var people: [DiffChange] = []
        for c in changes {
            if let u = c.unit {
                byUnit[u, default: []].append(c)
            } else if c.change.rawValue.hasPrefix("person-") || c.change.rawValue.hasPrefix("post-") {
                people.append(c)
            } else {
                duties.append(c)
            }
        }
        var out: [ChangeGroup] = []
        func take(_ id: String) {
            if let list = byUnit.removeValue(forKey: id) { out.append(ChangeGroup(subject: .unit(id), changes: list)) }
        }
        for u in after.units { take(u.id) }
        for u in before.units { take(u.id) }
        for c in changes { if let u = c.unit { take(u) } }
        if !duties.isEmpty { out.append(ChangeGroup(subject: .duties, changes: duties)) }
        if !people.isEmpty { out.append(ChangeGroup(subject: .people, changes: people)) }
        return out
    }

    /// The one-line summary: how many changes, findings introduced, resolved and changed, duties that lose their
    /// lead.
    public func summary(_ lang: Language) -> String {
        let file = after.file
        let s = FindingSummary(introduced)
        switch lang {
        case .zh:
            return "小结:\(changes.count) 项变更;\(file) 新增 \(introduced.count) 个问题(\(s.line(.zh))),"
                + "解决 \(resolved.count) 个" + (changed.isEmpty ? "" : ",\(changed.count) 个涉及的对象有变")
                + ";\(leadLosses.count) 项职责失去牵头方。"
        case .en:
            func n(_ k: Int, _ one: String, _ many: String) -> String { "\(k) \(k == 1 ? one : many)" }
            return "Summary: \(n(changes.count, "change", "changes")); \(file) introduces "
                + "\(n(introduced.count, "finding", "findings")) (\(s.line(.en))) and resolves \(resolved.count)"
                + (changed.isEmpty ? "" : ", and changes the subjects of \(changed.count)") + "; "
                + "\(n(leadLosses.count, "duty loses its", "duties lose their")) lead."
        }
    }

    /// What changed in a finding whose subjects change, in one line (`ChangedFinding.text`).
    public func changeText(_ c: ChangedFinding, _ lang: Language) -> String {
        c.text(lang, beforeName: matching.beforeDisplay, afterName: matching.afterDisplay)
    }
}
