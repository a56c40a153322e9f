/// The impact half of a diff: which findings AFTER introduces and resolves, how each person's lead load moves, and
/// how the unit counts compare with what AFTER fixes.
enum ImpactAnalysis {
    /// The findings of AFTER that BEFORE does not have, those of BEFORE that AFTER no longer has, and those of one
    /// cause both have with other subjects. A finding of one cause (`Finding.cause`, e.g. the placeholder posts of
    /// a kind) matches the finding of the same check, severity and cause in the other model, whatever subjects
    /// either covers; other findings match by check, subject (BEFORE subjects mapped through `replaces`) and
    /// English message, never by line, as many times as they occur. Introduced findings about references that
    /// still name a removed or replaced entity say what became of it and what to write instead; a duty that loses
    /// its lead is an error.
    static func findings(
        _ m: DiffMatching, before beforeFindings: [Finding], after afterFindings: [Finding], leadLosses: [LeadLoss]
    ) -> (introduced: [Finding], resolved: [Finding], changed: [ChangedFinding]) {
        func key(_ f: Finding, _ subject: String?) -> String {
            f.check + "\u{1}" + (subject ?? "") + "\u{1}" + withoutLineNumbers(f.message.en)
        }
        func causeKey(_ f: Finding) -> String? {
            f.cause.map { f.check + "\u{1}" + f.severity.rawValue + "\u{1}" + $0 }
        }
        var beforeKeys: [String: Int] = [:]
        var beforeCauses: [String: Finding] = [:]
        for f in beforeFindings {
            if let c = causeKey(f) {
                if beforeCauses[c] == nil { beforeCauses[c] = f }
            } else {
                beforeKeys[key(f, f.subject.map(m.mapBefore)), default: 0] += 1
            }
        }
        var afterKeys: [String: Int] = [:]
        var afterCauses = Set<String>()
        for f in afterFindings {
            if let c = causeKey(f) {
                afterCauses.insert(c)
            } else {
                afterKeys[key(f, f.subject.map(m.mapAfter)), default: 0] += 1
            }
        }
        var changed: [ChangedFinding] = []
        var matchedCauses = Set<String>()
        var introduced = afterFindings.filter { f in
            if let c = causeKey(f) {
                guard let b = beforeCauses[c], !matchedCauses.contains(c) else { return true }
                matchedCauses.insert(c)
                let beforeIDs = Set(b.subjects.map(m.mapBefore))
                let afterIDs = Set(f.subjects.map(m.mapAfter))
                if beforeIDs != afterIDs {
                    changed.append(
                        ChangedFinding(
                            before: b, after: f,
                            added: f.subjectList.filter { !beforeIDs.contains(m.mapAfter($0.id)) },
                            removed: b.subjectList.filter { !afterIDs.contains(m.mapBefore($0.id)) }))
                }
                return false
            }
            let k = key(f, f.subject.map(m.mapAfter))
            guard let n = beforeKeys[k], n > 0 else { return true }
            beforeKeys[k] = n - 1
            return false
        }
        let resolved = beforeFindings.filter { f in
            if let c = causeKey(f) { return !afterCauses.contains(c) }
            let k = key(f, f.subject.map(m.mapBefore))
            guard let n = afterKeys[k], n > 0 else { return true }
            afterKeys[k] = n - 1
            return false
        }
        explain(&introduced, m, leadLosses)
        return (introduced, resolved, changed)
    }

    /// A message with the number after " at line " blanked out: some messages point at another line of the same
    /// file (`duplicate-duty`), and lines differ between the two files.
    static func withoutLineNumbers(_ text: String) -> String {
        let pieces = text.split(separator: " at line ", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return text }
        return pieces.enumerated().map { i, p in
            i == 0 ? String(p) : String(p.drop(while: { $0.isASCII && $0.isNumber }))
        }.joined(separator: " at line #")
    }

    /// Rewrites the messages of `dangling-reference` findings about ids BEFORE defined, and of `duty-without-lead`
    /// findings about duties that lost their lead, to say what happened.
    static func explain(_ findings: inout [Finding], _ m: DiffMatching, _ leadLosses: [LeadLoss]) {
        guard !findings.isEmpty else { return }
        var lossByDuty: [String: Message] = [:]
        for l in leadLosses { lossByDuty[l.duty.id] = l.message }
        func site(_ owner: String, _ mark: SourceMark) -> String { "\(owner)\u{1}\(mark.line):\(mark.column)" }
        var wanted = Set<String>()
        for f in findings where f.check == DanglingReference.id {
            if let s = f.subject, let mk = f.mark { wanted.insert(site(s, mk)) }
        }
        var explanations: [String: Message] = [:]
        if !wanted.isEmpty {
            for r in m.after.references where m.afterIndex.byID[r.ref.id] == nil && m.beforeIndex.byID[r.ref.id] != nil
            {
                let k = site(r.owner, r.ref.mark)
                guard wanted.contains(k) else { continue }
                if r.fieldKind == .lead, let loss = lossByDuty[r.owner] {
                    explanations[k] = loss
                } else {
                    explanations[k] = stale(r, m)
                }
            }
        }
        for i in findings.indices {
            let f = findings[i]
            guard let s = f.subject else { continue }
            if f.check == DanglingReference.id, let mk = f.mark, let e = explanations[site(s, mk)] {
                findings[i].message = e
            } else if f.check == DutyWithoutLead.id, let e = lossByDuty[s] {
                // Work the decision had given an owner now has none: the change breaks it.
                findings[i].message = e
                findings[i].severity = .error
            }
        }
    }

