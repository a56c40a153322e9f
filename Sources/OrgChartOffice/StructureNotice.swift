import OrgChartCore

/// The structure section of a notice (通知) that sets up a 指挥部: its members (组成人员), its office (办公室), the
/// posts and groups under it, and the duties of the member units (成员单位职责), as paragraphs in 公文 style.
public struct StructureNotice: Sendable {
    /// A paragraph and the part of a 公文 it plays.
    public enum Paragraph: Sendable, Equatable {
        /// The title (二号 小标宋, centred).
        case title(String)
        /// 一、 heading (三号 黑体).
        case heading(String)
        /// (一) heading (三号 楷体).
        case subheading(String)
        /// A body paragraph (三号 仿宋, first line indented two characters).
        case body(String)
        /// `组　长：姓名（职务）` with the labels of one block padded to the same width, so the names line up.
        case role(label: String, width: Int, text: String)
    }

    public var paragraphs: [Paragraph]

    /// The section for a model: every headquarters with its members and office, then each kind of unit that has a
    /// head (sub-command posts, work groups, …) under it, then what each member unit leads and assists.
    public init(_ model: Model) {
        let index = ModelIndex(model)
        func person(_ r: Ref) -> String {
            if let p = index.person(r.id) {
                let x = model.people[p]
                if let t = x.title, !t.isEmpty { return "\(x.name)（\(t)）" }
                return x.name
            }
            return model.name(of: r.id, index: index)
        }
        func name(_ r: Ref) -> String { model.name(of: r.id, index: index) }
        let tbd = "待定"
        var out: [Paragraph] = []
        var headingNumber = 0
        func heading(_ text: String) {
            headingNumber += 1
            out.append(.heading(NumberFormat.chinese(headingNumber, true) + "、" + text))
        }
        /// The 组长/副组长/成员 lines of a unit.
        func roles(_ u: Unit) {
            let chief = model.headTitle(u.kind).zh
            let deputy = model.deputyTitle(u.kind).zh
            let members = "成员"
            let width = max(chief.count, deputy.count, members.count)
            out.append(.role(label: chief, width: width, text: u.chief.map(person) ?? tbd))
            if u.deputies.isEmpty {
                out.append(.role(label: deputy, width: width, text: tbd))
            }
            for (i, d) in u.deputies.enumerated() {
                out.append(.role(label: i == 0 ? deputy : "", width: width, text: person(d)))
            }
            if !u.members.isEmpty {
                out.append(.role(label: members, width: width, text: u.members.map(person).joined(separator: "、")))
            }
        }
        func office(_ u: Unit, _ short: String) -> String {
            guard let host = u.office else { return "\(short)下设办公室，办公室设置待定。" }
            return "\(short)下设办公室，办公室设在\(name(host))，办公室主任待定。"
        }
        let tops = model.units.filter { model.kind($0.kind)?.isHeadquarters == true }
        out.append(.title((tops.first?.name ?? model.organisation.name) + "组成人员及职责"))
        var listed = Set<String>()
        for hq in tops {
            listed.insert(hq.id)
            heading(tops.count > 1 ? "\(hq.name)组成人员" : "组成人员")
            roles(hq)
            heading("办公室")
            out.append(.body(office(hq, "指挥部")))
        }
        // The kinds with a head under the headquarters, in the model's kind order.
        let headed = model.kinds.filter { $0.needsChief && !$0.isHeadquarters }
        for kind in headed {
            let units = model.units.filter { $0.kind == kind.id }
            guard !units.isEmpty else { continue }
            heading(kind.zh + "及组成人员")
            let named = units.filter { $0.status == .active }
            let placeholders = units.filter { $0.status == .placeholder }
            for (i, u) in named.enumerated() {
                listed.insert(u.id)
                out.append(.subheading("（\(NumberFormat.chinese(i + 1, true))）\(u.name)"))
                roles(u)
                out.append(.body(office(u, u.name)))
            }
            if !placeholders.isEmpty {
                let names = placeholders.map(\.name).joined(separator: "、")
                out.append(.body("另设\(names)，共\(placeholders.count)个\(kind.zh)，名称及组成人员待定。"))
            }
        }
        // What each unit leads and assists.
        var duties: [(String, [String], [String])] = []
        for u in model.units where model.kind(u.kind)?.isCollective != true {
            let leads = model.duties.filter { d in d.lead.contains { $0.id == u.id } }.map(\.name)
            let assists = model.duties.filter { d in d.assist.contains { $0.id == u.id } }.map(\.name)
            if !leads.isEmpty || !assists.isEmpty { duties.append((u.name, leads, assists)) }
        }
        if !duties.isEmpty {
            heading("成员单位职责")
            for (i, (unit, leads, assists)) in duties.enumerated() {
                var text = "（\(NumberFormat.chinese(i + 1, true))）\(unit)："
                if !leads.isEmpty { text += "牵头" + leads.joined(separator: "；") + "。" }
                if !assists.isEmpty { text += "配合做好" + assists.joined(separator: "；") + "。" }
                out.append(.body(text))
            }
        }
        paragraphs = out
    }

    /// The text as it reads, one paragraph a line (labels padded with ideographic spaces).
    public var text: String {
        paragraphs.map { p in
            switch p {
            case .title(let t), .heading(let t), .subheading(let t), .body(let t): return t
            case .role(let label, _, let text): return (label.isEmpty ? "" : label + "：") + text
            }
        }.joined(separator: "\n") + "\n"
    }
}
