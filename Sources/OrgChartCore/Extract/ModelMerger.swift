/// Adds what an extraction found to a model's text without touching what is there: new entries are appended to
/// the end of the `people:`, `units:` and `duties:` lists (a missing list, or `expect:`, is added at the end of the
/// file), so every byte of the original stays as it was. The result is loaded again before it is returned.
public enum ModelMerger {
    /// The merged text, what was added, and notes on what was left as it was.
    public struct Result: Sendable {
        public var text: String
        public var added: (people: Int, units: Int, duties: Int)
        public var notes: [Message]
    }

    /// Merges an extraction into the text of `model` (loaded from `file`).
    public static func merge(
        _ e: Extraction, into text: String, model: Model, file: String, minutesPath: String, sourceName: String
    ) throws(FileError) -> Result {
        let plan = ExtractionPlan(e, model: model, sourceName: sourceName)
        let writer = ExtractionYAML(minutesPath: minutesPath, sourceName: sourceName, model: model)
        var appender = ModelAppender(text: text, model: model, file: file)
        if !plan.counts.isEmpty, model.marks["expect"] == nil {
            appender.appendAtEnd(["expect:"] + ModelAppender.body(writer.expectBody(plan, indent: "  ")))
        }
        if !plan.people.isEmpty { try appender.add("people") { writer.entries(people: plan, indent: $0) } }
        if !plan.units.isEmpty { try appender.add("units") { writer.entries(units: plan, indent: $0) } }
        if !plan.duties.isEmpty {
            try appender.add("duties") { writer.entries(duties: plan, extraction: e, indent: $0) }
        }
        var notes = plan.notes
        if let a = e.approval {
            if model.organisation.status != nil || model.organisation.pending != nil {
                notes.append(
                    Message(
                        en: "the minutes approve the structure only in principle; the model's organisation.status and "
                            + "pending are kept as they are",
                        zh: "纪要对机构设置仅原则同意;模型已有 organisation.status 或 pending,保持不变"))
            } else if !appender.addKeys("organisation", writer.approvalKeys(a)) {
                notes.append(
                    Message(
                        en:
                            "the minutes approve the structure only in principle (\(a.location.source(sourceName))); "
                            + "`organisation:` is written in flow style, so add `status: \(a.status.rawValue)` by hand",
                        zh: "纪要对机构设置仅原则同意(\(a.location.source(sourceName)));`organisation:` 为流式写法,"
                            + "请手工添加 `status: \(a.status.rawValue)`"))
            }
        }
        let merged = appender.text
        _ = try ModelAppender.load(merged, file, what: Message(en: "the merged model", zh: "合并后的模型"))
        if !plan.counts.isEmpty, model.marks["expect"] != nil {
            let missing = plan.counts.map { "\($0.kind): \($0.count)" }.joined(separator: ", ")
            notes.append(
                Message(
                    en: "the minutes fix counts the model's `expect:` lacks (\(missing)); add them by hand",
                    zh: "纪要规定的数量模型 `expect:` 中没有(\(missing));请手工添加"))
        }
        return Result(
            text: merged, added: (plan.people.count, plan.units.count, plan.duties.count), notes: notes)
    }

    /// The value written on a top-level key's own line (`[]`, `[…]`, or empty for a block), without a comment.
    static func valueAfterKey(_ line: String, key: String) -> String {
        var rest = Substring(line.unicodeScalars.last == "\r" ? String(line.unicodeScalars.dropLast()) : line)
        guard rest.hasPrefix(key) else { return "" }
        rest = rest.dropFirst(key.count).drop { $0 == " " }
        guard rest.first == ":" else { return "" }
        rest = rest.dropFirst()
        var value = ""
        var inQuote: Character?
        for ch in rest {
            if let q = inQuote {
                if ch == q { inQuote = nil }
            } else if ch == "\"" || ch == "'" {
                inQuote = ch
            } else if ch == "#" && (value.isEmpty || value.last == " ") {
                break
            }
            value.append(ch)
        }
        return value.trimmingSpaces
    }
}

/// Appends entries to the block lists of a model's text (`people:`, `posts:`, `units:`, `duties:`) without touching
/// a byte already there: after the list's last entry, into an empty `[]`, or as a new list at the end of the file.
struct ModelAppender {
    let original: String
    let model: Model
    let file: String
    /// Lines split on the byte \n (Swift treats \r\n as one character), each keeping a \r of its own.
    var lines: [String]
    let endsWithNewline: Bool
    let newline: String
    /// Insertions after a line index, lines added at the end, and replacements of a key line's `[]`.
    var after: [Int: [String]] = [:]
    var appended: [String] = []
    var replaced: [Int: String] = [:]

    init(text: String, model: Model, file: String) {
        original = text
        self.model = model
        self.file = file
        lines = Self.lines(text)
        endsWithNewline = text.utf8.last == 0x0A
        newline = lines.dropLast().contains { $0.unicodeScalars.last == "\r" } ? "\r\n" : "\n"
        if endsWithNewline { lines.removeLast() }
    }

