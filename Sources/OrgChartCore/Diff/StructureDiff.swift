/// The structural half of a diff: the changes to units, duties and people, the status of each unit for drawing, and
/// the duties that lose their lead. One pass over each list, with dictionary lookups only.
struct StructureDiff: Sendable {
    let m: DiffMatching
    var changes: [DiffChange] = []
    var unitStatus: [String: UnitChangeStatus] = [:]
    var removedUnits: [RemovedUnit] = []
    var leadLosses: [LeadLoss] = []
    /// BEFORE lead id → duties that lose their lead because of it.
    var lossesByLead: [String: [NamedRef]] = [:]
    /// BEFORE lead unit id → the BEFORE duties it leads (for the duties that move with a merger).
    var dutiesByBeforeLead: [String: [Int]] = [:]

    init(_ m: DiffMatching) {
        self.m = m
        for (i, d) in m.before.duties.enumerated() where m.beforeIndex.duty(d.id) == i {
            for r in d.lead where m.beforeIndex.unit(r.id) != nil { dutiesByBeforeLead[r.id, default: []].append(i) }
        }
        findLeadLosses()
        for (i, u) in m.after.units.enumerated() where m.afterIndex.unit(u.id) == i { compareUnit(u) }
        for (i, u) in m.before.units.enumerated() where m.beforeIndex.unit(u.id) == i && m.afterUnit(u.id) == nil {
            beforeOnlyUnit(u)
        }
        compareDuties()
        comparePeople()
        comparePosts()
    }

    // MARK: - Duties that lose their lead

    mutating func findLeadLosses() {
        for (i, d) in m.after.duties.enumerated() where m.afterIndex.duty(d.id) == i {
            guard let bi = m.beforeIndex.duty(d.id) else { continue }
            let former = m.before.duties[bi].lead.filter { m.beforeIndex.byID[$0.id] != nil }
            guard !former.isEmpty, !d.lead.contains(where: { m.afterIndex.byID[$0.id] != nil }) else { continue }
            var en: [String] = []
            var zh: [String] = []
            var successors: [String] = []
            for l in former {
                let isUnit = m.beforeIndex.unit(l.id) != nil
                let name = m.beforeDisplay(l.id)
                let fate = m.fate(of: l.id)
                for s in fate.successors where !successors.contains(s) { successors.append(s) }
                if fate == .kept {
                    en.append("\(name) no longer leads it and nobody else does")
                    zh.append("“\(name)”不再牵头,也没有其他牵头方")
                } else if !isUnit {
                    en.append("its lead \(name) was removed")
                    zh.append("牵头人 \(name) 已不在模型中")
                } else {
                    let text = m.fateText(fate, update: "lead")
                    en.append("its lead unit \(name) " + text.en)
                    zh.append("牵头单位“\(name)”" + text.zh)
                }
            }
            let duty = NamedRef(id: d.id, name: d.name)
            let loss = LeadLoss(
                duty: duty, formerLeads: former.map { m.beforeRef($0.id) },
                successors: successors.map { m.afterRef($0) },
                message: Message(
                    en: "duty “\(d.name)” loses its lead: " + en.joined(separator: "; "),
                    zh: "职责“\(d.name)”失去牵头方:" + zh.joined(separator: ";")))
            leadLosses.append(loss)
            for l in former { lossesByLead[l.id, default: []].append(duty) }
        }
    }

    // MARK: - Units

    mutating func add(_ change: DiffChange) { changes.append(change) }

