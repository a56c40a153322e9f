/// Reads a notice that adjusts a body (关于调整…组成人员的通知) against the model of the body as it was, and writes
/// the model as the adjustment leaves it: the earlier model's text with the adjusted roles changed in place and what
/// is new appended, every id kept where the body, person, post or unit is the same (matched by name, by post title,
/// and for the body also by a name that differs in a few characters), so that `orgchart diff EARLIER ADJUSTED`
/// lists the changes.
///
/// Two forms are read. A notice that lists roles (组长：…, 调整后名单如下, 副组长分别是：…) gives the new list of each
/// role it states; a role it does not state is kept. A notice that takes holders off (…不再担任副组长) is partial:
/// the holders it names for a role are added to that role, those it takes off are removed. A holder who moves up
/// (a member who becomes deputy) leaves the lower list. Where the office is set (办公室设在…) replaces the earlier host.
public enum NoticeAdjustment {
    /// The adjusted model's text, the ids of the units it changed, and notes on what was matched and kept.
    public struct Result: Sendable {
        public var text: String
        public var changed: [String]
        public var notes: [Message]
    }

    /// Why an adjustment cannot be written.
    public typealias Failure = FileError

    /// The new role lists of one unit of the earlier model (`host`: the unit its office is now set in, for an office
    /// unit whose parent's office moved).
    struct UnitEdit {
        var chiefs: [String]
        var deputies: [String]
        var members: [String]
        var office: String?
        var host: String?
        /// The name the notice gives it (更名为), when it renames it.
        var name: String? = nil
    }

