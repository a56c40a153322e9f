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
        /// The filled cells only, by column, in column order: a matrix of many duties and many parties is mostly
        /// empty, and is held in memory this way.
        public var entries: [Entry]
        /// The number of columns of the matrix.
        public var width: Int
        public var marks: [Mark]

        /// Every cell of the row, empty ones as nil (built when asked for, one row at a time).
        public var cells: [Role?] {
            var out = [Role?](repeating: nil, count: width)
            for e in entries { out[e.column] = e.role }
            return out
        }
    }

    /// One filled cell of a row.
    public struct Entry: Sendable, Hashable {
        public var column: Int
        public var role: Role
    }

    /// Column ids (people and units that lead or assist something), people first, each in file order.
    public var columns: [String]
    /// Column display names.
    public var columnNames: [String]
    public var rows: [Row]
    /// Whether the table has a 责任领导 column (some duty names a `leader`).
    public var hasLeaders: Bool

    /// The number of cells of the whole table (duties × columns), empty ones included: what a CSV, Markdown or
    /// HTML table of it holds.
    public var cellCount: Int { rows.count.multipliedReportingOverflow(by: columns.count).partialValue }

    /// Builds the matrix of a model, in time and memory linear in the model (its rows hold only filled cells).
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
        var known = Set(cols)
        for d in model.duties {
            for r in d.lead + d.assist where !known.contains(r.id) {
                known.insert(r.id)
                cols.append(r.id)
            }
        }
        var position: [String: Int] = [:]
        for (i, c) in cols.enumerated() { position[c] = i }
        columns = cols
        columnNames = cols.map { id in
            if let p = index.person(id) { return model.people[p].displayName }
            return model.name(of: id, index: index)
        }
        let width = cols.count
        rows = model.duties.map { d in
            // Column → role; duties name a handful of parties, so the dictionary is rarely needed.
            var roles: [Int: Role] = [:]
            for r in d.assist { if let i = position[r.id] { roles[i] = .assist } }
            for r in d.lead {
                guard let i = position[r.id] else { continue }
                roles[i] = roles[i] == .assist || roles[i] == .both ? .both : .lead
            }
            var entries = roles.map { Entry(column: $0.key, role: $0.value) }
            entries.sort { $0.column < $1.column }
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
            return Row(duty: d.id, name: d.name, leaders: leaders, entries: entries, width: width, marks: marks)
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
        var out = ""
        markdown(lang) { out += $0 }
        return out
    }

    /// A Markdown table, handed to `emit` a row at a time.
    public func markdown<E: Error>(_ lang: Language, _ emit: (String) throws(E) -> Void) throws(E) {
        let h = headers(lang)
        try emit("| " + h.map(Markdown.cell).joined(separator: " | ") + " |\n")
        try emit("|" + String(repeating: "---|", count: h.count) + "\n")
        for r in rows {
            let c = cells(r, lang)
            let name = r.marks.isEmpty ? Markdown.cell(c[0]) : "**\(Markdown.cell(c[0]))**"
            try emit("| " + ([name] + c.dropFirst().map(Markdown.cell)).joined(separator: " | ") + " |\n")
        }
    }

    /// CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends, every field quoted, and
    /// text that a spreadsheet would run as a formula neutralised.
    public func csv(_ lang: Language) -> String {
        var out = ""
        csv(lang) { out += $0 }
        return out
    }

    /// The CSV, handed to `emit` a row at a time.
    public func csv<E: Error>(_ lang: Language, _ emit: (String) throws(E) -> Void) throws(E) {
        try emit(
            "\u{FEFF}" + ([lang == .zh ? "职责编号" : "Duty id"] + headers(lang)).map(CSV.field).joined(separator: ",")
                + "\r\n")
        for r in rows {
            try emit(([r.duty] + cells(r, lang)).map(CSV.field).joined(separator: ",") + "\r\n")
        }
    }

    /// A standalone HTML page with the table; every text escaped.
    public func html(_ lang: Language, title: String) -> String {
        var out = ""
        html(lang, title: title) { out += $0 }
        return out
    }

    /// The HTML page, handed to `emit` a row at a time.
    public func html<E: Error>(_ lang: Language, title: String, _ emit: (String) throws(E) -> Void) throws(E) {
        try emit(
            """
            <!DOCTYPE html>
            <html lang="\(lang == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(HTML.escape(title))</title>
            <style>body{font-family:"Noto Sans CJK SC",sans-serif}table{border-collapse:collapse}\
            td,th{border:1px solid #999;padding:2px 6px}tr.problem td:first-child{color:#b00;font-weight:bold}\
            td.L{background:#cde}td.A{background:#eee}</style></head><body>
            <h1>\(HTML.escape(title))</h1>

            """)
        try tableHTML(lang, emit)
        try emit("</body></html>\n")
    }

    /// The `<table>` element alone, for embedding in a report.
    func tableHTML(_ lang: Language) -> String {
        var out = ""
        tableHTML(lang) { out += $0 }
        return out
    }

    /// The `<table>` element, handed to `emit` a row at a time.
    func tableHTML<E: Error>(_ lang: Language, _ emit: (String) throws(E) -> Void) throws(E) {
        var head = "<table class=\"matrix\"><thead><tr>"
        for h in headers(lang) { head += "<th>\(HTML.escape(h))</th>" }
        try emit(head + "</tr></thead><tbody>\n")
        for r in rows {
            var out = r.marks.isEmpty ? "<tr>" : "<tr class=\"problem\">"
            let c = cells(r, lang)
            for k in 0..<leadingColumns { out += "<td>\(HTML.escape(c[k]))</td>" }
            for (i, cell) in r.cells.enumerated() {
                let cls = cell == nil ? "" : (cell == .assist ? " class=\"A\"" : " class=\"L\"")
                out += "<td\(cls)>\(HTML.escape(c[i + leadingColumns]))</td>"
            }
            try emit(out + "</tr>\n")
        }
        try emit("</tbody></table>\n")
    }
}