    /// A unit of AFTER against what it continues in BEFORE.
    mutating func compareUnit(_ u: Unit) {
        let preds = m.predecessors[u.id] ?? []
        if preds.isEmpty {
            unitAdded(u)
            return
        }
        let start = changes.count
        var status = UnitChangeStatus(state: .changed)
        let sameID = preds[0] == u.id
        let continuation = preds.count == 1 && (m.successors[preds[0]]?.count ?? 0) == 1
        let primary: Unit? = sameID || preds.count == 1 ? m.beforeUnit(preds[0]) : nil
        let bases = preds.compactMap { m.beforeUnit($0) }

        if sameID, let succ = m.successors[u.id], succ.count > 1, let bu = primary { unitSplit(bu, succ) }
        if preds.count > 1 {
            let others = preds.filter { $0 != u.id }.map { m.beforeRef($0) }
            status.mergedFrom = others
            let names = others.map(\.name)
            let moved = dutiesMoving(into: u, from: others.map(\.id))
            let en = "\(Phrase.en(names)) \(names.count == 1 ? "is" : "are") merged into \(u.name)"
            let zh = "\(Phrase.zh(names))并入“\(u.name)”"
            add(
                DiffChange(
                    change: .unitMerged, subject: u.id, before: Phrase.value(preds.map { m.beforeDisplay($0) }),
                    after: u.name, beforeIDs: preds, afterIDs: [u.id], predecessors: preds.map { m.beforeRef($0) },
                    moved: moved, unit: u.id, message: Message(en: en, zh: zh)))
        } else if !continuation {
            status.splitFrom = m.beforeRef(preds[0])
        }
        if continuation && !sameID { status.previousID = preds[0] }

        if let bu = primary, sameID || continuation, bu.name != u.name || bu.id != u.id {
            let idNote = bu.id != u.id ? " (id `\(bu.id)` → `\(u.id)`)" : ""
            let msg =
                bu.name != u.name
                ? Message(en: "renamed: \(bu.name) → \(u.name)\(idNote)", zh: "更名:“\(bu.name)”→“\(u.name)”\(idNote)")
                : Message(en: "\(u.name): id `\(bu.id)` → `\(u.id)`", zh: "“\(u.name)”的 id:`\(bu.id)` → `\(u.id)`")
            add(
                DiffChange(
                    change: .unitRenamed, subject: u.id, before: bu.name, after: u.name, beforeIDs: [bu.id],
                    afterIDs: [u.id], unit: u.id, message: msg))
        }

        // Single-valued fields: against the primary predecessor, or every distinct value of a merge's predecessors.
        let baseList = primary.map { [$0] } ?? bases
        let kinds = distinct(baseList.map { Optional($0.kind) })
        if kinds != [u.kind] {
            let b = kinds.compactMap { $0 }
            add(
                DiffChange(
                    change: .kindChanged, subject: u.id, before: Phrase.value(b), after: u.kind, unit: u.id,
                    message: Message(
                        en: "\(u.name): kind \(b.map { m.before.kindLabel($0, lang: .en) }.joined(separator: ", "))"
                            + " → \(m.after.kindLabel(u.kind, lang: .en))",
                        zh: "“\(u.name)”类别:\(b.map { m.before.kindLabel($0, lang: .zh) }.joined(separator: "、"))"
                            + " → \(m.after.kindLabel(u.kind, lang: .zh))")))
        }
        compareWord(
            u, baseList, .unitStatusChanged, \.status.rawValue,
            u.status == .active
                ? Message(en: "\(u.name) is no longer a placeholder", zh: "“\(u.name)”已明确,不再是占位")
                : Message(en: "\(u.name) becomes a placeholder", zh: "“\(u.name)”改为占位"))
        // A unit becomes the decision's own (the proposal sets it up) or only context it refers to: what the checks
        // hold it to changes with it.
        compareWord(
            u, baseList, .unitScopeChanged, \.scope.rawValue,
            u.isContext
                ? Message(
                    en: "\(u.name) becomes context (`scope: context`): referred to, not set up by this decision",
                    zh: "“\(u.name)”改为背景单位(`scope: context`):本决定只提及,不再设立")
                : Message(
                    en: "\(u.name) becomes the decision's own (`scope: own`): the checks now hold it to a chief, an "
                        + "office and its liaisons",
                    zh: "“\(u.name)”改为本决定设立的单位(`scope: own`):检查将要求其明确负责人、办公室和对接关系"))
        compareParent(u, baseList, &status)
        compareChief(u, baseList)
        compareDeputies(u, bases)
        compareOffice(u, baseList)
        compareSet(u, bases, \.liaises, .liaisonAdded, .liaisonRemoved)
        compareSet(u, bases, \.members, .memberAdded, .memberRemoved)

        status.changes = changes[start...].map(\.change)
        if status.changes.isEmpty && status.mergedFrom.isEmpty && status.splitFrom == nil
            && status.previousID == nil
        {
            return
        }
        unitStatus[u.id] = status
    }

