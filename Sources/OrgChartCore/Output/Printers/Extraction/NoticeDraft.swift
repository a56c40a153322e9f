/// Writes the model a notice sets out: a whole `orgchart/1` file (format, organisation with the notice as its
/// source, the kinds it needs, people, units with heads, deputies, members and office, duties), ready for
/// `orgchart check` and `orgchart render`.
///
/// Heads and deputies named only by post (县应急管理局局长, 县委宣传部分管领导) are written as `posts:` without a
/// holder (complete by design); co-heads as a `chief:` list, open member lists as `members_open`, standing rules as
/// `rules`, and an office unit's host as `host:`.
public struct NoticeDraft: Sendable {
    public var noticePath: String
    public var sourceName: String

    /// Creates a value with the given parts.
    public init(noticePath: String, sourceName: String = "notice") {
        self.noticePath = noticePath
        self.sourceName = sourceName
    }

    /// One unit of the draft with what the notice says about it.
    struct DraftUnit {
        var party: Party
        var parent: String?
        var heads: [String] = []
        var deputies: [String] = []
        var members: [String] = []
        var office: String?
        var host: String?
        var membersOpen = false
        var rules: [String] = []
        var notes: [String] = []
        var source: String?
    }

    /// The model text.
    public func render(_ e: Extraction) -> String {
        let reading = e.notice
        var out = "# Drafted by `orgchart extract` from \(YAMLText.comment(noticePath)), a notice (通知)."
        out += " Review every entry before use.\n"
        if let s = reading?.source {
            let parts = [
                s.title.map { "title \($0)" }, s.number.map { "number \($0)" }, s.issuer.map { "issuer \($0)" },
                s.date.map { "date \($0)" },
            ].compactMap { $0 }
            if !parts.isEmpty { out += "# \(YAMLText.comment(parts.joined(separator: "; ")))\n" }
        }
        for u in reading?.unread ?? [] {
            out +=
                "# not read (line \(u.location.line)): \(YAMLText.comment(u.text)): \(YAMLText.comment(u.reason.en))\n"
        }
        let parts = self.parts(e)
        let used = Set(parts.units.compactMap(\.party.kind))
        out += "format: orgchart/1\n\n"
        out += "organisation:\n"
        let main = reading?.main?.name ?? reading?.source.title ?? noticePath
        out += "  name: \(YAMLText.scalar(main))\n"
        if let d = reading?.source.date { out += "  as_of: \(d)\n" }
        out += "  sources:\n    \(sourceName): \(YAMLText.scalar(noticePath))\n"
        if let s = reading?.source {
            let note = [s.title, s.number, s.issuer, s.date?.description].compactMap { $0 }.joined(separator: " ")
            if !note.isEmpty { out += "  note: \(YAMLText.scalar("通知 (notice): " + note))\n" }
        }
        let kinds = NoticeLexicon.draftKinds.filter { used.contains($0.id) && BuiltInKinds.named($0.id) == nil }
        if !kinds.isEmpty {
            out += "\nkinds:\n"
            for k in kinds {
                out += "  - id: \(k.id)\n    zh: \(k.zh)\n    en: \(k.en)\n"
                if k.needsChief { out += "    needs_chief: true\n" }
            }
        }
        if !parts.people.isEmpty { out += "\npeople:\n" + people(parts.people, e, indent: "  ") }
        if !parts.posts.isEmpty { out += "\nposts:\n" + posts(parts.posts, e, indent: "  ") }
        if !parts.units.isEmpty { out += "\nunits:\n" + self.units(parts.units, indent: "  ") }
        if !e.assignments.isEmpty {
            out += "\nduties:\n"
            for a in e.assignments {
                out += "  - id: \(YAMLText.scalar(a.dutyID))\n    name: \(YAMLText.scalar(a.task))\n"
                if let l = a.lead.first { out += "    lead: \(YAMLText.scalar(l.id))\n" }
                out += "    source: \(YAMLText.scalar(a.location.source(sourceName)))\n"
            }
        }
        return out
    }

    /// What the draft holds: the people named by name, the posts named without a holder, and the units (the
    /// bodies first, in the notice's order, then the units they name) with their roles.
    struct Parts {
        var people: [Party]
        var posts: [Party]
        var units: [DraftUnit]
    }