    /// The lines of a text split on the byte \n (Swift treats \r\n as one character), each keeping a \r of its
    /// own; joined with "\n" they give the text back.
    static func lines(_ text: String) -> [String] {
        Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// The lines of rendered entries.
    static func body(_ lines: String) -> [String] {
        var out = lines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if out.last == "" { out.removeLast() }
        return out
    }

    /// Adds lines at the end of the file.
    mutating func appendAtEnd(_ more: [String]) { appended += more }

    /// Adds entries (rendered with the list's indent) to the top-level list `key`.
    mutating func add(_ key: String, _ render: (String) -> String) throws(FileError) {
        guard let mark = model.marks[key] else {
            appended += ["\(key):"] + Self.body(render("  "))
            return
        }
        let k = mark.line - 1
        guard k >= 0, k < lines.count else { return }
        let value = ModelMerger.valueAfterKey(lines[k], key: key)
        if value == "[]" || value == "~" || value == "null" {
            let cr = lines[k].unicodeScalars.last == "\r" ? "\r" : ""
            replaced[k] =
                String(lines[k].unicodeScalars.dropLast(cr.isEmpty ? 0 : 1)).replacingFirst(value, with: "")
                .trimmingTrailingSpaces() + cr
            after[k, default: []] += Self.body(render("  "))
            return
        }
        if !value.isEmpty {
            throw FileError(
                Message(
                    en: "\(file):\(mark.line):\(mark.column): cannot add to `\(key):` written in flow style; "
                        + "write it as a block list (one `- id:` entry per line) and merge again",
                    zh: "\(file):\(mark.line):\(mark.column):`\(key):` 使用了流式写法,无法追加;"
                        + "请改为块状列表(每行一个 `- id:` 条目)后再合并"))
        }
        let (last, indent) = blockEnd(k)
        after[last, default: []] += Self.body(render(indent ?? "  "))
    }

    /// Adds keys at the end of the block-style mapping of the top-level key `key`, indented as its first key; false
    /// when the model has no such key or writes its mapping in flow style (`key: {…}`).
    mutating func addKeys(_ key: String, _ keys: [String]) -> Bool {
        guard let mark = model.marks[key], mark.line - 1 < lines.count else { return false }
        let k = mark.line - 1
        guard ModelMerger.valueAfterKey(lines[k], key: key).isEmpty else { return false }
        let (last, _) = blockEnd(k)
        guard last > k else { return false }
        let line =
            lines[(k + 1)...last].first {
                let trimmed = $0.drop { $0 == " " }
                return !trimmed.isEmpty && trimmed != "\r" && !trimmed.hasPrefix("#")
            } ?? lines[last]
        let indent = String(line.prefix { $0 == " " })
        after[last, default: []] += keys.map { indent + $0 }
        return true
    }

    /// The last line with content of the top-level block whose key is on line `k` (the block runs to the next
    /// top-level key), and the indent of its first list item if it is a list.
    func blockEnd(_ k: Int) -> (last: Int, listIndent: String?) {
        var last = k
        var indent: String?
        var j = k + 1
        while j < lines.count {
            let line = lines[j].unicodeScalars.last == "\r" ? String(lines[j].unicodeScalars.dropLast()) : lines[j]
            if let first = line.first, first != " ", first != "#", first != "-", first != "\t" { break }
            let trimmed = line.drop { $0 == " " }
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                last = j
                if indent == nil, trimmed.hasPrefix("- ") || trimmed == "-" {
                    indent = String(line.prefix { $0 == " " })
                }
            }
            j += 1
        }
        return (last, indent)
    }

    /// The model a written text loads to, or the refusal to write it (`what`: the merged model, the adjusted model).
    static func load(_ text: String, _ file: String, what: Message) throws(FileError) -> Model {
        do {
            return try ModelLoader.load(text: text, file: file)
        } catch {
            let first = error.errors.first.map { TextFindingPrinter(lang: .en, colour: false).line($0) } ?? ""
            throw FileError(
                Message(
                    en: "\(what.en) would not load (\(first)); nothing was written",
                    zh: "\(what.zh)无法加载(\(first));未写入任何内容"))
        }
    }

    /// The text with every addition made (the original when nothing was added).
    var text: String {
        if appended.isEmpty && after.isEmpty { return original }
        let cr = newline == "\r\n" ? "\r" : ""
        var out: [String] = []
        for (i, line) in lines.enumerated() {
            out.append(replaced[i] ?? line)
            for extra in after[i] ?? [] { out.append(extra + cr) }
        }
        for extra in appended { out.append(extra + cr) }
        return out.joined(separator: "\n") + newline
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let r = range(ofText: target) else { return self }
        return String(self[..<r.lowerBound]) + replacement + String(self[r.upperBound...])
    }

    func range(ofText target: String) -> Range<String.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<index(i, offsetBy: target.count) }
            i = index(after: i)
        }
        return nil
    }

    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