    /// The duties of both models that one of `merged` (BEFORE units merged into `u`) led and that `u` leads now.
    func dutiesMoving(into u: Unit, from merged: [String]) -> [NamedRef] {
        var indices: [Int] = []
        for id in merged { indices += dutiesByBeforeLead[id] ?? [] }
        var seen = Set<Int>()
        var out: [NamedRef] = []
        for i in indices.sorted() where seen.insert(i).inserted {
            guard let ai = m.afterIndex.duty(m.before.duties[i].id),
                m.after.duties[ai].lead.contains(where: { $0.id == u.id })
            else { continue }
            out.append(NamedRef(id: m.before.duties[i].id, name: m.after.duties[ai].name))
        }
        return out
    }

    /// Distinct values in first-seen order.
    func distinct(_ values: [String?]) -> [String?] {
        var out: [String?] = []
        for v in values where !out.contains(v) { out.append(v) }
        return out
    }

    mutating func unitAdded(_ u: Unit) {
        let kind = Message(en: m.after.kindLabel(u.kind, lang: .en), zh: m.after.kindLabel(u.kind, lang: .zh))
        var en = "new \(kind.en) \(u.name)"
        var zh = "新设\(kind.zh)“\(u.name)”"
        if let p = u.parent {
            en += " under \(m.afterDisplay(p.id))"
            zh += ",隶属“\(m.afterDisplay(p.id))”"
        }
        if let c = u.chief {
            en += ", chief \(m.afterDisplay(c.id))"
            zh += ",\(UnitWithoutChief.headWord(u.kind, in: m.after)) \(m.afterDisplay(c.id))"
        }
        add(
            DiffChange(
                change: .unitAdded, subject: u.id, after: u.name, afterIDs: [u.id],
                newParent: u.parent.map { m.afterRef($0.id) }, unit: u.id, message: Message(en: en, zh: zh)))
        unitStatus[u.id] = UnitChangeStatus(state: .added, changes: [.unitAdded])
    }

    mutating func unitSplit(_ bu: Unit, _ succ: [String]) {
        let names = succ.map { m.afterDisplay($0) }
        add(
            DiffChange(
                change: .unitSplit, subject: bu.id, before: bu.name, after: Phrase.value(names), beforeIDs: [bu.id],
                afterIDs: succ, successors: succ.map { m.afterRef($0) }, unit: bu.id,
                message: Message(
                    en: "\(bu.name) is split into \(Phrase.en(names))", zh: "“\(bu.name)”拆分为\(Phrase.zh(names))")))
    }

    /// A BEFORE unit that AFTER no longer has under its id: removed, split, or merged/replaced (reported with its
    /// successor).
    mutating func beforeOnlyUnit(_ bu: Unit) {
        let succ = m.successors[bu.id] ?? []
        if succ.count > 1 {
            unitSplit(bu, succ)
            return
        }
        guard succ.isEmpty else { return }
        let parent = bu.parent.map { m.beforeRef($0.id) }
        let lost = lossesByLead[bu.id] ?? []
        let (en, zh) = Self.withLostDuties(
            "\(bu.name) is removed and nothing replaces it", "撤销“\(bu.name)”,没有承接单位", lost)
        add(
            DiffChange(
                change: .unitRemoved, subject: bu.id, before: bu.name, beforeIDs: [bu.id],
                oldParents: parent.map { [$0] } ?? [], lost: lost, unit: bu.id, message: Message(en: en, zh: zh)))
        let anchor = bu.parent.map { m.mapBefore($0.id) }.flatMap { m.afterUnit($0)?.id }
        removedUnits.append(RemovedUnit(unit: bu, oldParent: parent, anchor: anchor))
        unitStatus[bu.id] = UnitChangeStatus(
            state: .removed, changes: [.unitRemoved], oldParents: parent.map { [$0] } ?? [])
    }

