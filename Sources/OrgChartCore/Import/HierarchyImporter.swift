/// One tabular file to import: where it is and which columns mean what.
public struct ImportSpec: Sendable, Hashable {
    public var path: String
    /// The column (CSV) or field (JSON) holding the parent's id; nil when the file has no parents.
    public var parentColumn: String?
    /// The id column; nil picks `id`, else `code`.
    public var idColumn: String?
    /// The name column; nil picks `name`.
    public var nameColumn: String?
    /// The kind of the imported units; nil means `department`.
    public var kind: String?

    public init(
        path: String, parentColumn: String? = nil, idColumn: String? = nil, nameColumn: String? = nil,
        kind: String? = nil
    ) {
        self.path = path
        self.parentColumn = parentColumn
        self.idColumn = idColumn
        self.nameColumn = nameColumn
        self.kind = kind
    }

    /// Parses `FILE[:key=value,…]` with keys `parent`, `id`, `name`, `kind`, e.g.
    /// `streets.csv:parent=areaCode,kind=township`.
    public init(argument: String) throws(FileError) {
        guard let colon = argument.lastIndex(of: ":"), argument[argument.index(after: colon)...].contains("=") else {
            self.init(path: argument)
            return
        }
        self.init(path: String(argument[..<colon]))
        for part in argument[argument.index(after: colon)...].split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else {
                throw FileError(Message(en: "expected key=value in `\(part)`", zh: "`\(part)` 应写作 key=value"))
            }
            switch kv[0] {
            case "parent": parentColumn = kv[1]
            case "id": idColumn = kv[1]
            case "name": nameColumn = kv[1]
            case "kind": kind = kv[1]
            default:
                throw FileError(
                    Message(
                        en: "unknown option `\(kv[0])` for \(path); use parent=, id=, name= or kind=",
                        zh: "\(path) 的选项 `\(kv[0])` 未知;可用 parent=、id=、name=、kind="))
            }
        }
    }
}

/// What an import produced: the model, and notes about rows it had to skip or fix.
public struct ImportResult: Sendable {
    public var model: Model
    public var warnings: [Finding]
    /// The encoding each file was read in, by path.
    public var encodings: [String: TextEncoding]
}

