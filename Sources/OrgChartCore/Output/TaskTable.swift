/// The task table offices follow up (任务分解表, 督办台账): one row per duty with its leader, lead and assisting
/// units, deadline, reporting, source and status as of a date, grouped by the source's item or by the lead.
public struct TaskTable: Sendable {
    /// How rows are grouped.
    public enum Grouping: String, Sendable, CaseIterable {
        /// By the item of the source the duty comes from (`minutes#一.二` → `minutes#一`).
        case item
        /// By who leads.
        case lead
        /// One list in file order.
        case none
    }

    /// A duty's status on the table's date, as 督办 practice colours it.
    public enum Status: String, Sendable, CaseIterable {
        /// `done: true` (已完成).
        case done
        /// Not done and past its deadline (已逾期).
        case overdue
        /// Not done and due within the warning window (即将到期).
        case dueSoon = "due-soon"
        /// Not done, due later (推进中).
        case inProgress = "in-progress"
        /// Not done, recurring with no deadline (常态推进).
        case ongoing
        /// Not done and no deadline (未设时限).
        case noDeadline = "no-deadline"

        /// The word in the 状态 column.
        public func text(_ lang: Language) -> String {
            switch (self, lang) {
            case (.done, .zh): return "已完成"
            case (.overdue, .zh): return "已逾期"
            case (.dueSoon, .zh): return "即将到期"
            case (.inProgress, .zh): return "推进中"
            case (.ongoing, .zh): return "常态推进"
            case (.noDeadline, .zh): return "未设时限"
            case (.done, .en): return "done"
            case (.overdue, .en): return "overdue"
            case (.dueSoon, .en): return "due soon"
            case (.inProgress, .en): return "in progress"
            case (.ongoing, .en): return "ongoing"
            case (.noDeadline, .en): return "no deadline"
            }
        }

        /// Reads a status cell an office may have edited: `true` for done, `false` for any not-done word, nil
        /// for text that is no status.
        public static func isDone(cell: String) -> Bool? {
            let t = cell.trimmingSpaces.lowercased()
            if ["已完成", "完成", "已办结", "办结", "done", "completed"].contains(t) { return true }
            let notDone = ["", "未完成", "进行中", "正在推进", "未开始", "in progress", "not done", "open", "未到期"]
            if notDone.contains(t) { return false }
            if allCases.contains(where: { $0 != .done && ($0.text(.zh) == t || $0.text(.en) == t) }) { return false }
            return nil
        }
    }

    /// The columns, in order.
    public enum Column: String, Sendable, CaseIterable {
        case number, task, leader, lead, assist, due, reporting, source, status, progress, id

        /// The heading offices use.
        public func title(_ lang: Language) -> String {
            switch (self, lang) {
            case (.number, .zh): return "序号"
            case (.task, .zh): return "工作任务"
            case (.leader, .zh): return "责任领导"
            case (.lead, .zh): return "牵头单位"
            case (.assist, .zh): return "配合单位"
            case (.due, .zh): return "完成时限"
            case (.reporting, .zh): return "报送要求"
            case (.source, .zh): return "来源"
            case (.status, .zh): return "状态"
            case (.progress, .zh): return "完成情况"
            case (.id, .zh): return "编号"
            case (.number, .en): return "No."
            case (.task, .en): return "Task"
            case (.leader, .en): return "Leader"
            case (.lead, .en): return "Lead"
            case (.assist, .en): return "Assisting"
            case (.due, .en): return "Deadline"
            case (.reporting, .en): return "Reporting"
            case (.source, .en): return "Source"
            case (.status, .en): return "Status"
            case (.progress, .en): return "Progress"
            case (.id, .en): return "Id"
            }
        }

        /// The column a heading names, in either language (for reading a table back).
        public static func named(_ heading: String) -> Column? {
            let h = heading.trimmingSpaces
            return allCases.first { $0.title(.zh) == h || $0.title(.en).lowercased() == h.lowercased() }
        }
    }

    /// One duty's row.
    public struct Row: Sendable {
        public var number: Int
        public var duty: Duty
        public var status: Status
        /// The text of each column, in `Column.allCases` order.
        public var cells: [String]
    }

    /// A group of rows under a title (the whole table is one untitled group with `.none`).
    public struct Group: Sendable {
        public var title: String?
        public var rows: [Row]
    }

    public var title: String
    public var asOf: Day
    public var groups: [Group]