    /// A one-word field of a unit (`status`, `scope`) whose value differs from its predecessors': one change, its
    /// message (written only then) saying what the unit becomes.
    mutating func compareWord(
        _ u: Unit, _ bases: [Unit], _ change: ChangeKind, _ word: (Unit) -> String,
        _ message: @autoclosure () -> Message
    ) {
        let before = distinct(bases.map { Optional(word($0)) }).compactMap { $0 }
        guard !before.isEmpty, before != [word(u)] else { return }
        add(
            DiffChange(
                change: change, subject: u.id, before: Phrase.value(before), after: word(u), unit: u.id,
                message: message()))
    }

    mutating func compareParent(_ u: Unit, _ bases: [Unit], _ status: inout UnitChangeStatus) {
        // Compare where the parents went (a parent merged into Q still counts as Q), show the BEFORE parents.
        var mapped: [String?] = []
        var shown: [String] = []
        for b in bases {
            let p = b.parent.map { m.mapBefore($0.id) }
            if !mapped.contains(p) {
                mapped.append(p)
                if let id = b.parent?.id { shown.append(id) }
            }
        }
        let now = u.parent.map { m.mapAfter($0.id) }
        guard mapped != [now] else { return }
        let old = shown.map { m.beforeRef($0) }
        let new = u.parent.map { m.afterRef($0.id) }
        let oldEn = old.isEmpty ? "the top level" : "under " + Phrase.en(old.map(\.name))
        let newEn = new.map { "under \($0.name)" } ?? "the top level"
        let oldZh = old.isEmpty ? "无(顶层)" : Phrase.zh(old.map(\.name))
        let newZh = new.map { "“\($0.name)”" } ?? "无(顶层)"
        status.moved = true
        status.oldParents = old
        add(
            DiffChange(
                change: .unitMoved, subject: u.id, before: Phrase.value(old.map(\.name)), after: new?.name,
                beforeIDs: shown, afterIDs: new.map { [$0.id] } ?? [], oldParents: old, newParent: new, unit: u.id,
                message: Message(
                    en: "\(u.name) moves from \(oldEn) to \(newEn)", zh: "“\(u.name)”上级由\(oldZh)调整为\(newZh)")))
    }

    /// Who fills a role of `u` (its heads, the unit hosting its office) before and after, when that changed:
    /// compared as sets through the matching (co-heads in another order are no change), a predecessor without one
    /// counting as none. Gives the BEFORE ids and the display names of both sides.
    func holderChange(_ u: Unit, _ bases: [Unit], _ holders: (Unit) -> [Ref])
        -> (beforeIDs: [String], before: [String], after: [String])?
    {
        var before: [String] = []
        var shown: [String] = []
        for b in bases {
            let refs = holders(b)
            if refs.isEmpty, !before.contains("") { before.append("") }
            for r in refs {
                let id = m.mapBefore(r.id)
                if !before.contains(id) { before.append(id) }
                if !shown.contains(r.id) { shown.append(r.id) }
            }
        }
        let now = holders(u).map { m.mapAfter($0.id) }
        guard Set(before) != Set(now.isEmpty ? [""] : now) else { return nil }
        return (shown, shown.map { m.beforeDisplay($0) }, holders(u).map { m.afterDisplay($0.id) })
    }

