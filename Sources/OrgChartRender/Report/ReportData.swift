import OrgChartCore

/// What the page's script needs to fill the side panel and answer searches: every unit and person with their
/// relations, duties and findings, and the words of the panel. Names stay plain text here; the script puts them
/// into the page with `textContent` only.
struct ReportData {
    let page: ReportPage
    let leads: [String: [Int]]
    let assists: [String: [Int]]
    /// The duties each person or post answers for (责任领导).
    let leaderOf: [String: [Int]]
    let findings: [String: [Finding]]
    let liaisons: [String: [String]]
    let hosts: [String: [String]]
    let memberOf: [String: [String]]

    var model: Model { page.model }
    var index: ModelIndex { page.index }
    var lang: Language { page.lang }

    /// The relations of every unit and person of the page's model, computed once.
    init(page: ReportPage) {
        self.page = page
        let model = page.model
        var leads: [String: [Int]] = [:]
        var assists: [String: [Int]] = [:]
        var leaderOf: [String: [Int]] = [:]
        for (j, d) in model.duties.enumerated() {
            for r in d.leader where !(leaderOf[r.id]?.contains(j) ?? false) { leaderOf[r.id, default: []].append(j) }
            for r in d.lead where !(leads[r.id]?.contains(j) ?? false) { leads[r.id, default: []].append(j) }
            for r in d.assist where !(assists[r.id]?.contains(j) ?? false) { assists[r.id, default: []].append(j) }
        }
        var findings: [String: [Finding]] = [:]
        for f in page.findings {
            for s in f.subjects { findings[s, default: []].append(f) }
        }
        var liaisons: [String: [String]] = [:]
        var hosts: [String: [String]] = [:]
        var memberOf: [String: [String]] = [:]
        for u in model.units {
            for l in u.liaises where l.id != u.id {
                if !(liaisons[u.id]?.contains(l.id) ?? false) { liaisons[u.id, default: []].append(l.id) }
                if !(liaisons[l.id]?.contains(u.id) ?? false) { liaisons[l.id, default: []].append(u.id) }
            }
            if let o = u.office { hosts[o.id, default: []].append(u.id) }
            if let h = u.host, let p = u.parent { hosts[h.id, default: []].append(p.id) }
            for m in u.members where !(memberOf[m.id]?.contains(u.id) ?? false) {
                memberOf[m.id, default: []].append(u.id)
            }
        }
        self.leads = leads
        self.assists = assists
        self.leaderOf = leaderOf
        self.findings = findings
        self.liaisons = liaisons
        self.hosts = hosts
        self.memberOf = memberOf
    }

    /// The data block of a one-model page.
    var json: JSON { document(units: model.units.map { unit($0) }) }

    /// The data block with the given unit entries, the model's people and the panel's words.
    func document(units: [JSON]) -> JSON {
        .object([
            ("lang", .string(lang.rawValue)),
            ("words", .object(ReportWords.script.map { ($0.0, .string($0.1.text(lang))) })),
            ("units", .array(units)),
            ("people", .array(people)),
        ])
    }

    func duties(_ list: [Int]?) -> JSON { .array((list ?? []).map { duty(model.duties[$0]) }) }

    func found(_ id: String) -> JSON { .array((findings[id] ?? []).map(finding)) }

    /// One unit with its relations, duties and findings; `extra` fields (a diff's change) go last.
    func unit(_ u: Unit, extra: [(String, JSON)] = []) -> JSON {
        let kind = model.kind(u.kind)
        return .object(
            [
                ("id", .string(u.id)),
                ("name", .string(u.name)),
                ("kind", .string(model.kindLabel(u.kind, lang: lang))),
                ("placeholder", .bool(u.status == .placeholder)),
                ("svg", .optional(page.chartIDs[u.id])),
                ("aliases", .array(u.aliases.map(JSON.string))),
                ("chiefLabel", .string(model.headTitle(u.kind).text(lang))),
                ("deputyLabel", .string(model.deputyTitle(u.kind).text(lang))),
                ("needsChief", .bool(kind?.needsChief ?? false)),
                ("needsOffice", .bool(kind?.needsOffice ?? false)),
                ("parent", u.parent.map(ref) ?? .null),
                ("chief", u.chief.map(ref) ?? .null),
                ("chiefs", .array(u.chiefs.map(ref))),
                ("host", u.host.map(ref) ?? .null),
                ("membersOpen", .bool(u.membersOpen)),
                ("rules", .array(u.rules.map(JSON.string))),
                ("deputies", .array(u.deputies.map(ref))),
                ("office", u.office.map(ref) ?? .null),
                ("hosts", .array((hosts[u.id] ?? []).map { ref(Ref($0)) })),
                ("members", .array(u.members.map(ref))),
                ("memberOf", .array((memberOf[u.id] ?? []).map { ref(Ref($0)) })),
                ("children", .array((index.children[u.id] ?? []).map { ref(Ref(model.units[$0].id)) })),
                ("liaises", .array((liaisons[u.id] ?? []).map { ref(Ref($0)) })),
                ("leads", duties(leads[u.id])),
                ("assists", duties(assists[u.id])),
                ("findings", found(u.id)),
                ("note", .optional(u.note)),
                ("source", .optional(u.source)),
            ] + extra)
    }