    /// Applies the notice read in `e` to the text of `model` (loaded from `file`).
    public static func apply(
        _ e: Extraction, to text: String, model: Model, file: String, noticePath: String
    ) throws(Failure) -> Result {
        guard let reading = e.notice else {
            throw FileError(
                Message(en: "--adjusts reads a notice (通知), not minutes", zh: "--adjusts 只读通知,不读会议纪要"))
        }
        var (r, notes) = NoticeExtractor.resolved(e, against: model)
        let index = ModelIndex(model)
        // Ids resolved by name, then bodies whose name differs a little and posts by title: the earlier ids.
        var override: [String: String] = [:]
        for p in r.people where p.placeholder {
            if let post = model.posts.first(where: { $0.title == p.name }) { override[p.id] = post.id }
        }
        var taken = Set<String>()
        // Renames: the earlier unit of the old name (or of the same core name) takes the new one, its id kept; a body
        // the notice names by its new name is that unit.
        var renamed: [String: String] = [:]
        for rn in reading.renames {
            guard
                let u = model.units.first(where: { $0.name == rn.old })
                    ?? matchUnit(named: rn.old, model: model, taken: taken)
            else {
                notes.append(
                    Message(
                        en: "the notice renames \(rn.old) to \(rn.new), but the earlier model has no unit of that name",
                        zh: "通知将“\(rn.old)”更名为“\(rn.new)”,但调整前的模型中没有该单位"))
                continue
            }
            renamed[u.id] = rn.new
            taken.insert(u.id)
            if let named = r.units.first(where: { $0.name == rn.new }), index.unit(named.id) == nil {
                override[named.id] = u.id
            }
            notes.append(
                Message(
                    en: "\(u.name) (`\(u.id)`) is renamed \(rn.new); its id is kept",
                    zh: "“\(u.name)”(`\(u.id)`)更名为“\(rn.new)”,id 不变"))
        }
        for b in reading.bodies {
            guard let u = r.units.first(where: { $0.name == b.name }), override[u.id] == nil else { continue }
            if index.unit(u.id) != nil {
                taken.insert(u.id)
            } else if let m = matchUnit(named: b.name, model: model, taken: taken) {
                override[u.id] = m.id
                taken.insert(m.id)
                notes.append(
                    Message(
                        en: "\(b.name) is read as \(m.name) (`\(m.id)`): the names differ in a few characters",
                        zh: "“\(b.name)”按“\(m.name)”(`\(m.id)`)读取:二者名称仅有个别字不同"))
            }
        }
        func map(_ p: Party) -> Party {
            var q = p
            if let id = override[p.id] {
                q.id = id
                q.resolved = true
            }
            return q
        }
        r = r.mappingParties(map)
        r.assignments = []
        let bodyID = Dictionary(
            reading.bodies.compactMap { b in r.units.first { $0.name == b.name }.map { (b.name, $0.id) } },
            uniquingKeysWith: { a, _ in a })

        // What the notice states, body by body.
        var stated: [String: (heads: [String], deputies: [String], members: [String], host: String?)] = [:]
        for f in r.structure {
            guard let body = f.unit?.id else { continue }
            var s = stated[body] ?? ([], [], [], nil)
            let holder = f.person?.id ?? f.other?.id
            switch f.kind {
            case .chief: if let h = holder, !s.heads.contains(h) { s.heads.append(h) }
            case .deputy: if let h = holder, !s.deputies.contains(h) { s.deputies.append(h) }
            case .member: if let h = holder, !s.members.contains(h) { s.members.append(h) }
            case .office: s.host = f.other?.id
            default: continue
            }
            stated[body] = s
        }
        // Holders taken off, by body and role.
        var leaving: [String: [NoticeLexicon.Role: Set<String>]] = [:]
        for l in reading.leaving {
            guard let body = bodyID[l.body], let holder = holderID(l.entry, model: model) else {
                notes.append(
                    Message(
                        en: "\(l.entry.label) leaves \(l.roleText), but is not in the earlier model",
                        zh: "“\(l.entry.label)”不再担任\(l.roleText),但调整前的模型中没有此人"))
                continue
            }
            leaving[body, default: [:]][l.role, default: []].insert(holder)
        }
        let partial = !reading.leaving.isEmpty

        // The edits of the units the earlier model has.
        var edits: [String: UnitEdit] = [:]
        for u in model.units where stated[u.id] != nil || leaving[u.id] != nil {
            let s = stated[u.id] ?? ([], [], [], nil)
            let off = leaving[u.id] ?? [:]
            var chiefs = s.heads.isEmpty ? u.chiefs.map(\.id) : s.heads
            var deputies = merged(u.deputies.map(\.id), s.deputies, partial: partial)
            var members = merged(u.members.map(\.id), s.members, partial: partial)
            chiefs.removeAll { off[.head]?.contains($0) == true }
            deputies.removeAll { off[.deputy]?.contains($0) == true || chiefs.contains($0) }
            members.removeAll { off[.member]?.contains($0) == true || chiefs.contains($0) || deputies.contains($0) }
            edits[u.id] = UnitEdit(
                chiefs: chiefs, deputies: deputies, members: members, office: s.host ?? u.office?.id, host: nil)
            if s.heads.isEmpty, !partial, stated[u.id] != nil {
                notes.append(
                    Message(
                        en: "\(u.name): the notice names no head; the earlier head is kept",
                        zh: "“\(u.name)”:通知未写负责人,保留调整前的负责人"))
            }
            if s.members.isEmpty, !u.members.isEmpty, !partial {
                notes.append(
                    Message(
                        en: "\(u.name): the notice lists no members; the earlier members are kept",
                        zh: "“\(u.name)”:通知未列成员,保留调整前的成员"))
            }
        }
        // The office unit of a body whose office moved is set in the new unit.
        for u in model.units {
            guard let parent = u.parent?.id, u.host != nil, let host = stated[parent]?.host, u.host?.id != host,
                edits[u.id] == nil
            else { continue }
            edits[u.id] = UnitEdit(
                chiefs: u.chiefs.map(\.id), deputies: u.deputies.map(\.id), members: u.members.map(\.id),
                office: u.office?.id, host: host)
        }

        // Renamed units take their new name, whatever else changes.
        for (id, name) in renamed {
            guard let i = index.unit(id) else { continue }
            let u = model.units[i]
            edits[
                id,
                default: UnitEdit(
                    chiefs: u.chiefs.map(\.id), deputies: u.deputies.map(\.id), members: u.members.map(\.id),
                    office: u.office?.id, host: nil)
            ].name = name
        }

        // What the model lacks: the bodies the notice sets up and the people, posts and units they or the edits name.
        let draft = NoticeDraft(noticePath: noticePath, sourceName: "")
        let parts = draft.parts(r)
        var referenced = Set(
            edits.values.flatMap { $0.chiefs + $0.deputies + $0.members + [$0.office, $0.host].compactMap { $0 } })
        let newBodies = parts.units.filter { u in
            index.byID[u.party.id] == nil && reading.bodies.contains { $0.name == u.party.name }
        }
        for u in newBodies { referenced.formUnion([u.party.id] + u.heads + u.deputies + u.members) }
        let newUnits = parts.units.filter { index.byID[$0.party.id] == nil && referenced.contains($0.party.id) }
        for u in newUnits { referenced.formUnion([u.office, u.host].compactMap { $0 }) }
        let people = parts.people.filter { index.byID[$0.id] == nil && referenced.contains($0.id) }
        let posts = parts.posts.filter { index.byID[$0.id] == nil && referenced.contains($0.id) }
        let units = parts.units.filter { index.byID[$0.party.id] == nil && referenced.contains($0.party.id) }

        // The text: what is new appended first, then the edited units' keys replaced (their lines read again).
        var appender = ModelAppender(text: text, model: model, file: file)
        if !people.isEmpty { try appender.add("people") { draft.people(people, r, indent: $0) } }
        if !posts.isEmpty { try appender.add("posts") { draft.posts(posts, r, indent: $0) } }
        if !units.isEmpty { try appender.add("units") { draft.units(units, indent: $0) } }
        var out = appender.text
        // People kept whose title the notice gives otherwise.
        var titles: [String: String] = [:]
        for f in r.structure where f.kind != .body {
            if let p = f.person, !p.placeholder, let t = p.title, index.person(p.id) != nil { titles[p.id] = t }
        }
        out = try edit(out, try load(out, file), edits, titles: titles, file)
        _ = try load(out, file)
        return Result(text: out, changed: edits.keys.sorted(), notes: notes)
    }