    mutating func compareChief(_ u: Unit, _ bases: [Unit]) {
        // A single head on each side is the common case and keeps its message.
        guard let (shown, bNames, aNames) = holderChange(u, bases, \.chiefs) else { return }
        let aName = Phrase.value(aNames)
        let head = UnitWithoutChief.headWord(u.kind, in: m.after)
        // The head of an office (办公室主任) is its own change: it is who runs the daily work.
        let office = m.after.kind(u.kind)?.isOffice == true
        add(
            DiffChange(
                change: office ? .officeHeadChanged : .chiefChanged, subject: u.id, before: Phrase.value(bNames),
                after: aName, beforeIDs: shown, afterIDs: u.chiefs.map(\.id), unit: u.id,
                message: Message(
                    en:
                        "\(u.name): \(office ? "head" : "chief") \(Phrase.value(bNames) ?? "none") → \(aName ?? "none")",
                    zh: "“\(u.name)”\(head):\(Phrase.zh(bNames, quote: false)) → \(Phrase.zh(aNames, quote: false))")))
    }

    mutating func compareOffice(_ u: Unit, _ bases: [Unit]) {
        guard let (shown, bNames, aNames) = holderChange(u, bases, { $0.office.map { [$0] } ?? [] }) else { return }
        let aName = Phrase.value(aNames)
        add(
            DiffChange(
                change: .officeChanged, subject: u.id, before: Phrase.value(bNames), after: aName, beforeIDs: shown,
                afterIDs: u.office.map { [$0.id] } ?? [], unit: u.id,
                message: Message(
                    en: "\(u.name): office hosted by \(Phrase.value(bNames) ?? "nobody") → \(aName ?? "nobody")",
                    zh: "“\(u.name)”办公室设在:\(Phrase.zh(bNames, quote: false)) → \(Phrase.zh(aNames, quote: false))")))
    }

    /// The union of a list field over the predecessors, as (mapped id, BEFORE id), without the unit itself.
    func union(_ u: Unit, _ bases: [Unit], _ field: KeyPath<Unit, [Ref]>) -> [(String, String)] {
        var seen = Set<String>()
        var out: [(String, String)] = []
        for b in bases {
            for r in b[keyPath: field] {
                let id = m.mapBefore(r.id)
                if id != u.id, seen.insert(id).inserted { out.append((id, r.id)) }
            }
        }
        return out
    }

    mutating func compareDeputies(_ u: Unit, _ bases: [Unit]) {
        let before = union(u, bases, \.deputies)
        let now = u.deputies.map { m.mapAfter($0.id) }
        guard Set(before.map(\.0)) != Set(now) else { return }
        let bNames = before.map { m.beforeDisplay($0.1) }
        let aNames = u.deputies.map { m.afterDisplay($0.id) }
        add(
            DiffChange(
                change: .deputiesChanged, subject: u.id, before: Phrase.value(bNames), after: Phrase.value(aNames),
                beforeIDs: before.map(\.1), afterIDs: u.deputies.map(\.id), unit: u.id,
                message: Message(
                    en: "\(u.name): deputies \(Phrase.value(bNames) ?? "none") → \(Phrase.value(aNames) ?? "none")",
                    zh: "“\(u.name)”副职:\(Phrase.zh(bNames, quote: false)) → \(Phrase.zh(aNames, quote: false))")))
    }