/// Builds a model from tabular hierarchies: CSV files with an id, a name and a parent column, and JSON arrays of
/// records with id, name and parent fields. Several files at once, each with its own parent column.
public enum HierarchyImporter {
    /// Imports files into one model, refusing a file over `maxBytes`. Errors that make a file unreadable are thrown
    /// with file:line:column.
    public static func run(
        _ specs: [ImportSpec], name: String?, encoding: TextEncoding = .auto,
        maxBytes: Int = YAMLLimits.default.maxBytes
    ) throws(LoadFailure) -> ImportResult {
        var units: [Unit] = []
        var seen: [String: (String, Int)] = [:]
        var warnings: [Finding] = []
        var encodings: [String: TextEncoding] = [:]
        var kinds: [String] = []
        var pendingParents: [(Int, String, String, Int)] = []  // unit, parent id, file, line

        var read: [(fileNumber: Int, spec: ImportSpec, records: [Record])] = []
        for (fileNumber, spec) in specs.enumerated() {
            let bytes = try ModelLoader.read(spec.path, limit: maxBytes)
            let text: String
            do {
                // The same decoding as minutes: UTF-8 with or without a byte-order mark, UTF-16 with one, GB18030.
                let decoded = try TextFileDecoder.decode(bytes, encoding: encoding, file: spec.path)
                text = decoded.text
                encodings[spec.path] = decoded.encoding
            } catch {
                throw LoadFailure([
                    Finding(
                        .encoding, message: error.message, file: spec.path, mark: error.mark)
                ])
            }
            read.append((fileNumber, spec, try records(text, spec)))
        }
        // Ids as written that are already valid keep themselves; the others are rewritten (`a b` → `a-b`), with a
        // suffix when the rewrite would take an id another row has (`a-b-2`), so two different ids never become one.
        var taken = Set<String>()
        for file in read {
            for r in file.records {
                let raw = r.id.trimmingSpaces
                if !raw.isEmpty, sanitise(raw) == raw { taken.insert(raw) }
            }
        }
        var rewritten: [String: String] = [:]
        var nextSuffix: [String: Int] = [:]
        func modelID(_ written: String) -> String {
            let raw = written.trimmingSpaces
            let clean = sanitise(raw)
            if clean == raw { return raw }
            if let known = rewritten[raw] { return known }
            var id = clean
            var n = nextSuffix[clean] ?? 2
            while taken.contains(id) {
                id = "\(clean)-\(n)"
                n += 1
            }
            nextSuffix[clean] = n
            taken.insert(id)
            rewritten[raw] = id
            return id
        }
        for (fileNumber, spec, records) in read {
            let kind = spec.kind ?? BuiltInKinds.department.id
            if !kinds.contains(kind) { kinds.append(kind) }
            for r in records {
                let id = modelID(r.id)
                guard !id.isEmpty else {
                    warnings.append(warning(spec.path, r.line, "a row with an empty id was skipped", "跳过了一行 id 为空的记录"))
                    continue
                }
                if let (file, line) = seen[id] {
                    warnings.append(
                        warning(
                            spec.path, r.line,
                            "id `\(r.id.trimmingSpaces)` was already imported from \(file):\(line); this row was skipped",
                            "id `\(r.id.trimmingSpaces)` 已从 \(file):\(line) 导入;本行已跳过"))
                    continue
                }
                if id != r.id.trimmingSpaces {
                    warnings.append(
                        warning(
                            spec.path, r.line,
                            "id `\(r.id.trimmingSpaces)` is written `\(id)` in the model (ids are letters, digits, `-`, `_` "
                                + "and `.`)",
                            "id `\(r.id.trimmingSpaces)` 在模型中写作 `\(id)`(id 只能含字母、数字、`-`、`_` 和 `.`)"))
                }
                seen[id] = (spec.path, r.line)
                var u = Unit(
                    id: id, name: r.name.isEmpty ? id : r.name, kind: kind,
                    mark: SourceMark(line: r.line, column: 1))
                u.source = "file\(fileNumber + 1)#\(r.line)"
                units.append(u)
                if let p = r.parent, !p.isEmpty {
                    pendingParents.append((units.count - 1, modelID(p), spec.path, r.line))
                }
            }
        }
        for (i, p, file, line) in pendingParents {
            if seen[p] == nil {
                warnings.append(
                    warning(
                        file, line, "parent `\(p)` of `\(units[i].id)` is not in the imported files; kept as written",
                        "`\(units[i].id)` 的上级 `\(p)` 不在导入的文件中;按原样保留"))
            }
            units[i].parent = Ref(p)
        }
        let custom = kinds.filter { BuiltInKinds.named($0) == nil }.map { KindDefinition(id: $0, zh: $0, en: $0) }
        let model = Model(
            file: "<import>",
            organisation: Organisation(
                name: name ?? specs.first.map { FileIO.basename(of: $0.path) } ?? "import",
                sources: specs.enumerated().map { NamedSource(key: "file\($0.offset + 1)", path: $0.element.path) }),
            customKinds: custom, units: units)
        return ImportResult(model: model, warnings: warnings, encodings: encodings)
    }

    struct Record {
        var id: String
        var name: String
        var parent: String?
        var line: Int
    }

    static func warning(_ file: String, _ line: Int, _ en: String, _ zh: String) -> Finding {
        Finding(
            .import, severity: .warning, message: Message(en: en, zh: zh), file: file,
            mark: SourceMark(line: line, column: 1))
    }

