/// Drafts an `Extraction` from a notice: one structure fact per body and per role (each naming its body and the
/// person, post or unit), the office host, the duties of the body and its office, with proposed ids.
public enum NoticeExtractor {
    /// Decodes the bytes of a notice and reads it.
    public static func extract(bytes: [UInt8], file: String, options: ExtractOptions = ExtractOptions())
        throws(TextDecodingError) -> Extraction
    {
        let (text, encoding) = try TextFileDecoder.decode(bytes, encoding: options.encoding, file: file)
        var result = extract(text: text, file: file)
        result.encoding = encoding
        return result
    }

    /// Reads decoded text.
    public static func extract(text: String, file: String = "<notice>") -> Extraction {
        let reading = NoticeReader(text: text).read()
        return extraction(reading, file: file)
    }

    /// The extraction of a reading, with ids proposed for every body, person, post and unit.
    static func extraction(_ r: NoticeReading, file: String) -> Extraction {
        var ids = NoticeIDs()
        var e = Extraction(file: file, meetingDate: r.source.date)
        e.notice = r
        var bodyParty: [String: Party] = [:]
        for b in r.bodies {
            let p = Party(
                name: b.name, sort: .unit, kind: b.kind, id: ids.body(b, parent: b.parent.flatMap { bodyParty[$0]?.id })
            )
            bodyParty[b.name] = p
            e.units.append(p)
            e.firstMention[p.id] = b.location
        }
        var facts: [StructureFact] = []
        for b in r.bodies {
            guard let p = bodyParty[b.name] else { continue }
            var f = StructureFact(
                kind: .body, unit: p, other: b.parent.flatMap { bodyParty[$0] }, unitKind: b.kind,
                location: b.location, rule: .postParent, sentence: b.name)
            f.noticeRule = b.rule
            facts.append(f)
        }
        func party(_ entry: NoticeEntry, member: Bool) -> (person: Party?, unit: Party?) {
            switch entry.sort {
            case .person:
                return (ids.person(entry.name, title: entry.post, into: &e), nil)
            case .post:
                return (ids.post(entry.name, into: &e), nil)
            case .unit:
                if member || entry.post == nil {
                    return (nil, ids.unit(entry.name, collective: entry.collective, into: &e))
                }
                return (ids.post(entry.name + (entry.post ?? ""), into: &e), nil)
            }
        }
        for role in r.roles {
            guard let body = bodyParty[role.body] else { continue }
            let (person, unit) = party(role.entry, member: role.role == .member)
            let kind: StructureFact.Kind = role.role == .head ? .chief : role.role == .deputy ? .deputy : .member
            var f = StructureFact(
                kind: kind, unit: body, person: person, other: unit, role: role.roleText, location: role.location,
                rule: kind == .chief ? .postChief : .postDeputy, sentence: role.entry.label)
            f.noticeRule = role.rule
            if unit != nil { f.holding = role.entry.post }
            if kind != .member, let u = unit {
                // A unit heading a body (rare): kept as a member-like holder under its role.
                f.other = u
            }
            facts.append(f)
        }
        for n in r.notes where n.sort == .host {
            guard let body = bodyParty[n.body] else { continue }
            let host = ids.unit(n.text, collective: false, into: &e)
            var f = StructureFact(
                kind: .office, unit: body, other: host, role: "办公室设在", location: n.location, rule: .officeHost,
                sentence: n.text)
            f.noticeRule = n.rule
            facts.append(f)
        }
        for n in r.notes where n.sort == .duty {
            guard let body = bodyParty[n.body] else { continue }
            var a = Assignment(lead: [body], task: n.text, location: n.location, rule: .subject, sentence: n.text)
            a.noticeRule = n.rule
            a.dutyID = ids.duty(body.id)
            e.assignments.append(a)
        }
        e.structure = facts.sorted { $0.location < $1.location }
        for f in e.structure {
            for p in [f.person, f.other].compactMap({ $0 }) where e.firstMention[p.id] == nil {
                e.firstMention[p.id] = f.location
            }
        }
        return e
    }
}

/// Proposes ids for what a notice names: bodies by kind (`leading-group`, `leading-group-office`), units from the
/// built-in bureau words or `unit-N`, people `person-N`, posts held by nobody named `post-N`.
struct NoticeIDs {
    var used = Set<String>()
    var people: [String: String] = [:]
    var units: [String: String] = [:]
    var counters: [String: Int] = [:]