    mutating func compareSet(
        _ u: Unit, _ bases: [Unit], _ field: KeyPath<Unit, [Ref]>, _ addedKind: ChangeKind, _ removedKind: ChangeKind
    ) {
        let before = union(u, bases, field)
        let beforeSet = Set(before.map(\.0))
        var nowSet = Set<String>()
        let liaison = addedKind == .liaisonAdded
        for r in u[keyPath: field] {
            let id = m.mapAfter(r.id)
            guard nowSet.insert(id).inserted, !beforeSet.contains(id) else { continue }
            let name = m.afterDisplay(r.id)
            add(
                DiffChange(
                    change: addedKind, subject: u.id, after: name, afterIDs: [r.id], unit: u.id,
                    message: liaison
                        ? Message(en: "\(u.name) now liaises with \(name)", zh: "“\(u.name)”新增对接“\(name)”")
                        : Message(en: "\(u.name): new member \(name)", zh: "“\(u.name)”新增成员“\(name)”")))
        }
        for (id, original) in before where !nowSet.contains(id) {
            let name = m.beforeDisplay(original)
            add(
                DiffChange(
                    change: removedKind, subject: u.id, before: name, beforeIDs: [original], unit: u.id,
                    message: liaison
                        ? Message(en: "\(u.name) no longer liaises with \(name)", zh: "“\(u.name)”不再对接“\(name)”")
                        : Message(en: "\(u.name): \(name) is no longer a member", zh: "“\(u.name)”成员“\(name)”移出")))
        }
    }

    // MARK: - Duties

    /// The unit a duty's changes are listed under: its first lead that is a unit, in AFTER if possible.
    func groupUnit(after: [Ref], before: [Ref]) -> String? {
        for r in after where m.afterIndex.unit(r.id) != nil { return r.id }
        for r in after + before {
            let id = m.mapBefore(r.id)
            if m.afterIndex.unit(id) != nil { return id }
            if m.beforeIndex.unit(r.id) != nil { return r.id }
        }
        return nil
    }

    mutating func compareDuties() {
        for (i, d) in m.after.duties.enumerated() where m.afterIndex.duty(d.id) == i {
            guard let bi = m.beforeIndex.duty(d.id) else {
                let leads = d.lead.map { m.afterDisplay($0.id) }
                add(
                    DiffChange(
                        change: .dutyAdded, subject: d.id, after: d.name, afterIDs: d.lead.map(\.id),
                        unit: groupUnit(after: d.lead, before: []),
                        message: leads.isEmpty
                            ? Message(en: "new duty “\(d.name)”, with no lead", zh: "新增职责“\(d.name)”,没有牵头方")
                            : Message(
                                en: "new duty “\(d.name)”, led by \(Phrase.en(leads))",
                                zh: "新增职责“\(d.name)”,由\(Phrase.zh(leads, quote: false))牵头")))
                continue
            }
            let bd = m.before.duties[bi]
            let unit = groupUnit(after: d.lead, before: bd.lead)
            if bd.name != d.name {
                add(
                    DiffChange(
                        change: .dutyRenamed, subject: d.id, before: bd.name, after: d.name, unit: unit,
                        message: Message(
                            en: "duty renamed: “\(bd.name)” → “\(d.name)”", zh: "职责更名:“\(bd.name)”→“\(d.name)”")))
            }
            compareRefs(d, unit, bd.leader, d.leader, .dutyLeaderChanged, en: "leader (责任领导)", zh: "责任领导")
            compareRefs(d, unit, bd.lead, d.lead, .dutyLeadChanged, en: "lead", zh: "牵头方")
            compareRefs(d, unit, bd.assist, d.assist, .dutyAssistChanged, en: "assisting", zh: "配合方")
            compareValue(.dutyDueChanged, d, unit, bd.due?.description, d.due?.description, en: "due", zh: "完成时限")
            compareDutyDetails(bd, d, unit)
        }
        for (i, d) in m.before.duties.enumerated() where m.beforeIndex.duty(d.id) == i {
            guard m.afterIndex.duty(d.id) == nil else { continue }
            add(
                DiffChange(
                    change: .dutyRemoved, subject: d.id, before: d.name, beforeIDs: d.lead.map(\.id),
                    unit: groupUnit(after: [], before: d.lead),
                    message: Message(en: "duty “\(d.name)” is removed", zh: "删除职责“\(d.name)”")))
        }
    }

