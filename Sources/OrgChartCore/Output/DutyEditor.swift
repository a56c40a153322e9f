/// Changes a duty's `due`, `done` or `progress` in the model's own text, at the lines where they stand, so that
/// every comment, blank line and the order of the file stay as they were.
public struct DutyEditor: Sendable {
    /// A field the editor changes.
    public enum Field: String, Sendable, CaseIterable {
        case due, done, progress
    }

    /// One change: a field of a duty set to a new value (nil removes the key).
    public struct Change: Sendable, Equatable {
        public var duty: String
        public var field: Field
        public var old: String?
        public var new: String?
        /// Where the change comes from (a table's row number), for the report.
        public var row: Int

        public init(duty: String, field: Field, old: String?, new: String?, row: Int) {
            self.duty = duty
            self.field = field
            self.old = old
            self.new = new
            self.row = row
        }
    }

    /// An edit that cannot be made in place.
    public struct EditError: Error, Sendable {
        public var message: Message
    }

    public init() {}

    /// The text with the changes made. Duties come from the model loaded from `text`.
    public func apply(_ changes: [Change], to text: String, model: Model) throws(EditError) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = ModelIndex(model)
        // Operations on line ranges, applied from the bottom up so earlier line numbers stay right.
        var operations: [(start: Int, end: Int, lines: [String])] = []
        var byDuty: [String: [Change]] = [:]
        var order: [String] = []
        for c in changes {
            if byDuty[c.duty] == nil { order.append(c.duty) }
            byDuty[c.duty, default: []].append(c)
        }
        for id in order {
            guard let i = index.duty(id) else {
                throw EditError(message: Message(en: "no duty \(id) in the model", zh: "模型中没有职责 \(id)"))
            }
            let duty = model.duties[i]
            guard let idMark = duty.keyMarks["id"] else { continue }
            let indent = idMark.column - 1
            try checkBlockStyle(lines, idMark, id)
            var insertions: [String] = []
            for c in (byDuty[id] ?? []).sorted(by: { $0.field.order < $1.field.order }) {
                let key = c.field.rawValue
                let newLine = c.new.map { String(repeating: " ", count: indent) + key + ": " + $0 }
                if let mark = duty.keyMarks[key] {
                    try checkBlockStyle(lines, mark, id)
                    let end = valueEnd(lines, from: mark.line - 1, indent: mark.column - 1)
                    var replacement: [String] = []
                    if var l = newLine {
                        if mark.line - 1 == end, let comment = trailingComment(lines[end], after: mark.column - 1) {
                            l += comment
                        }
                        replacement = [l]
                    }
                    operations.append((mark.line - 1, end, replacement))
                } else if let l = newLine {
                    insertions.append(l)
                }
            }
            if !insertions.isEmpty {
                // After the last line of the entry: the end of the value of its last key.
                let last = duty.keyMarks.keys.compactMap { duty.keyMarks[$0] }.max { $0.line < $1.line } ?? idMark
                let end = valueEnd(lines, from: last.line - 1, indent: last.column - 1)
                operations.append((end + 1, end, insertions))
            }
        }
        for op in operations.sorted(by: { $0.start > $1.start }) {
            lines.replaceSubrange(op.start..<(op.end + 1), with: op.lines)
        }
        return lines.joined(separator: "\n")
    }

    /// Refuses a duty written in flow style (`- {id: x, due: …}`), which cannot be edited line by line.
    func checkBlockStyle(_ lines: [String], _ mark: SourceMark, _ id: String) throws(EditError) {
        guard mark.line >= 1, mark.line <= lines.count else {
            throw EditError(message: Message(en: "duty \(id): its lines are not in the text", zh: "职责 \(id):找不到其所在行"))
        }
        let before = lines[mark.line - 1].unicodeScalars.prefix(mark.column - 1)
        if before.contains(where: { $0 != " " && $0 != "-" }) {
            throw EditError(
                message: Message(
                    en: "duty \(id) at line \(mark.line) is written in flow style ({…}); write it as a block mapping "
                        + "to have it updated",
                    zh: "第 \(mark.line) 行的职责 \(id) 采用流式写法({…}),无法逐行更新;请改为块状写法"))
        }
    }

    /// The last line of the value of the key on line `start` (0-based): the lines after it indented deeper than
    /// the key, trailing blank lines not counted.
    func valueEnd(_ lines: [String], from start: Int, indent: Int) -> Int {
        var end = start
        var i = start + 1
        while i < lines.count {
            let l = lines[i]
            let spaces = l.prefix { $0 == " " }.count
            if l.allSatisfy({ $0 == " " }) {
                i += 1
                continue
            }
            if spaces <= indent { break }
            end = i
            i += 1
        }
        return end
    }

    /// The `# comment` after a plain or quoted one-line value, with the spaces before it, if any.
    func trailingComment(_ line: String, after column: Int) -> String? {
        let rest = Array(line.dropFirst(column))
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        var i = colon + 1
        while i < rest.count, rest[i] == " " { i += 1 }
        if i < rest.count, rest[i] == "\"" || rest[i] == "'" {
            let q = rest[i]
            i += 1
            while i < rest.count {
                if rest[i] == "\\" && q == "\"" {
                    i += 2
                    continue
                }
                if rest[i] == q { break }
                i += 1
            }
        }
        while i < rest.count {
            if rest[i] == "#", i > 0, rest[i - 1] == " " {
                var j = i
                while j > 0, rest[j - 1] == " " { j -= 1 }
                return String(rest[j...])
            }
            i += 1
        }
        return nil
    }
}

extension DutyEditor.Field {
    var order: Int { DutyEditor.Field.allCases.firstIndex(of: self) ?? 0 }
}
