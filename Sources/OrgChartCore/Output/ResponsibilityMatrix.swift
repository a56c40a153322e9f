/// The duty × (person or unit) responsibility matrix: who leads (牵头, L) and who assists (配合, A) each duty, with
/// the officials who answer for it (责任领导) in a column of their own when the model names any.
public struct ResponsibilityMatrix: Sendable {
    /// A cell: lead, assist, or both (a slip `assist-is-lead` reports).
    public enum Role: Sendable, Hashable {
        case lead, assist, both

        public func text(_ lang: Language) -> String {
            switch (self, lang) {
            case (.lead, .zh): return "牵头"
            case (.assist, .zh): return "配合"
            case (.both, .zh): return "牵头/配合"
            case (.lead, .en): return "L"
            case (.assist, .en): return "A"
            case (.both, .en): return "L/A"
            }
        }
    }

    /// What is wrong with a row, if anything.
    public enum Mark: String, Sendable, Hashable {
        case gap, overlap, diffuse

        public func text(_ lang: Language) -> String {
            switch (self, lang) {
            case (.gap, .zh): return "无牵头(空档)"
            case (.overlap, .zh): return "多头牵头(交叉)"
            case (.diffuse, .zh): return "集体牵头(责任不清)"
            case (.gap, .en): return "gap: no lead"
            case (.overlap, .en): return "overlap: several leads"
            case (.diffuse, .en): return "diffuse: collective lead"
            }
        }
    }

    public struct Row: Sendable {
        public var duty: String
        public var name: String
        /// The officials who answer for the duty (责任领导), as displayed: 李顺朝(副区长), 县应急管理局局长.
        public var leaders: [String]
        public var cells: [Role?]
        public var marks: [Mark]
    }

    /// Column ids (people and units that lead or assist something), people first, each in file order.
    public var columns: [String]
    /// Column display names.
    public var columnNames: [String]
    public var rows: [Row]
    /// Whether the table has a 责任领导 column (some duty names a `leader`).
    public var hasLeaders: Bool

    /// Builds the matrix of a model.
    public init(_ model: Model) {
        let index = ModelIndex(model)
        var involved = Set<String>()
        for d in model.duties {
            for r in d.lead { involved.insert(r.id) }
            for r in d.assist { involved.insert(r.id) }
        }
        var cols = model.people.map(\.id).filter { involved.contains($0) }
        cols += model.units.map(\.id).filter { involved.contains($0) }
        // References to undefined ids still get a column, so nothing disappears from the table.
        let known = Set(cols)
        var extra: [String] = []
        for d in model.duties {
            for r in d.lead + d.assist where !known.contains(r.id) && !extra.contains(r.id) { extra.append(r.id) }
        }
        cols += extra
        var position: [String: Int] = [:]
        for (i, c) in cols.enumerated() { position[c] = i }
        columns = cols
        columnNames = cols.map { id in
            if let p = index.person(id) { return model.people[p].displayName }
            return model.name(of: id, index: index)
        }
        rows = model.duties.map { d in
            var cells = [Role?](repeating: nil, count: cols.count)
            for r in d.assist { if let i = position[r.id] { cells[i] = .assist } }
            for r in d.lead { if let i = position[r.id] { cells[i] = cells[i] == .assist ? .both : .lead } }
            var marks: [Mark] = []
            if d.lead.isEmpty { marks.append(.gap) }
            // Several leads the source names on purpose (共同牵头, `joint`) are not an overlap.
            if d.lead.count > 1 && !d.joint { marks.append(.overlap) }
            if d.lead.contains(where: {
                index.unit($0.id).map { model.kind(model.units[$0].kind)?.isCollective == true } ?? false
            }) {
                marks.append(.diffuse)
            }
            let leaders = d.leader.map { r in
                index.person(r.id).map { model.people[$0].displayName } ?? model.name(of: r.id, index: index)
            }
            return Row(duty: d.id, name: d.name, leaders: leaders, cells: cells, marks: marks)
        }
        hasLeaders = model.duties.contains { !$0.leader.isEmpty }
    }