    /// A single value of a duty (its deadline, its cadence) that differs between the models, as text; `zhValues`
    /// are the values as the Chinese message writes them, when they differ.
    mutating func compareValue(
        _ kind: ChangeKind, _ d: Duty, _ unit: String?, _ b: String?, _ a: String?, en: String, zh: String,
        zhValues: (String?, String?)? = nil
    ) {
        guard b != a else { return }
        let (bz, az) = zhValues ?? (b, a)
        add(
            DiffChange(
                change: kind, subject: d.id, before: b, after: a, unit: unit,
                message: Message(
                    en: "“\(d.name)”: \(en) \(b ?? "none") → \(a ?? "none")",
                    zh: "职责“\(d.name)”\(zh):\(bz ?? "无") → \(az ?? "无")")))
    }

    /// Cadence, `report_to` and `done` of a duty kept in both models.
    mutating func compareDutyDetails(_ bd: Duty, _ d: Duty, _ unit: String?) {
        compareValue(
            .dutyCadenceChanged, d, unit, bd.cadence?.rawValue, d.cadence?.rawValue, en: "cadence", zh: "频次",
            zhValues: (bd.cadence?.zh, d.cadence?.zh))
        // `report_to` compares through the matching like leads, so a renamed or merged unit is the same target.
        compareRefs(
            d, unit, bd.reportTo.map { [$0] } ?? [], d.reportTo.map { [$0] } ?? [], .dutyReportToChanged,
            en: "reports to", zh: "报送对象")
        if bd.done != d.done {
            add(
                DiffChange(
                    change: .dutyDoneChanged, subject: d.id, before: String(bd.done), after: String(d.done), unit: unit,
                    message: d.done
                        ? Message(en: "“\(d.name)” is marked done", zh: "职责“\(d.name)”标记为已完成")
                        : Message(en: "“\(d.name)” is no longer marked done", zh: "职责“\(d.name)”取消已完成标记")))
        }
    }

    /// A removal message followed by the duties that lose their lead with it, if any.
    static func withLostDuties(_ en: String, _ zh: String, _ lost: [NamedRef]) -> (String, String) {
        guard !lost.isEmpty else { return (en, zh) }
        return (
            en + "; duties that lose their lead: " + lost.map { "“\($0.name)”" }.joined(separator: ", "),
            zh + ";失去牵头方的职责:" + Phrase.zh(lost.map(\.name))
        )
    }

    mutating func compareRefs(
        _ d: Duty, _ unit: String?, _ before: [Ref], _ after: [Ref], _ kind: ChangeKind, en: String, zh: String
    ) {
        // The same ids on both sides is no change (and the common case: skip building sets).
        if before.count == after.count && zip(before, after).allSatisfy({ $0.id == $1.id }) { return }
        guard Set(before.map { m.mapBefore($0.id) }) != Set(after.map { m.mapAfter($0.id) }) else { return }
        let b = before.map { m.beforeDisplay($0.id) }
        let a = after.map { m.afterDisplay($0.id) }
        add(
            DiffChange(
                change: kind, subject: d.id, before: Phrase.value(b), after: Phrase.value(a),
                beforeIDs: before.map(\.id), afterIDs: after.map(\.id), unit: unit,
                message: Message(
                    en: "“\(d.name)”: \(en) \(Phrase.value(b) ?? "none") → \(Phrase.value(a) ?? "none")",
                    zh: "职责“\(d.name)”\(zh):\(Phrase.zh(b, quote: false)) → \(Phrase.zh(a, quote: false))")))
    }

    // MARK: - Posts

    /// The unit a post's change is listed under: its unit, in AFTER if possible; nil puts it with the people.
    func postUnit(_ p: Post) -> String? {
        guard let u = p.unit else { return nil }
        let id = m.mapBefore(u.id)
        if m.afterIndex.unit(id) != nil { return id }
        return m.beforeIndex.unit(u.id) != nil ? u.id : nil
    }