    /// Every person with their roles (for the panel) and the units they hold a role in (for the search).
    var people: [JSON] {
        var roles: [String: [JSON]] = [:]
        var roleUnits: [String: [String]] = [:]
        for u in model.units {
            func add(_ person: String, _ role: Message) {
                roles[person, default: []].append(
                    .object([("role", .string(role.text(lang))), ("unit", ref(Ref(u.id)))]))
                if !(roleUnits[person]?.contains(u.id) ?? false) { roleUnits[person, default: []].append(u.id) }
            }
            for c in u.chiefs { add(c.id, model.headTitle(u.kind)) }
            for d in u.deputies { add(d.id, model.deputyTitle(u.kind)) }
            for m in u.members { add(m.id, ChartWords.member) }
        }
        // Roles, duties and units of the posts a person holds are theirs: each role says which post it comes with.
        var held: [String: [Int]] = [:]
        for (k, post) in model.posts.enumerated() {
            if let h = post.holder { held[h.id, default: []].append(k) }
        }
        func through(_ id: String, _ map: [String: [Int]]) -> [Int] {
            var out = map[id] ?? []
            for k in held[id] ?? [] { for j in map[model.posts[k].id] ?? [] where !out.contains(j) { out.append(j) } }
            return out
        }
        return model.people.map { p in
            var personRoles = roles[p.id] ?? []
            var units = roleUnits[p.id] ?? []
            for k in held[p.id] ?? [] {
                let label = model.postLabel(k, index: index)
                for case .object(let fields) in roles[model.posts[k].id] ?? [] {
                    personRoles.append(
                        .object(
                            fields.map { f in
                                guard f.0 == "role", case .string(let r) = f.1 else { return f }
                                return ("role", .string("\(r)(\(label))"))
                            }))
                }
                for u in roleUnits[model.posts[k].id] ?? [] where !units.contains(u) { units.append(u) }
            }
            return .object([
                ("id", .string(p.id)),
                ("name", .string(p.name)),
                ("title", .optional(p.title)),
                ("display", .string(p.displayName)),
                ("placeholder", .bool(p.status == .placeholder)),
                ("aliases", .array(p.aliases.map(JSON.string))),
                ("roles", .array(personRoles)),
                ("units", .array(units.map(JSON.string))),
                ("leaderOf", duties(through(p.id, leaderOf))),
                ("leads", duties(through(p.id, leads))),
                ("assists", duties(through(p.id, assists))),
                ("findings", found(p.id)),
                ("note", .optional(p.note)),
                ("source", .optional(p.source)),
            ])
        }
    }

    /// A reference as the panel shows it: what it names, its display name, and whether it is provisional.
    func ref(_ r: Ref) -> JSON {
        let type: String
        let name: String
        var placeholder = false
        switch index.byID[r.id] {
        case .unit(let i):
            type = "unit"
            name = model.units[i].name
            placeholder = model.units[i].status == .placeholder
        case .person(let i):
            type = "person"
            name = model.people[i].displayName
            placeholder = model.people[i].status == .placeholder
        case .duty(let j):
            type = "duty"
            name = model.duties[j].name
        case .post(let i):
            type = "post"
            name = model.postDisplayName(i, index: index)
            placeholder = model.posts[i].status == .placeholder
        case nil:
            type = "unknown"
            name = r.id
        }
        return .object([
            ("id", .string(r.id)), ("type", .string(type)), ("name", .string(name)),
            ("placeholder", .bool(placeholder)),
        ])
    }

    /// A duty as the panel lists it, with the anchor of its row in the duties table.
    func duty(_ d: Duty) -> JSON {
        var due = d.due?.description
        if let day = due, page.isOverdue(d) { due = day + " · " + page.dutyStateText(d) }
        return .object([
            ("id", .string(d.id)), ("name", .string(d.name)), ("anchor", .string(ReportAnchor.duty(d.id))),
            ("due", .optional(due)), ("overdue", .bool(page.isOverdue(d))),
        ])
    }

    func finding(_ f: Finding) -> JSON {
        .object([
            ("severity", .string(f.severity.rawValue)), ("check", .string(f.check)),
            ("message", .string(f.message.text(lang))),
        ])
    }
}

extension ReportPage {
    /// The status of an overdue duty in words, for the panel.
    func dutyStateText(_ d: Duty) -> String {
        guard let due = d.due else { return "" }
        return ReportWords.overdueBy(Self.ordinal(options.asOf) - Self.ordinal(due), lang)
    }
}