    mutating func reserve(_ base: String) -> String {
        var id = base
        var n = 2
        while used.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        used.insert(id)
        return id
    }

    mutating func next(_ prefix: String) -> String {
        counters[prefix, default: 0] += 1
        return reserve("\(prefix)-\(counters[prefix]!)")
    }

    mutating func body(_ b: NoticeBody, parent: String?) -> String {
        if b.isOffice, let parent { return reserve(parent + "-office") }
        return reserve(NameRegistry.idFromWords(b.name) ?? b.kind)
    }

    mutating func person(_ name: String, title: String?, into e: inout Extraction) -> Party {
        let key = "person:" + name
        if let id = people[key], let p = e.people.first(where: { $0.id == id }) { return p }
        let p = Party(name: name, title: title, sort: .person, id: next("person"))
        people[key] = p.id
        e.people.append(p)
        return p
    }

    mutating func post(_ name: String, into e: inout Extraction) -> Party {
        let key = "post:" + name
        if let id = people[key], let p = e.people.first(where: { $0.id == id }) { return p }
        let p = Party(name: name, sort: .person, id: next("post"), placeholder: true)
        people[key] = p.id
        e.people.append(p)
        return p
    }

    mutating func unit(_ name: String, collective: Bool, into e: inout Extraction) -> Party {
        if let id = units[name], let p = e.units.first(where: { $0.id == id }) { return p }
        let kind = collective ? BuiltInKinds.collective.id : NoticeIDs.unitKind(name)
        let id = NameRegistry.idFromWords(name).map { reserve($0) } ?? next("unit")
        let p = Party(name: name, sort: .unit, kind: kind, id: id, collective: collective)
        units[name] = id
        e.units.append(p)
        return p
    }

    mutating func duty(_ body: String) -> String { next("duty-" + body) }

    /// The kind of a member unit by its name's ending, among the kinds that need no head (a member unit is not a
    /// body the notice sets up); department when none fits.
    static func unitKind(_ name: String) -> String {
        BuiltInKinds.suggested(byName: name) { !$0.needsChief }?.id ?? BuiltInKinds.department.id
    }
}

extension NoticeExtractor {
    /// The extraction with its names resolved against a model (as for minutes: by name, alias or short form) and new
    /// ids proposed clear of the model's; a body kind the model does not know becomes the nearest one it does
    /// (leading-group → committee, task-force → team, office → department), with a note, so a merge loads.
    public static func resolved(_ e: Extraction, against model: Model) -> (Extraction, [Message]) {
        var registry = NameRegistry(model: model)
        var map: [String: Party] = [:]
        var notes: [Message] = []
        func resolve(_ p: Party) -> Party {
            if let r = map[p.sort.rawValue + ":" + p.id] { return r }
            var r = registry.register(p, at: e.firstMention[p.id] ?? MinutesLocation(item: nil, point: nil, line: 1))
            r.placeholder = p.placeholder
            if !r.resolved, r.sort == .unit, let k = r.kind, model.kind(k) == nil {
                let near = NoticeLexicon.kind(k)?.nearest ?? BuiltInKinds.department.id
                notes.append(
                    Message(
                        en: "\(r.name): kind \(k) is not in the model; written as \(near) (declare `\(k)` under kinds: "
                            + "to keep it)",
                        zh: "\(r.name):模型中没有 \(k) 类型,写为 \(near)(可在 kinds: 中声明 `\(k)`)"))
                r.kind = near
            }
            map[p.sort.rawValue + ":" + p.id] = r
            return r
        }
        var out = e.mappingParties(resolve)
        out.assignments = e.assignments.map { a in
            var b = a
            b.lead = a.lead.map(resolve)
            return b
        }
        out.firstMention = [:]
        for (id, loc) in e.firstMention {
            for p in e.people + e.units where p.id == id {
                if let r = map[p.sort.rawValue + ":" + p.id] { out.firstMention[r.id] = loc }
            }
        }
        out.unresolved = registry.unresolved
        return (out, notes)
    }
}

extension Extraction {
    /// The extraction with every person and unit, and every party of a structure fact, replaced by `f` of it.
    func mappingParties(_ f: (Party) -> Party) -> Extraction {
        var out = self
        out.people = people.map(f)
        out.units = units.map(f)
        out.structure = structure.map { fact in
            var g = fact
            g.unit = fact.unit.map(f)
            g.person = fact.person.map(f)
            g.other = fact.other.map(f)
            return g
        }
        return out
    }
}