    /// Posts added and removed, and the holders of posts both models have.
    mutating func comparePosts() {
        for (i, p) in m.after.posts.enumerated() where m.afterIndex.post(p.id) == i {
            let label = m.afterDisplay(p.id)
            guard let bi = m.beforeIndex.post(p.id) else {
                add(
                    DiffChange(
                        change: .postAdded, subject: p.id, after: label, afterIDs: p.holder.map { [$0.id] } ?? [],
                        unit: postUnit(p), message: Message(en: "new post \(label)", zh: "新增职务:\(label)")))
                continue
            }
            let bp = m.before.posts[bi]
            guard bp.holder?.id != p.holder?.id else { continue }
            let b = bp.holder.map { m.beforeDisplay($0.id) }
            let a = p.holder.map { m.afterDisplay($0.id) }
            let post = m.after.postLabel(i, index: m.afterIndex)
            add(
                DiffChange(
                    change: .postHolderChanged, subject: p.id, before: b, after: a,
                    beforeIDs: bp.holder.map { [$0.id] } ?? [], afterIDs: p.holder.map { [$0.id] } ?? [],
                    unit: postUnit(p),
                    message: Message(
                        en: "\(post): held by \(b ?? "nobody named") → \(a ?? "nobody named")",
                        zh: "\(post)任职人:\(b ?? "未写明") → \(a ?? "未写明")")))
        }
        for (i, p) in m.before.posts.enumerated() where m.beforeIndex.post(p.id) == i {
            guard m.afterIndex.post(p.id) == nil else { continue }
            let label = m.beforeDisplay(p.id)
            add(
                DiffChange(
                    change: .postRemoved, subject: p.id, before: label, beforeIDs: p.holder.map { [$0.id] } ?? [],
                    unit: postUnit(p), message: Message(en: "post \(label) is removed", zh: "撤销职务:\(label)")))
        }
    }

    // MARK: - People

    mutating func comparePeople() {
        for (i, p) in m.after.people.enumerated() where m.afterIndex.person(p.id) == i {
            guard let bi = m.beforeIndex.person(p.id) else {
                add(
                    DiffChange(
                        change: .personAdded, subject: p.id, after: p.displayName,
                        message: Message(en: "new person \(p.displayName)", zh: "新增人员 \(p.displayName)")))
                continue
            }
            let bp = m.before.people[bi]
            if bp.name != p.name {
                add(
                    DiffChange(
                        change: .personRenamed, subject: p.id, before: bp.name, after: p.name,
                        message: Message(en: "renamed: \(bp.name) → \(p.name)", zh: "人员更名:\(bp.name) → \(p.name)")))
            }
            if bp.status != p.status {
                add(
                    DiffChange(
                        change: .personStatusChanged, subject: p.id, before: bp.status.rawValue,
                        after: p.status.rawValue,
                        message: p.status == .active
                            ? Message(
                                en: "\(p.displayName) is no longer a placeholder", zh: "\(p.displayName) 已明确,不再是占位")
                            : Message(en: "\(p.displayName) becomes a placeholder", zh: "\(p.displayName) 改为占位")))
            }
            if (bp.title ?? "") != (p.title ?? "") {
                add(
                    DiffChange(
                        change: .personTitleChanged, subject: p.id, before: bp.title, after: p.title,
                        message: Message(
                            en: "\(p.name): title \(bp.title ?? "none") → \(p.title ?? "none")",
                            zh: "\(p.name) 职务:\(bp.title ?? "无") → \(p.title ?? "无")")))
            }
        }
        for (i, p) in m.before.people.enumerated() where m.beforeIndex.person(p.id) == i {
            guard m.afterIndex.person(p.id) == nil else { continue }
            let lost = lossesByLead[p.id] ?? []
            let (en, zh) = Self.withLostDuties("\(p.displayName) is removed", "人员 \(p.displayName) 移除", lost)
            add(
                DiffChange(
                    change: .personRemoved, subject: p.id, before: p.displayName, lost: lost,
                    message: Message(en: en, zh: zh)))
        }
    }
}