    /// "`liaises` of A still names B (`b`), which was merged into C; update it to `c`".
    static func stale(_ r: ReferenceSite, _ m: DiffMatching) -> Message {
        let owner = m.afterDisplay(r.owner)
        let name = m.beforeDisplay(r.ref.id)
        let fate = m.fate(of: r.ref.id)
        let text = m.fateText(fate, update: "`\(r.field)`")
        let isUnit = m.beforeIndex.unit(r.ref.id) != nil
        let fateEn = isUnit || fate != .removed ? text.en : "was removed"
        let fateZh = isUnit || fate != .removed ? text.zh : "已不在模型中"
        switch r.field {
        case "parent":
            return Message(
                en: "\(owner) loses its parent: \(name) (`\(r.ref.id)`) \(fateEn)",
                zh: "“\(owner)”失去上级:“\(name)”(`\(r.ref.id)`)\(fateZh)")
        case "chief":
            return Message(
                en: "\(owner) loses its chief: \(name) (`\(r.ref.id)`) \(fateEn)",
                zh: "“\(owner)”失去负责人:\(name)(`\(r.ref.id)`)\(fateZh)")
        case "office":
            return Message(
                en: "\(owner) loses its office host: \(name) (`\(r.ref.id)`) \(fateEn)",
                zh: "“\(owner)”失去办公室承担单位:“\(name)”(`\(r.ref.id)`)\(fateZh)")
        default:
            return Message(
                en: "`\(r.field)` of \(owner) still names \(name) (`\(r.ref.id)`), which \(fateEn)",
                zh: "“\(owner)”的 `\(r.field)` 仍引用“\(name)”(`\(r.ref.id)`),它\(fateZh)")
        }
    }

    /// One lead role: a unit chaired (by its AFTER id where it continues) or a duty led.
    struct Role {
        var key: String
        var ref: NamedRef
    }

    /// Lead roles by person id, in model order.
    static func roles(_ model: Model, _ index: ModelIndex, map: (String) -> String) -> [String: [Role]] {
        var out: [String: [Role]] = [:]
        for u in model.units {
            if let c = u.chief, index.person(c.id) != nil {
                out[c.id, default: []].append(Role(key: "u:" + map(u.id), ref: NamedRef(id: u.id, name: u.name)))
            }
        }
        for d in model.duties {
            for l in d.lead where index.person(l.id) != nil {
                out[l.id, default: []].append(Role(key: "d:" + d.id, ref: NamedRef(id: d.id, name: d.name)))
            }
        }
        return out
    }

    /// Every person whose lead roles differ between the models (AFTER people in order, then people AFTER drops).
    static func load(_ m: DiffMatching) -> [LeadLoad] {
        let before = roles(m.before, m.beforeIndex, map: m.mapBefore)
        let after = roles(m.after, m.afterIndex, map: { $0 })
        let limit = LeadOverload.limit(m.after)
        var out: [LeadLoad] = []
        func compare(_ id: String, _ name: String) {
            let b = before[id] ?? []
            let a = after[id] ?? []
            var remaining: [String: Int] = [:]
            for r in a { remaining[r.key, default: 0] += 1 }
            var lost: [NamedRef] = []
            for r in b {
                if let n = remaining[r.key], n > 0 { remaining[r.key] = n - 1 } else { lost.append(r.ref) }
            }
            var gained: [NamedRef] = []
            var held: [String: Int] = [:]
            for r in b { held[r.key, default: 0] += 1 }
            for r in a {
                if let n = held[r.key], n > 0 { held[r.key] = n - 1 } else { gained.append(r.ref) }
            }
            guard !lost.isEmpty || !gained.isEmpty else { return }
            out.append(
                LeadLoad(
                    person: NamedRef(id: id, name: name), before: b.count, after: a.count, gained: gained, lost: lost,
                    limit: limit))
        }
        for (i, p) in m.after.people.enumerated() where m.afterIndex.person(p.id) == i { compare(p.id, p.name) }
        for (i, p) in m.before.people.enumerated() where m.beforeIndex.person(p.id) == i {
            if m.afterIndex.person(p.id) == nil { compare(p.id, p.name) }
        }
        return out
    }

    /// Unit counts per kind where the count or the fixed count changes (kinds in AFTER's order, then BEFORE's).
    static func counts(_ m: DiffMatching) -> [KindCount] {
        var before: [String: Int] = [:]
        var after: [String: Int] = [:]
        for u in m.before.units { before[u.kind, default: 0] += 1 }
        for u in m.after.units { after[u.kind, default: 0] += 1 }
        var expectedBefore: [String: Int] = [:]
        var expectedAfter: [String: Int] = [:]
        for e in m.before.expect.count { expectedBefore[e.kind] = e.count }
        for e in m.after.expect.count { expectedAfter[e.kind] = e.count }
        var order: [String] = []
        var seen = Set<String>()
        let candidates =
            m.after.kinds.map(\.id) + m.before.kinds.map(\.id) + m.after.units.map(\.kind)
            + m.before.units.map(\.kind) + m.after.expect.count.map(\.kind) + m.before.expect.count.map(\.kind)
        for k in candidates where seen.insert(k).inserted { order.append(k) }
        return order.compactMap { k in
            let b = before[k] ?? 0
            let a = after[k] ?? 0
            guard b != a || expectedBefore[k] != expectedAfter[k] else { return nil }
            let model = m.after.kind(k) != nil ? m.after : m.before
            return KindCount(
                kind: k, label: Message(en: model.kindLabel(k, lang: .en), zh: model.kindLabel(k, lang: .zh)),
                before: b, after: a, expected: expectedAfter[k])
        }
    }
}