    /// The parts of the draft of an extraction.
    func parts(_ e: Extraction) -> Parts {
        let reading = e.notice
        // Units: the bodies first, in the notice's order, then the units they name.
        var units: [String: DraftUnit] = [:]
        var order: [String] = []
        func entry(_ p: Party) -> DraftUnit {
            units[p.id] ?? DraftUnit(party: p, source: e.firstMention[p.id].map { $0.source(sourceName) })
        }
        func put(_ u: DraftUnit) {
            if units[u.party.id] == nil { order.append(u.party.id) }
            units[u.party.id] = u
        }
        var usedPeople: [String] = []
        func use(_ id: String) { if !usedPeople.contains(id) { usedPeople.append(id) } }
        for f in e.structure {
            guard let body = f.unit else { continue }
            var u = entry(body)
            if u.source == nil { u.source = f.location.source(sourceName) }
            switch f.kind {
            case .body:
                if let p = f.other { u.parent = p.id }
            case .chief:
                if let id = holder(f) {
                    if !u.heads.contains(id) { u.heads.append(id) }
                }
            case .deputy:
                if let id = holder(f), !u.deputies.contains(id) { u.deputies.append(id) }
            case .member:
                if let id = holder(f), !u.members.contains(id) { u.members.append(id) }
            case .office:
                if let h = f.other { u.office = h.id }
            default: break
            }
            put(u)
            for p in [f.person].compactMap({ $0 }) { use(p.id) }
            if let o = f.other, f.kind == .member || f.kind == .office, units[o.id] == nil {
                put(entry(o))
            }
        }
        // Open member lists (…等, a class of units) and standing rules are the model's own keys.
        for b in reading?.bodies ?? [] where b.membersOpen {
            guard let id = e.units.first(where: { $0.name == b.name })?.id, var u = units[id] else { continue }
            u.membersOpen = true
            units[id] = u
        }
        for n in reading?.notes ?? [] where n.sort == .rule {
            guard let id = e.units.first(where: { $0.name == n.body })?.id, var u = units[id] else { continue }
            u.rules.append(n.text)
            units[id] = u
        }
        // Offices: the unit the office is set in is its host.
        for id in order {
            guard let u = units[id], let host = u.office,
                let office = order.first(where: {
                    units[$0]?.parent == id
                        && units[$0]?.party.kind.map(NoticeLexicon.isOffice) == true
                }), var o = units[office], units[host] != nil
            else { continue }
            o.host = host
            units[office] = o
        }
        let people = e.people.filter { usedPeople.contains($0.id) && !$0.placeholder }
        let posts = e.people.filter { usedPeople.contains($0.id) && $0.placeholder }
        return Parts(people: people, posts: posts, units: order.compactMap { units[$0] })
    }

    /// `people:` entries (people named by name), each line after the first indented for the list.
    func people(_ people: [Party], _ e: Extraction, indent: String) -> String {
        var out = ""
        for p in people {
            out += "\(indent)- id: \(YAMLText.scalar(p.id))\n\(indent)  name: \(YAMLText.scalar(p.name))\n"
            if let t = p.title { out += "\(indent)  title: \(YAMLText.scalar(t))\n" }
            if !sourceName.isEmpty, let m = e.structure.first(where: { $0.person?.id == p.id }) {
                out += "\(indent)  source: \(YAMLText.scalar(m.location.source(sourceName)))\n"
            }
        }
        return out
    }

    /// `posts:` entries: roles the notice gives by post (县应急管理局局长), complete without a holder.
    func posts(_ posts: [Party], _ e: Extraction, indent: String) -> String {
        var out = ""
        for p in posts {
            out += "\(indent)- id: \(YAMLText.scalar(p.id))\n\(indent)  title: \(YAMLText.scalar(p.written))\n"
            out += "\(indent)  note: \(YAMLText.scalar("通知以职务确定,未点名 (held by post: the notice names no person)"))\n"
            if !sourceName.isEmpty, let m = e.structure.first(where: { $0.person?.id == p.id }) {
                out += "\(indent)  source: \(YAMLText.scalar(m.location.source(sourceName)))\n"
            }
        }
        return out
    }

    /// `units:` entries with their parent, heads, deputies, office, members, open list, rules and source.
    func units(_ units: [DraftUnit], indent: String) -> String {
        var out = ""
        let i = indent + "  "
        for u in units {
            out += "\(indent)- id: \(YAMLText.scalar(u.party.id))\n"
            out += "\(i)name: \(YAMLText.scalar(u.party.name))\n"
            out += "\(i)kind: \(u.party.kind ?? BuiltInKinds.department.id)\n"
            if let p = u.parent { out += "\(i)parent: \(YAMLText.scalar(p))\n" }
            if u.heads.count == 1 {
                out += "\(i)chief: \(YAMLText.scalar(u.heads[0]))\n"
            } else if u.heads.count > 1 {
                out += "\(i)chief: \(YAMLText.list(u.heads))\n"
            }
            if let h = u.host { out += "\(i)host: \(YAMLText.scalar(h))\n" }
            if !u.deputies.isEmpty { out += "\(i)deputies: \(YAMLText.list(u.deputies))\n" }
            if let o = u.office { out += "\(i)office: \(YAMLText.scalar(o))\n" }
            if !u.members.isEmpty { out += "\(i)members: \(YAMLText.list(u.members))\n" }
            if u.membersOpen { out += "\(i)members_open: true\n" }
            if !u.rules.isEmpty { out += "\(i)rules: \(YAMLText.list(u.rules))\n" }
            if !sourceName.isEmpty, let s = u.source { out += "\(i)source: \(YAMLText.scalar(s))\n" }
            if !u.notes.isEmpty { out += "\(i)note: \(YAMLText.scalar(u.notes.joined(separator: "; ")))\n" }
        }
        return out
    }

    /// The id that holds a role in the draft: the person, the placeholder person named by a post, or (for a member)
    /// the unit. The one place to change when roles can be held by posts.
    func holder(_ f: StructureFact) -> String? {
        if let p = f.person { return p.id }
        return f.other?.id
    }
}

extension NoticeDraft: ExtractionPrinter {
    /// The YAML format: a notice's draft is a whole model.
    public static var format: OutputFormat { ExtractionYAML.format }

    /// A draft citing `options.sourceName` (`sourceName(_:)`).
    public init(_ options: ExtractionPrinterOptions) {
        self.init(noticePath: options.documentPath, sourceName: Self.sourceName(options.sourceName))
    }

    /// The key a notice's entries cite for `--source-name given`: as given, except that the default `minutes` is
    /// `notice`.
    public static func sourceName(_ given: String) -> String { given == "minutes" ? "notice" : given }
}