    /// Ids made valid for the model format: whitespace, control characters and other symbols become `-`.
    static func sanitise(_ raw: String) -> String {
        let trimmed = raw.trimmingSpaces
        var out = String.UnicodeScalarView()
        for s in trimmed.unicodeScalars {
            let ok = s.properties.isAlphabetic || s.properties.numericType != nil || s == "-" || s == "_" || s == "."
            out.append(ok ? s : "-")
        }
        return String(out)
    }

    static func records(_ text: String, _ spec: ImportSpec) throws(LoadFailure) -> [Record] {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        if spec.path.lowercased().hasSuffix(".json") || trimmed.first == "[" {
            return try jsonRecords(text, spec)
        }
        return try csvRecords(text, spec)
    }

    static func fail(_ spec: ImportSpec, _ line: Int, _ column: Int, _ en: String, _ zh: String) -> LoadFailure {
        LoadFailure([
            Finding(
                .import, message: Message(en: en, zh: zh), file: spec.path,
                mark: SourceMark(line: line, column: column))
        ])
    }

    static func csvRecords(_ text: String, _ spec: ImportSpec) throws(LoadFailure) -> [Record] {
        let rows: [(line: Int, fields: [String])]
        do {
            rows = try CSVReader.rows(text)
        } catch {
            throw fail(spec, error.line, error.column, error.message.en, error.message.zh)
        }
        guard let header = rows.first else { return [] }
        let names = header.fields.map { $0.trimmingSpaces }
        func column(_ wanted: String?, _ defaults: [String], _ what: String) throws(LoadFailure) -> Int? {
            let candidates = wanted.map { [$0] } ?? defaults
            for c in candidates { if let i = names.firstIndex(of: c) { return i } }
            if wanted == nil && defaults.isEmpty { return nil }
            let hint = Suggest.hint(for: candidates[0], in: names)
            throw fail(
                spec, header.line, 1,
                "no \(what) column `\(candidates.joined(separator: "` or `"))` in the header (\(names.joined(separator: ", ")))"
                    + hint.en,
                "表头中没有\(what)列 `\(candidates.joined(separator: "` 或 `"))`(表头:\(names.joined(separator: "、")))"
                    + hint.zh)
        }
        let idCol = try column(spec.idColumn, ["id", "code"], "id")!
        let nameCol = try column(spec.nameColumn, ["name"], "name")!
        let parentCol = try column(spec.parentColumn, [], "parent")
        var out: [Record] = []
        out.reserveCapacity(rows.count)
        for row in rows.dropFirst() {
            let f = row.fields
            func at(_ i: Int) -> String { i < f.count ? f[i] : "" }
            out.append(Record(id: at(idCol), name: at(nameCol), parent: parentCol.map(at), line: row.line))
        }
        return out
    }

    static func jsonRecords(_ text: String, _ spec: ImportSpec) throws(LoadFailure) -> [Record] {
        let value: JSON
        do {
            value = try JSONReader.parse(text)
        } catch {
            throw fail(spec, error.line, error.column, error.message, "JSON 格式错误:\(error.message)")
        }
        guard case .array(let items) = value else {
            throw fail(spec, 1, 1, "expected a JSON array of records", "应为由记录组成的 JSON 数组")
        }
        let idKey = spec.idColumn ?? "id"
        let nameKey = spec.nameColumn ?? "name"
        var out: [Record] = []
        for (n, item) in items.enumerated() {
            guard case .object = item else {
                throw fail(spec, 1, 1, "record \(n + 1) is not an object", "第 \(n + 1) 条记录不是对象")
            }
            let parentKey = spec.parentColumn ?? (item["parent_id"] != nil ? "parent_id" : "parent")
            // JSON records have no line of their own here; the record number stands in for it.
            out.append(
                Record(
                    id: item[idKey]?.text ?? "", name: item[nameKey]?.text ?? "", parent: item[parentKey]?.text,
                    line: n + 1))
        }
        return out
    }
}