    /// Builds the table of a model as of a date; `warningDays` is the window of 即将到期.
    public init(_ model: Model, asOf: Day, warningDays: Int = 7, grouping: Grouping = .item, lang: Language = .zh) {
        let index = ModelIndex(model)
        func name(_ r: Ref) -> String {
            if let p = index.person(r.id) { return model.people[p].displayName }
            return model.name(of: r.id, index: index)
        }
        func isPerson(_ r: Ref) -> Bool { index.person(r.id) != nil }
        let sep = lang == .zh ? "、" : ", "
        title = model.organisation.name.isEmpty ? "" : model.organisation.name
        self.asOf = asOf
        var order: [String] = []
        var byKey: [String: [Row]] = [:]
        var titles: [String: String] = [:]
        for (i, d) in model.duties.enumerated() {
            let status = Self.status(of: d, asOf: asOf, warningDays: warningDays)
            let leaders = Self.leaders(of: d, isPerson: isPerson).map(name)
            let leadUnits = d.lead.filter { !isPerson($0) }.map(name)
            var reporting: [String] = []
            if let c = d.cadence { reporting.append(lang == .zh ? c.zh : c.rawValue) }
            if let r = d.reportTo {
                reporting.append((lang == .zh ? "向" : "to ") + name(r) + (lang == .zh ? "报送" : ""))
            }
            let cells = Column.allCases.map { col -> String in
                switch col {
                case .number: return String(i + 1)
                case .task: return d.name
                case .leader: return leaders.joined(separator: sep)
                case .lead: return leadUnits.joined(separator: sep)
                case .assist: return d.assist.map(name).joined(separator: sep)
                case .due: return d.due?.description ?? ""
                case .reporting: return reporting.joined(separator: lang == .zh ? "," : "; ")
                case .source: return d.source ?? ""
                case .status: return status.text(lang)
                case .progress: return d.progress ?? ""
                case .id: return d.id
                }
            }
            let row = Row(number: i + 1, duty: d, status: status, cells: cells)
            let key: String
            switch grouping {
            case .none:
                key = ""
            case .item:
                key = Self.item(of: d.source)
                titles[key] =
                    key.isEmpty ? (lang == .zh ? "未注明来源" : "No source") : (lang == .zh ? "来源:" : "Source: ") + key
            case .lead:
                key = d.lead.map(\.id).joined(separator: ",")
                titles[key] = key.isEmpty ? (lang == .zh ? "无牵头" : "No lead") : d.lead.map(name).joined(separator: sep)
            }
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(row)
        }
        var groups = order.map { Group(title: grouping == .none ? nil : titles[$0], rows: byKey[$0] ?? []) }
        // Rows are numbered in the order they are printed.
        var n = 0
        for g in groups.indices {
            for r in groups[g].rows.indices {
                n += 1
                groups[g].rows[r].number = n
                groups[g].rows[r].cells[0] = String(n)
            }
        }
        self.groups = groups
    }

    /// Who answers for a duty as its leader (责任领导): its `leader`, or, when it names none, the people among its
    /// leads (older models, and minutes where an official leads the work himself).
    static func leaders(of d: Duty, isPerson: (Ref) -> Bool) -> [Ref] {
        d.leader.isEmpty ? d.lead.filter(isPerson) : d.leader
    }

    /// The status of a duty on `asOf`.
    public static func status(of d: Duty, asOf: Day, warningDays: Int) -> Status {
        if d.done { return .done }
        guard let due = d.due else { return d.cadence == nil ? .noDeadline : .ongoing }
        if due < asOf { return .overdue }
        if due.daysSinceEpoch - asOf.daysSinceEpoch <= warningDays { return .dueSoon }
        return .inProgress
    }

    /// The item part of a source: `minutes#一.二` → `minutes#一`; a source without `#` is its own item.
    static func item(of source: String?) -> String {
        guard let s = source, !s.isEmpty else { return "" }
        guard let hash = s.firstIndex(of: "#") else { return s }
        let rest = s[s.index(after: hash)...]
        let first = rest.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
        return String(s[..<hash]) + "#" + first
    }

    /// Every row, in printed order.
    public var rows: [Row] { groups.flatMap(\.rows) }

    /// The column headings.
    public func headers(_ lang: Language) -> [String] { Column.allCases.map { $0.title(lang) } }

    /// CSV (UTF-8 with a byte-order mark, CRLF, formula-like text neutralised); group titles are rows of their own.
    public func csv(_ lang: Language) -> String {
        var out = "\u{FEFF}" + headers(lang).map(CSV.field).joined(separator: ",") + "\r\n"
        for g in groups {
            if let t = g.title {
                out += CSV.field(t) + String(repeating: ",\"\"", count: Column.allCases.count - 1) + "\r\n"
            }
            for r in g.rows { out += r.cells.map(CSV.field).joined(separator: ",") + "\r\n" }
        }
        return out
    }

    /// A Markdown table, group titles as bold rows.
    public func markdown(_ lang: Language) -> String {
        let h = headers(lang)
        var out = "| " + h.map(Markdown.cell).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: h.count) + "\n"
        for g in groups {
            if let t = g.title {
                out += "| **\(Markdown.cell(t))** |" + String(repeating: " |", count: h.count - 1) + "\n"
            }
            for r in g.rows { out += "| " + r.cells.map(Markdown.cell).joined(separator: " | ") + " |\n" }
        }
        return out
    }
}