    /// The new list of a role: the stated list (added to the earlier one in a partial notice), or the earlier list
    /// when the notice states none.
    static func merged(_ old: [String], _ stated: [String], partial: Bool) -> [String] {
        if stated.isEmpty { return old }
        return partial ? old + stated.filter { !old.contains($0) } : stated
    }

    /// The id in the earlier model of a holder the notice names: a person by name, a post by title, a unit by name.
    static func holderID(_ e: NoticeEntry, model: Model) -> String? {
        switch e.sort {
        case .person: return model.people.first { $0.name == e.name }?.id
        case .post: return model.posts.first { $0.title == e.name }?.id
        case .unit:
            let name = e.name + (e.post ?? "")
            return model.posts.first { $0.title == name }?.id ?? model.units.first { $0.name == e.name }?.id
        }
    }

    /// The earlier model's unit a name of the notice means (a body it adjusts, a unit it renames), when the model
    /// does not write it the same: the same name without place and year, else a unit whose name differs in at most a
    /// tenth of its characters.
    static func matchUnit(named name: String, model: Model, taken: Set<String>) -> Unit? {
        let core = NoticeReader.core(name)
        let free = model.units.filter { !taken.contains($0.id) }
        if let u = free.first(where: { NoticeReader.core($0.name) == core && core.count >= 4 }) { return u }
        let near = free.compactMap { u -> (Unit, Int)? in
            let d = editDistance(Array(name), Array(u.name))
            return d * 10 <= max(name.count, u.name.count) ? (u, d) : nil
        }
        return near.min { $0.1 < $1.1 }?.0
    }

    /// The number of characters to insert, delete or replace to turn one name into the other.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }

    static func load(_ text: String, _ file: String) throws(Failure) -> Model {
        try ModelAppender.load(text, file, what: Message(en: "the adjusted model", zh: "调整后的模型"))
    }