    /// The 责任领导 column's heading.
    public static func leaderHeading(_ lang: Language) -> String { lang == .zh ? "责任领导" : "Leader" }

    /// The columns before the parties: the duty, its leaders (when the table has them), its problems.
    func headers(_ lang: Language) -> [String] {
        [lang == .zh ? "职责" : "Duty"] + (hasLeaders ? [Self.leaderHeading(lang)] : [])
            + [lang == .zh ? "问题" : "Problem"] + columnNames
    }

    func cells(_ row: Row, _ lang: Language) -> [String] {
        [row.name] + (hasLeaders ? [row.leaders.joined(separator: lang == .zh ? "、" : ", ")] : [])
            + [row.marks.map { $0.text(lang) }.joined(separator: "; ")] + row.cells.map { $0?.text(lang) ?? "" }
    }

    /// How many columns come before the parties.
    var leadingColumns: Int { hasLeaders ? 3 : 2 }

    /// A Markdown table.
    public func markdown(_ lang: Language) -> String {
        let h = headers(lang)
        var out = "| " + h.map(Markdown.cell).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: h.count) + "\n"
        for r in rows {
            let c = cells(r, lang)
            let name = r.marks.isEmpty ? Markdown.cell(c[0]) : "**\(Markdown.cell(c[0]))**"
            out += "| " + ([name] + c.dropFirst().map(Markdown.cell)).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends, every field quoted, and
    /// text that a spreadsheet would run as a formula neutralised.
    public func csv(_ lang: Language) -> String {
        var out = "\u{FEFF}"
        out += ([lang == .zh ? "职责编号" : "Duty id"] + headers(lang)).map(CSV.field).joined(separator: ",") + "\r\n"
        for r in rows {
            out += ([r.duty] + cells(r, lang)).map(CSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A standalone HTML page with the table; every text escaped.
    public func html(_ lang: Language, title: String) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(lang == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(HTML.escape(title))</title>
            <style>body{font-family:"Noto Sans CJK SC",sans-serif}table{border-collapse:collapse}\
            td,th{border:1px solid #999;padding:2px 6px}tr.problem td:first-child{color:#b00;font-weight:bold}\
            td.L{background:#cde}td.A{background:#eee}</style></head><body>
            <h1>\(HTML.escape(title))</h1>

            """
        out += tableHTML(lang)
        out += "</body></html>\n"
        return out
    }

    /// The `<table>` element alone, for embedding in a report.
    public func tableHTML(_ lang: Language) -> String {
        var out = "<table class=\"matrix\"><thead><tr>"
        for h in headers(lang) { out += "<th>\(HTML.escape(h))</th>" }
        out += "</tr></thead><tbody>\n"
        for r in rows {
            out += r.marks.isEmpty ? "<tr>" : "<tr class=\"problem\">"
            let c = cells(r, lang)
            for k in 0..<leadingColumns { out += "<td>\(HTML.escape(c[k]))</td>" }
            for (i, cell) in r.cells.enumerated() {
                let cls = cell == nil ? "" : (cell == .assist ? " class=\"A\"" : " class=\"L\"")
                out += "<td\(cls)>\(HTML.escape(c[i + leadingColumns]))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table>\n"
        return out
    }
}

/// CSV fields for spreadsheets.
public enum CSV {
    /// A quoted field; a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` so Excel shows it as text.
    public static func field(_ s: String) -> String {
        var v = s
        if let f = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { v = "'" + v }
        return "\"" + v.replacingAll("\"", with: "\"\"") + "\""
    }
}

/// Escaping for HTML and XML text and attributes.
public enum HTML {
    /// Text safe in element content and in quoted attributes.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if c.value < 0x20 && c != "\n" && c != "\t" {
                    out += "&#xFFFD;"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        guard let first = target.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == first, self[i...].hasPrefix(target) {
                return i..<index(i, offsetBy: target.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
