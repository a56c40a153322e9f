/// Writes a model back as YAML in the model format: one entity per line as a flow mapping, so large models stay
/// compact and diffable. Used by `import` and `generate`.
public struct ModelWriter: Sendable {
    /// Lines written at the top as `#` comments (what made the file, its sources).
    public var header: [String]

    public init(header: [String] = []) { self.header = header }

    /// A scalar inside a flow mapping or list.
    static func scalar(_ s: String) -> String { YAMLText.scalar(s, inFlow: true) }

    func refs(_ r: [Ref]) -> String { YAMLText.list(r.map(\.id)) }

    /// The model as YAML text.
    public func yaml(_ m: Model) -> String {
        var out = ""
        for h in header { out += "# \(YAMLText.comment(h))\n" }
        out += "format: \(YAMLText.scalar(m.format))\n"
        out += "organisation:\n  name: \(YAMLText.scalar(m.organisation.name))\n"
        if let d = m.organisation.asOf { out += "  as_of: \(d)\n" }
        if let st = m.organisation.status { out += "  status: \(st.rawValue)\n" }
        if let p = m.organisation.pending { out += "  pending: \(Self.scalar(p))\n" }
        if !m.organisation.sources.isEmpty {
            out += "  sources:\n"
            for s in m.organisation.sources {
                guard s.isDescribed else {
                    out += "    \(YAMLText.scalar(s.key)): \(YAMLText.scalar(s.path))\n"
                    continue
                }
                var f: [String] = []
                if !s.path.isEmpty { f.append("path: \(Self.scalar(s.path))") }
                if let t = s.title { f.append("title: \(Self.scalar(t))") }
                if let n = s.number { f.append("number: \(Self.scalar(n))") }
                if let i = s.issuer { f.append("issuer: \(Self.scalar(i))") }
                if let d = s.date { f.append("date: \(d)") }
                if let u = s.url { f.append("url: \(Self.scalar(u))") }
                out += "    \(YAMLText.scalar(s.key)): {" + f.joined(separator: ", ") + "}\n"
            }
        }
        if !m.expect.count.isEmpty || m.expect.maxLeadRoles != nil {
            out += "expect:\n"
            if !m.expect.count.isEmpty {
                out +=
                    "  count: {" + m.expect.count.map { "\(Self.scalar($0.kind)): \($0.count)" }.joined(separator: ", ")
                    + "}\n"
            }
            if let n = m.expect.maxLeadRoles { out += "  max_lead_roles: \(n)\n" }
        }
        if !m.customKinds.isEmpty {
            out += "kinds:\n"
            for k in m.customKinds {
                var f = ["id: \(Self.scalar(k.id))", "zh: \(Self.scalar(k.zh))", "en: \(Self.scalar(k.en))"]
                if k.needsChief { f.append("needs_chief: true") }
                if k.needsOffice { f.append("needs_office: true") }
                if let h = k.head { f.append("head: \(Self.scalar(h))") }
                if let d = k.deputy { f.append("deputy: \(Self.scalar(d))") }
                if let h = k.headEn { f.append("head_en: \(Self.scalar(h))") }
                if let d = k.deputyEn { f.append("deputy_en: \(Self.scalar(d))") }
                // A kind that replaces a built-in one keeps its role when it names none.
                if let r = k.role, r != BuiltInKinds.named(k.id)?.role { f.append("role: \(r.rawValue)") }
                out += "  - {" + f.joined(separator: ", ") + "}\n"
            }
        }
        if !m.people.isEmpty {
            out += "people:\n"
            for p in m.people {
                var f = ["id: \(Self.scalar(p.id))", "name: \(Self.scalar(p.name))"]
                if let t = p.title { f.append("title: \(Self.scalar(t))") }
                if p.status == .placeholder { f.append("status: placeholder") }
                common(&f, p.aliases, p.source, p.note)
                out += "  - {" + f.joined(separator: ", ") + "}\n"
            }
        }
        if !m.units.isEmpty {
            out += "units:\n"
            for u in m.units {
                var f = ["id: \(Self.scalar(u.id))", "name: \(Self.scalar(u.name))", "kind: \(Self.scalar(u.kind))"]
                if let p = u.parent { f.append("parent: \(Self.scalar(p.id))") }
                if u.chiefs.count == 1 { f.append("chief: \(Self.scalar(u.chiefs[0].id))") }
                if u.chiefs.count > 1 { f.append("chief: \(refs(u.chiefs))") }
                if !u.deputies.isEmpty { f.append("deputies: \(refs(u.deputies))") }
                if let o = u.office { f.append("office: \(Self.scalar(o.id))") }
                if let h = u.host { f.append("host: \(Self.scalar(h.id))") }
                if !u.members.isEmpty { f.append("members: \(refs(u.members))") }
                if u.membersOpen { f.append("members_open: true") }
                if !u.rules.isEmpty { f.append("rules: \(YAMLText.list(u.rules))") }
                if !u.liaises.isEmpty { f.append("liaises: \(refs(u.liaises))") }
                if !u.replaces.isEmpty { f.append("replaces: \(refs(u.replaces))") }
                if u.status == .placeholder { f.append("status: placeholder") }
                if u.isContext { f.append("scope: context") }
                common(&f, u.aliases, u.source, u.note)
                out += "  - {" + f.joined(separator: ", ") + "}\n"
            }
        }
        if !m.duties.isEmpty {
            out += "duties:\n"
            for d in m.duties {
                var f = ["id: \(Self.scalar(d.id))", "name: \(Self.scalar(d.name))"]
                if d.lead.count == 1 { f.append("lead: \(Self.scalar(d.lead[0].id))") }
                if d.lead.count > 1 { f.append("lead: \(refs(d.lead))") }
                if d.joint { f.append("joint: true") }
                if !d.assist.isEmpty { f.append("assist: \(refs(d.assist))") }
                if !d.leader.isEmpty { f.append("leader: \(refs(d.leader))") }
                if let due = d.due { f.append("due: \(due)") }
                if let c = d.cadence { f.append("cadence: \(c.rawValue)") }
                if let r = d.reportTo { f.append("report_to: \(Self.scalar(r.id))") }
                if d.done { f.append("done: true") }
                common(&f, [], d.source, d.note)
                out += "  - {" + f.joined(separator: ", ") + "}\n"
            }
        }
        if !m.posts.isEmpty {
            out += "posts:\n"
            for p in m.posts {
                var f = ["id: \(Self.scalar(p.id))", "title: \(Self.scalar(p.title))"]
                if let u = p.unit { f.append("unit: \(Self.scalar(u.id))") }
                if let h = p.holder { f.append("holder: \(Self.scalar(h.id))") }
                if let w = p.portfolio { f.append("portfolio: \(Self.scalar(w))") }
                if p.status == .placeholder { f.append("status: placeholder") }
                common(&f, [], p.source, p.note)
                out += "  - {" + f.joined(separator: ", ") + "}\n"
            }
        }
        return out
    }

    func common(_ f: inout [String], _ aliases: [String], _ source: String?, _ note: String?) {
        if !aliases.isEmpty { f.append("aliases: \(YAMLText.list(aliases))") }
        if let s = source { f.append("source: \(Self.scalar(s))") }
        if let n = note { f.append("note: \(Self.scalar(n))") }
    }
}