    /// The text with the role keys of the edited units replaced (or added after the entry's last key), each unit
    /// written in block style.
    static func edit(
        _ text: String, _ model: Model, _ edits: [String: UnitEdit], titles: [String: String], _ file: String
    ) throws(Failure) -> String {
        var lines = ModelAppender.lines(text)
        let editor = DutyEditor()
        var operations: [(start: Int, end: Int, lines: [String])] = []
        for u in model.units {
            guard let edit = edits[u.id], let idMark = u.keyMarks["id"] else { continue }
            do {
                try editor.checkBlockStyle(lines, idMark, u.id)
            } catch {
                throw FileError(
                    Message(
                        en: "\(file):\(idMark.line): unit \(u.id) is written in flow style ({…}); write it as a block "
                            + "mapping to have it adjusted",
                        zh: "\(file):\(idMark.line):单位 \(u.id) 采用流式写法({…}),无法调整;请改为块状写法"))
            }
            let indent = String(repeating: " ", count: idMark.column - 1)
            let values: [(key: String, old: [String], new: [String], text: String?)] = [
                ("name", [u.name], [edit.name ?? u.name], YAMLText.scalar(edit.name ?? u.name)),
                (
                    "chief", u.chiefs.map(\.id), edit.chiefs,
                    edit.chiefs.count <= 1 ? edit.chiefs.first.map { YAMLText.scalar($0) } : YAMLText.list(edit.chiefs)
                ),
                (
                    "deputies", u.deputies.map(\.id), edit.deputies,
                    edit.deputies.isEmpty ? nil : YAMLText.list(edit.deputies)
                ),
                (
                    "members", u.members.map(\.id), edit.members,
                    edit.members.isEmpty ? nil : YAMLText.list(edit.members)
                ),
                (
                    "office", [u.office?.id].compactMap { $0 }, [edit.office].compactMap { $0 },
                    edit.office.map { YAMLText.scalar($0) }
                ),
                (
                    "host", [u.host?.id].compactMap { $0 }, [edit.host ?? u.host?.id].compactMap { $0 },
                    (edit.host ?? u.host?.id).map { YAMLText.scalar($0) }
                ),
            ]
            var insertions: [String] = []
            for v in values where v.old != v.new {
                let line = v.text.map { indent + v.key + ": " + $0 }
                if let mark = u.keyMarks[v.key] {
                    let end = editor.valueEnd(lines, from: mark.line - 1, indent: mark.column - 1)
                    operations.append((mark.line - 1, end, line.map { [$0] } ?? []))
                } else if let line {
                    insertions.append(line)
                }
            }
            if !insertions.isEmpty {
                let last = KeyMarks.names.compactMap { u.keyMarks[$0] }.max { $0.line < $1.line } ?? idMark
                let end = editor.valueEnd(lines, from: last.line - 1, indent: last.column - 1)
                operations.append((end + 1, end, insertions))
            }
        }
        // People the notice names with another title (副局长 → 局长): the title as the notice gives it.
        for p in model.people {
            guard let title = titles[p.id], title != p.title, let mark = p.keyMarks["title"] ?? p.keyMarks["name"]
            else { continue }
            let line = String(repeating: " ", count: mark.column - 1) + "title: " + YAMLText.scalar(title)
            let isTitle = p.keyMarks["title"] != nil
            let end = isTitle ? editor.valueEnd(lines, from: mark.line - 1, indent: mark.column - 1) : mark.line - 1
            operations.append(isTitle ? (mark.line - 1, end, [line]) : (end + 1, end, [line]))
        }
        // Lines written keep the file's line ends (a CRLF model stays CRLF).
        let cr = lines.first?.unicodeScalars.last == "\r" ? "\r" : ""
        for op in operations.sorted(by: { $0.start > $1.start }) {
            lines.replaceSubrange(op.start..<(op.end + 1), with: op.lines.map { $0 + cr })
        }
        return lines.joined(separator: "\n")
    }
}