/// CSV fields for spreadsheets.
enum CSV {
    /// A quoted field. Text a spreadsheet would run as a formula gets a leading `'` so it shows as text: one that
    /// starts with `=`, `+`, `-`, `@`, a tab or a carriage return, also after leading white space or invisible
    /// characters (a space, a no-break space, a line feed: spreadsheets skip them). Control characters other than
    /// tab and line breaks (NUL, backspace, form feed…) become U+FFFD.
    static func field(_ s: String) -> String {
        var v = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if UnsafeCharacters.spreadsheet.contains(u) {
                v.append("\u{FFFD}")
            } else {
                v.append(u)
            }
        }
        if let f = v.first(where: { !$0.properties.isWhitespace && $0.properties.generalCategory != .format }),
            "=+-@".unicodeScalars.contains(f) || "\t\r".unicodeScalars.contains(v.first!)
        {
            v.insert("'", at: v.startIndex)
        }
        return "\"" + String(v).replacingAll("\"", with: "\"\"") + "\""
    }
}

/// Escaping for HTML and XML text and attributes.
public enum HTML {
    /// Text safe in element content and in quoted attributes.
    public static func escape(_ s: String) -> String {
        escape(s, apostrophe: "&#39;", unsafe: .html, replacement: "&#xFFFD;")
    }

    /// Text safe in HTML or XML element content and quoted attributes: `&<>"` as entities, `'` as `apostrophe`,
    /// the `unsafe` characters as `replacement`.
    public static func escape(_ s: String, apostrophe: String, unsafe: UnsafeCharacters, replacement: String)
        -> String
    {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            default:
                if unsafe.contains(c) {
                    out += replacement
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
    func replacingAll(_ target: String, with replacement: String) -> String {
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
