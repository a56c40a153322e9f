import OrgChartYAML

/// Turns YAML events into a `Model`, pulling them one by one (no tree is built), and collecting every independent
/// error instead of stopping at the first. A YAML syntax error stops the decoding: it is thrown.
struct ModelDecoder {
    let file: String
    let reader: YAMLEventReader
    var errors: [Finding] = []
    /// The index built while looking for duplicate ids.
    var index: ModelIndex?
    /// Decoding one piece of a file split for parallel loading: the whole-file rules are left to the caller.
    var isPiece = false
    /// The top-level keys in the order read (their marks are in the model's `marks`).
    var topKeys: [String] = []
    /// The first and the last top-level list read: the column of its first item's dash, the line of its start
    /// and where it ended.
    var firstList: ListSpan?
    var lastList: ListSpan?

    struct ListSpan {
        var key: String
        var start: SourceMark
        var end: SourceMark
    }

    init(file: String, reader: YAMLEventReader) {
        self.file = file
        self.reader = reader
    }

    static let topKeys = ["format", "organisation", "expect", "kinds", "checks", "people", "units", "duties", "posts"]
    static let organisationKeys = ["name", "as_of", "sources", "note", "status", "pending"]
    static let sourceKeys = ["path", "title", "number", "issuer", "date", "url"]
    static let expectKeys = ["count", "max_lead_roles"]
    static let kindKeys = [
        "id", "zh", "en", "needs_chief", "needs_office", "head", "deputy", "head_en", "deputy_en", "role",
    ]
    static let checkKeys = ["severity", "max"]
    /// The keys of each entity, in the order of their lists below (a key's position is its number).
    enum PersonKey: Int, CaseIterable { case id, name, title, status, aliases, source, note, ignore }
    enum UnitKey: Int, CaseIterable {
        case id, name, kind, parent, chief, deputies, office, members, liaises, replaces, aliases, status, source, note
        case ignore, host, membersOpen, rules, scope
    }
    enum DutyKey: Int, CaseIterable {
        case id, name, lead, assist, due, cadence, reportTo, done, progress, source, note, ignore, leader, joint
    }
    enum PostKey: Int, CaseIterable { case id, title, unit, holder, portfolio, status, source, note, ignore }
    static let personKeys = ["id", "name", "title", "status", "aliases", "source", "note", "ignore"]
    static let unitKeys = [
        "id", "name", "kind", "parent", "chief", "deputies", "office", "members", "liaises", "replaces", "aliases",
        "status", "source", "note", "ignore", "host", "members_open", "rules", "scope",
    ]
    static let dutyKeys = [
        "id", "name", "lead", "assist", "due", "cadence", "report_to", "done", "progress", "source", "note", "ignore",
        "leader", "joint",
    ]
    static let postKeys = ["id", "title", "unit", "holder", "portfolio", "status", "source", "note", "ignore"]
    /// Each key's number in `KeyMarks`.
    static let personKeyCodes = personKeys.map { KeyMarks.code($0)! }
    static let unitKeyCodes = unitKeys.map { KeyMarks.code($0)! }
    static let dutyKeyCodes = dutyKeys.map { KeyMarks.code($0)! }
    static let postKeyCodes = postKeys.map { KeyMarks.code($0)! }
    static let ignoreKeys = ["check", "reason"]
    /// Formats this version reads.
    static let formats = ["orgchart/1"]

    // MARK: - Errors

    mutating func error(_ code: ErrorCode, _ en: String, _ zh: String, at mark: SourceMark?, subject: String? = nil) {
        errors.append(
            Finding(
                code, severity: .error, message: Message(en: en, zh: zh), subject: subject, file: file,
                mark: mark))
    }

    /// Reports a value of the wrong type and consumes the rest of it.
    mutating func wrongType(_ key: String, expected en: String, _ zh: String, got e: YAMLEvent) throws(YAMLError) {
        error(
            .wrongType, "`\(key)` must be \(en), not \(e.kindName)", "`\(key)` 应为\(zh),而不是\(e.kindNameZh)",
            at: e.mark)
        try reader.skip(e)
    }

    /// Reports an item of the list under `key` that has the wrong type, and consumes the rest of it.
    mutating func wrongItemType(_ key: String, expected en: String, _ zh: String, got e: YAMLEvent) throws(YAMLError) {
        error(
            .wrongType, "an item of `\(key)` must be \(en), not \(e.kindName)",
            "`\(key)` 的条目应为\(zh),而不是\(e.kindNameZh)", at: e.mark)
        try reader.skip(e)
    }

    // MARK: - Mappings and lists

    /// The first line of up to 16 keys, kept on the stack so that reading an entity allocates nothing for it.
    struct FirstMarks {
        var lines:
            (
                Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32,
                Int32
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

        subscript(i: Int) -> Int32 {
            get { withUnsafeBytes(of: lines) { $0.load(fromByteOffset: i * 4, as: Int32.self) } }
            set {
                withUnsafeMutableBytes(of: &lines) { $0.storeBytes(of: newValue, toByteOffset: i * 4, as: Int32.self) }
            }
        }
    }

    /// Where a key sits, in Chinese: "the model" is the top of the file, "unit" a unit…; YAML paths stay as written.
    static func zh(_ context: String) -> String {
        switch context {
        case "the model": return "模型顶层"
        case "a kind": return "类别定义"
        case "unit": return "单位"
        case "person": return "人员"
        case "duty": return "职责"
        default: return "`\(context)` "
        }
    }

    /// Calls `body` for each pair of the mapping that `start` opened, with its key, the value's first event and the
    /// key's mark; reports non-scalar, duplicate and unknown keys (`allowed` nil accepts any key). `body` must
    /// consume the value.
    mutating func eachField(
        _ start: YAMLEvent, allowed: [String]?, context: String,
        _ body: (inout ModelDecoder, String, YAMLEvent, SourceMark) throws(YAMLError) -> Void
    ) throws(YAMLError) {
        try eachSlot(start, allowed: allowed, context: context) { d, _, k, v, m throws(YAMLError) in
            try body(&d, k, v, m)
        }
    }

    /// The same, also giving each key's position in `allowed` (-1 when it is not there or there is no list), so
    /// that an entity's fields are told apart without comparing the key again.
    mutating func eachSlot(
        _ start: YAMLEvent, allowed: [String]?, context: String,
        _ body: (inout ModelDecoder, Int, String, YAMLEvent, SourceMark) throws(YAMLError) -> Void
    ) throws(YAMLError) {
        var seenBits: UInt32 = 0
        var first = FirstMarks()
        var seenOther: [String: SourceMark] = [:]
        while true {
            let k = try reader.next()
            if k.kind == .collectionEnd || k.kind == .documentEnd { return }
            guard k.kind == .scalar else {
                error(
                    .wrongType, "a key in \(context) must be a plain name, not \(k.kindName)",
                    "\(Self.zh(context))中的键应为名称,而不是\(k.kindNameZh)", at: k.mark)
                try reader.skip(k)
                try reader.skip(try reader.next())
                continue
            }
            let key = k.scalar
            let v = try reader.next()
            let slot = allowed.flatMap { Self.position(of: key, in: $0) }
            // The first 16 keys of a list are tracked on the stack; others (and keys of open mappings) in a table.
            let tracked = slot.flatMap { $0 < 16 ? $0 : nil }
            var firstLine: Int?
            if let tracked {
                if seenBits & (1 << UInt32(tracked)) != 0 { firstLine = Int(first[tracked]) }
            } else if let m = seenOther[key] {
                firstLine = m.line
            }
            if let firstLine {
                error(
                    .duplicateKey, "duplicate key `\(key)` in \(context) (first at line \(firstLine))",
                    "\(Self.zh(context))中的键 `\(key)` 重复(首次出现在第 \(firstLine) 行)", at: k.mark)
                try reader.skip(v)
                continue
            }
            if let tracked {
                seenBits |= 1 << UInt32(tracked)
                first[tracked] = Int32(truncatingIfNeeded: k.mark.line)
            } else {
                seenOther[key] = k.mark
            }
            if let allowed, slot == nil, !allowed.contains(key) {
                if key == "<<" && !k.quoted {
                    error(
                        .unknownKey, "YAML merge keys (`<<`) are not supported in a model: write the keys out",
                        "模型不支持 YAML 合并键(`<<`):请直接写出各个键", at: k.mark)
                    try reader.skip(v)
                    continue
                }
                let hint = Suggest.hint(for: key, in: allowed)
                // `{id: a, name: 东川区, 乡村振兴局}`: an ASCII comma ended the name, and the rest became a key.
                let comma =
                    hint.en.isEmpty && v.kind == .scalar && v.isNull && !k.quoted
                    && key.unicodeScalars.contains { $0.value >= 0x2E80 }
                let commaEN =
                    comma
                    ? "; an ASCII comma (,) in a {…} mapping ends the value before it: if `\(key)` is part of a name, "
                        + "quote the whole name (name: \"…, \(key)\") or use a Chinese comma (,)" : ""
                let commaZH =
                    comma
                    ? ";在 {…} 映射中,英文逗号(,)会结束前面的值:如果 `\(key)` 是名称的一部分,请给整个名称加引号"
                        + "(name: \"…, \(key)\")或改用中文逗号(,)" : ""
                error(
                    .unknownKey,
                    "unknown key `\(key)` in \(context)" + hint.en + commaEN,
                    "\(Self.zh(context))中有未知的键 `\(key)`" + hint.zh + commaZH,
                    at: k.mark)
                try reader.skip(v)
                continue
            }
            try body(&self, slot ?? -1, key, v, k.mark)
        }
    }

    /// The position of `key` in `keys`, comparing the length and the first byte before the whole key.
    @inline(__always)
    static func position(of key: String, in keys: [String]) -> Int? {
        let n = key.utf8.count
        let b = key.utf8.first
        for i in keys.indices where keys[i].utf8.count == n && keys[i].utf8.first == b && keys[i] == key { return i }
        return nil
    }

    /// Calls `body` for each item of the sequence that `start` opened; `body` must consume the item. Returns the
    /// event that ended the sequence.
    @discardableResult
    mutating func eachItem(_ body: (inout ModelDecoder, YAMLEvent) throws(YAMLError) -> Void) throws(YAMLError)
        -> YAMLEvent
    {
        while true {
            let e = try reader.next()
            if e.kind == .collectionEnd || e.kind == .documentEnd { return e }
            try body(&self, e)
        }
    }

    // MARK: - Scalars

    mutating func string(_ e: YAMLEvent, key: String) throws(YAMLError) -> String? {
        guard e.kind == .scalar, !e.isNull else {
            try wrongType(key, expected: "text", "文本", got: e)
            return nil
        }
        return e.scalar
    }

    mutating func optionalString(_ e: YAMLEvent, key: String) throws(YAMLError) -> String? {
        if e.isNull { return nil }
        return try string(e, key: key)
    }

    mutating func int(_ e: YAMLEvent, key: String) throws(YAMLError) -> Int? {
        guard e.kind == .scalar, let n = Int(e.scalar), n >= 0 else {
            if e.kind == .scalar {
                error(
                    .invalidValue, "`\(key)` must be a whole number ≥ 0, not `\(e.scalar)`",
                    "`\(key)` 应为非负整数,而不是 `\(e.scalar)`", at: e.mark)
            } else {
                try wrongType(key, expected: "a whole number", "整数", got: e)
            }
            return nil
        }
        return n
    }

    mutating func bool(_ e: YAMLEvent, key: String) throws(YAMLError) -> Bool? {
        if e.kind == .scalar {
            switch e.scalar {
            case "true", "True", "TRUE", "yes", "Yes": return true
            case "false", "False", "FALSE", "no", "No": return false
            default: break
            }
            error(
                .invalidValue, "`\(key)` must be true or false, not `\(e.scalar)`",
                "`\(key)` 应为 true 或 false,而不是 `\(e.scalar)`", at: e.mark)
            return nil
        }
        try wrongType(key, expected: "true or false", "true 或 false", got: e)
        return nil
    }

    mutating func day(_ e: YAMLEvent, key: String) throws(YAMLError) -> Day? {
        guard e.kind == .scalar, !e.isNull else {
            try wrongType(key, expected: "a date written YYYY-MM-DD", "YYYY-MM-DD 格式的日期", got: e)
            return nil
        }
        let s = e.scalar
        guard let d = Day(s) else {
            error(
                .invalidValue, "`\(key)` must be a date written YYYY-MM-DD, not `\(s)`",
                "`\(key)` 应为 YYYY-MM-DD 格式的日期,而不是 `\(s)`", at: e.mark)
            return nil
        }
        return d
    }

    mutating func stringList(_ e: YAMLEvent, key: String) throws(YAMLError) -> [String] {
        if e.isNull { return [] }
        guard e.kind == .sequenceStart else {
            try wrongType(key, expected: "a list of text", "文本列表", got: e)
            return []
        }
        var out: [String] = []
        try eachItem { d, item throws(YAMLError) in
            guard item.kind == .scalar, !item.isNull else {
                try d.wrongItemType(key, expected: "text", "文本", got: item)
                return
            }
            out.append(item.scalar)
        }
        return out
    }

    // MARK: - Ids and references

    static func idProblem(_ id: String) -> (String, String)? {
        if id.isEmpty { return ("an id cannot be empty", "id 不能为空") }
        // Fast path: ASCII letters, digits, `-`, `_`, `.` (nearly every id).
        var ascii = true
        for b in id.utf8 {
            let ok =
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
                || b == 0x5F || b == 0x2E
            if !ok {
                ascii = false
                break
            }
        }
        if ascii { return nil }
        for s in id.unicodeScalars {
            if s == " " {
                return (
                    "id `\(id)` contains a space; use letters, digits, `-`, `_` or `.`",
                    "id `\(id)` 含有空格;请只用字母、数字、`-`、`_` 或 `.`"
                )
            }
            // The id is not quoted back: it would carry the invisible character into the message.
            if s.properties.isWhitespace {
                return (
                    "id contains white space (\(codePoint(s))); use letters, digits, `-`, `_` or `.`",
                    "id 含有空白字符(\(codePoint(s)));请只用字母、数字、`-`、`_` 或 `.`"
                )
            }
            if s.properties.generalCategory == .control || s.properties.generalCategory == .format {
                return (
                    "id contains an invisible or control character (\(codePoint(s)))",
                    "id 含有不可见字符或控制字符(\(codePoint(s)))"
                )
            }
            if !(s.properties.isAlphabetic || s.properties.numericType != nil || s == "-" || s == "_" || s == "."
                || s.properties.generalCategory == .nonspacingMark)
            {
                return (
                    "id `\(id)` contains `\(s)`; use letters, digits, `-`, `_` or `.`",
                    "id `\(id)` 含有 `\(s)`;请只用字母、数字、`-`、`_` 或 `.`"
                )
            }
        }
        return nil
    }

    /// `U+0007`: a code point as Unicode writes it.
    static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    mutating func id(_ e: YAMLEvent, key: String, item: Bool = false) throws(YAMLError) -> String? {
        guard e.kind == .scalar, !e.isNull else {
            if item {
                try wrongItemType(key, expected: "an id", "id", got: e)
            } else {
                try wrongType(key, expected: "an id", "id", got: e)
            }
            return nil
        }
        let s = e.scalar
        if let (en, zh) = Self.idProblem(s) {
            error(.invalidID, en, zh, at: e.mark)
            return nil
        }
        return s
    }

    mutating func ref(_ e: YAMLEvent, key: String, item: Bool = false) throws(YAMLError) -> Ref? {
        if e.isNull { return nil }
        guard let s = try id(e, key: key, item: item) else { return nil }
        return Ref(s, at: e.mark)
    }

    /// A list of references; `single` also accepts one id written alone.
    mutating func refs(_ e: YAMLEvent, key: String, single: Bool = false) throws(YAMLError) -> [Ref] {
        if e.isNull { return [] }
        if e.kind == .scalar && single { return try ref(e, key: key).map { [$0] } ?? [] }
        guard e.kind == .sequenceStart else {
            try wrongType(key, expected: "a list of ids", "id 列表", got: e)
            return []
        }
        var out: [Ref] = []
        try eachItem { d, item throws(YAMLError) in if let r = try d.ref(item, key: key, item: true) { out.append(r) } }
        return out
    }

    mutating func status(_ e: YAMLEvent) throws(YAMLError) -> Status {
        try choice(e, key: "status", [.active, .placeholder])
    }

    mutating func scope(_ e: YAMLEvent) throws(YAMLError) -> Scope { try choice(e, key: "scope", [.own, .context]) }

    /// One of a few words (`status`, `scope`); anything else is an `invalid-value` error and the first word.
    mutating func choice<T: RawRepresentable<String>>(_ e: YAMLEvent, key: String, _ values: [T]) throws(YAMLError)
        -> T
    {
        guard let s = try string(e, key: key) else { return values[0] }
        guard let v = T(rawValue: s) else {
            let words = values.map { "`\($0.rawValue)`" }
            error(
                .invalidValue,
                "`\(key)` must be \(words.dropLast().joined(separator: ", ")) or \(words.last!), not `\(s)`",
                "`\(key)` 应为 \(words.dropLast().joined(separator: "、")) 或 \(words.last!),而不是 `\(s)`", at: e.mark)
            return values[0]
        }
        return v
    }

    mutating func ignores(_ e: YAMLEvent) throws(YAMLError) -> [Suppression] {
        if e.isNull { return [] }
        guard e.kind == .sequenceStart else {
            try wrongType("ignore", expected: "a list of {check, reason}", "{check, reason} 列表", got: e)
            return []
        }
        var out: [Suppression] = []
        try eachItem { d, item throws(YAMLError) in
            if item.kind == .scalar, !item.isNull {
                out.append(Suppression(check: item.scalar, reason: nil, mark: item.mark))
                return
            }
            guard item.kind == .mappingStart else {
                try d.wrongItemType(
                    "ignore", expected: "a check id or {check, reason}", "检查项或 {check, reason}", got: item)
                return
            }
            var check: String?
            var sawCheck = false
            var reason: String?
            try d.eachField(item, allowed: Self.ignoreKeys, context: "ignore") { d, k, v, _ throws(YAMLError) in
                if k == "check" {
                    sawCheck = true
                    check = try d.string(v, key: k)
                } else {
                    reason = try d.optionalString(v, key: k)
                }
            }
            guard let c = check else {
                if !sawCheck {
                    d.error(.missingKey, "an `ignore` entry needs `check`", "`ignore` 条目缺少 `check`", at: item.mark)
                }
                return
            }
            out.append(Suppression(check: c, reason: reason, mark: item.mark))
        }
        return out
    }

    // MARK: - The document

    mutating func decode() throws(YAMLError) -> Model {
        var model = Model(file: file)
        guard let root = try reader.start() else {
            error(
                .empty, "the file is empty; a model starts with `format: orgchart/1`",
                "文件为空;模型应以 `format: orgchart/1` 开头", at: SourceMark(line: 1, column: 1))
            return model
        }
        guard root.kind == .mappingStart else {
            error(
                .wrongType,
                "a model must be a mapping of keys (format, organisation, units, …), not \(root.kindName)",
                "模型应为键值映射(format、organisation、units 等),而不是\(root.kindNameZh)", at: root.mark)
            try reader.skip(root)
            _ = try reader.next()
            return model
        }
        var sawFormat = false
        var sawOrganisation = false
        try eachField(root, allowed: Self.topKeys, context: "the model") { d, key, value, mark throws(YAMLError) in
            model.marks[key] = mark
            d.topKeys.append(key)
            switch key {
            case "format":
                sawFormat = true
                if let f = try d.string(value, key: key) {
                    model.format = f
                    if !Self.formats.contains(f) {
                        d.error(
                            .format,
                            "unknown format `\(f)`; this version reads \(Self.formats.joined(separator: ", "))",
                            "未知的格式 `\(f)`;本版本支持 \(Self.formats.joined(separator: "、"))", at: value.mark)
                    }
                }
            case "organisation":
                sawOrganisation = true
                model.organisation = try d.organisation(value)
            case "expect": model.expect = try d.expect(value)
            case "kinds": model.customKinds = try d.kinds(value)
            case "checks": model.checkSettings = try d.checks(value)
            case "people": model.people = try d.list(value, key: key) { d, e throws(YAMLError) in try d.person(e) }
            case "units": model.units = try d.list(value, key: key) { d, e throws(YAMLError) in try d.unit(e) }
            case "duties": model.duties = try d.list(value, key: key) { d, e throws(YAMLError) in try d.duty(e) }
            case "posts": model.posts = try d.list(value, key: key) { d, e throws(YAMLError) in try d.post(e) }
            default: try d.reader.skip(value)
            }
        }
        // The end of the document (and a check that no second one follows).
        _ = try reader.next()
        if isPiece { return model }
        if !sawFormat {
            error(
                .format, "missing `format: orgchart/1` at the top of the model",
                "模型开头缺少 `format: orgchart/1`", at: root.mark)
        }
        if !sawOrganisation {
            error(
                .missingKey, "missing `organisation:` (its name, date and sources)",
                "缺少 `organisation:`(名称、日期和来源)", at: root.mark)
        }
        let (index, errors) = Self.wholeModelErrors(model)
        self.index = index
        self.errors += errors
        return model
    }

    mutating func list<T>(
        _ e: YAMLEvent, key: String, _ one: (inout ModelDecoder, YAMLEvent) throws(YAMLError) -> T?
    ) throws(YAMLError) -> [T] {
        if e.isNull { return [] }
        guard e.kind == .sequenceStart else {
            try wrongType(key, expected: "a list", "列表", got: e)
            return []
        }
        var out: [T] = []
        let end = try eachItem { d, item throws(YAMLError) in if let v = try one(&d, item) { out.append(v) } }
        lastList = ListSpan(key: key, start: e.mark, end: end.mark)
        if firstList == nil { firstList = lastList }
        return out
    }

    mutating func organisation(_ e: YAMLEvent) throws(YAMLError) -> Organisation {
        var o = Organisation()
        guard e.kind == .mappingStart else {
            try wrongType(
                "organisation", expected: "a mapping (name, as_of, sources)", "映射(name、as_of、sources)", got: e)
            return o
        }
        var sawName = false
        try eachField(e, allowed: Self.organisationKeys, context: "organisation") { d, k, v, m throws(YAMLError) in
            o.keyMarks[k] = m
            switch k {
            case "name":
                sawName = true
                o.name = try d.string(v, key: k) ?? ""
            case "as_of": o.asOf = try d.day(v, key: k)
            case "note": _ = try d.optionalString(v, key: k)
            case "status":
                guard let s = try d.optionalString(v, key: k) else { break }
                if let st = DecisionStatus(rawValue: s) {
                    o.status = st
                } else {
                    let names = DecisionStatus.allCases.map(\.rawValue)
                    let hint = Suggest.hint(for: s, in: names)
                    d.error(
                        .invalidValue,
                        "`organisation.status` must be one of \(names.joined(separator: ", ")), not `\(s)`" + hint.en,
                        "`organisation.status` 应为 \(names.joined(separator: "、")) 之一,而不是 `\(s)`" + hint.zh, at: v.mark)
                }
            case "pending": o.pending = try d.optionalString(v, key: k)
            case "sources":
                if v.isNull { break }
                guard v.kind == .mappingStart else {
                    try d.wrongType(k, expected: "a mapping of name: path", "“名称: 路径”映射", got: v)
                    break
                }
                try d.eachField(v, allowed: nil, context: "sources") { d, sk, sv, _ throws(YAMLError) in
                    if sv.kind == .mappingStart {
                        o.sources.append(try d.describedSource(sk, sv))
                    } else if let p = try d.string(sv, key: sk) {
                        o.sources.append(NamedSource(key: sk, path: p))
                    }
                }
            default: try d.reader.skip(v)
            }
        }
        if !sawName {
            error(.missingKey, "`organisation` needs a `name`", "`organisation` 缺少 `name`", at: e.mark)
        }
        return o
    }

    /// A source written as a mapping: its path (optional) with its title, number (文号), issuer, date and address.
    mutating func describedSource(_ key: String, _ e: YAMLEvent) throws(YAMLError) -> NamedSource {
        var src = NamedSource(key: key, path: "")
        try eachField(e, allowed: Self.sourceKeys, context: "sources.\(key)") { d, k, v, _ throws(YAMLError) in
            switch k {
            case "path": src.path = try d.optionalString(v, key: k) ?? ""
            case "title": src.title = try d.optionalString(v, key: k)
            case "number": src.number = try d.optionalString(v, key: k)
            case "issuer": src.issuer = try d.optionalString(v, key: k)
            case "date": src.date = v.isNull ? nil : try d.day(v, key: k)
            case "url": src.url = try d.optionalString(v, key: k)
            default: try d.reader.skip(v)
            }
        }
        return src
    }

    mutating func expect(_ e: YAMLEvent) throws(YAMLError) -> Expectations {
        var x = Expectations()
        guard e.kind == .mappingStart else {
            try wrongType(
                "expect", expected: "a mapping (count, max_lead_roles)", "映射(count、max_lead_roles)", got: e)
            return x
        }
        try eachField(e, allowed: Self.expectKeys, context: "expect") { d, k, v, _ throws(YAMLError) in
            switch k {
            case "count":
                guard v.kind == .mappingStart else {
                    try d.wrongType(k, expected: "a mapping of kind: number", "“类别: 数量”映射", got: v)
                    break
                }
                try d.eachField(v, allowed: nil, context: "expect.count") { d, ck, cv, cm throws(YAMLError) in
                    if let n = try d.int(cv, key: ck) { x.count.append((ck, n, cm)) }
                }
            case "max_lead_roles": x.maxLeadRoles = try d.int(v, key: k)
            default: try d.reader.skip(v)
            }
        }
        return x
    }

    mutating func kinds(_ e: YAMLEvent) throws(YAMLError) -> [KindDefinition] {
        try list(e, key: "kinds") { d, item throws(YAMLError) -> KindDefinition? in
            guard item.kind == .mappingStart else {
                try d.wrongItemType("kinds", expected: "a mapping (id, zh, en)", "映射(id、zh、en)", got: item)
                return nil
            }
            var k = KindDefinition(id: "", zh: "", en: "")
            var sawID = false
            try d.eachField(item, allowed: Self.kindKeys, context: "a kind") { d, key, v, _ throws(YAMLError) in
                switch key {
                case "id":
                    sawID = true
                    k.id = try d.id(v, key: key) ?? ""
                case "zh": k.zh = try d.string(v, key: key) ?? ""
                case "en": k.en = try d.string(v, key: key) ?? ""
                case "needs_chief": k.needsChief = try d.bool(v, key: key) ?? false
                case "needs_office": k.needsOffice = try d.bool(v, key: key) ?? false
                case "head": k.head = try d.optionalString(v, key: key)
                case "deputy": k.deputy = try d.optionalString(v, key: key)
                case "head_en": k.headEn = try d.optionalString(v, key: key)
                case "deputy_en": k.deputyEn = try d.optionalString(v, key: key)
                case "role": k.role = try d.kindRole(v, key: key)
                default: try d.reader.skip(v)
                }
            }
            if k.id.isEmpty {
                if !sawID { d.error(.missingKey, "a kind needs an `id`", "类别缺少 `id`", at: item.mark) }
                return nil
            }
            // A declaration that replaces a built-in kind keeps what that kind is unless it says otherwise.
            if k.role == nil { k.role = BuiltInKinds.named(k.id)?.role }
            if k.zh.isEmpty { k.zh = k.id }
            if k.en.isEmpty { k.en = k.id }
            return k
        }
    }

    mutating func checks(_ e: YAMLEvent) throws(YAMLError) -> [String: CheckSetting] {
        guard e.kind == .mappingStart else {
            try wrongType("checks", expected: "a mapping of check id: settings", "“检查项: 设置”映射", got: e)
            return [:]
        }
        var out: [String: CheckSetting] = [:]
        try eachField(e, allowed: nil, context: "checks") { d, id, v, mark throws(YAMLError) in
            var setting = CheckSetting(mark: mark)
            if v.kind == .scalar {
                setting.severity = try d.severity(v, key: id)
            } else if v.kind == .mappingStart {
                try d.eachField(v, allowed: Self.checkKeys, context: "checks.\(id)") { d, k, sv, _ throws(YAMLError) in
                    if k == "severity" {
                        setting.severity = try d.severity(sv, key: k)
                    } else {
                        setting.max = try d.int(sv, key: k)
                    }
                }
            } else {
                try d.wrongType(id, expected: "a severity or {severity, max}", "严重程度或 {severity, max}", got: v)
            }
            out[id] = setting
        }
        return out
    }

    mutating func kindRole(_ e: YAMLEvent, key: String) throws(YAMLError) -> KindRole? {
        guard let s = try optionalString(e, key: key) else { return nil }
        guard let role = KindRole(rawValue: s) else {
            let roles = KindRole.allCases.map { "`\($0.rawValue)`" }
            error(
                .invalidValue, "a kind's role must be one of \(roles.joined(separator: ", ")), not `\(s)`",
                "类别的 role 应为 \(roles.joined(separator: "、")) 之一,而不是 `\(s)`", at: e.mark)
            return nil
        }
        return role
    }

    mutating func severity(_ e: YAMLEvent, key: String) throws(YAMLError) -> Severity? {
        guard let s = try string(e, key: key) else { return nil }
        guard let sev = Severity(rawValue: s) else {
            error(
                .invalidValue, "severity must be off, info, warning or error, not `\(s)`",
                "严重程度应为 off、info、warning 或 error,而不是 `\(s)`", at: e.mark)
            return nil
        }
        return sev
    }

    // MARK: - Entities

    /// Reads the fields of an entity through `body` and checks the required ones; false when the item is not a
    /// mapping.
    mutating func entity(
        _ item: YAMLEvent, what: String, whatZh: String, keys: [String],
        _ body: (inout ModelDecoder, Int, String, YAMLEvent, SourceMark) throws(YAMLError) -> Void
    ) throws(YAMLError) -> Bool {
        // Every entity's first two keys are required: `id`, then `name` (`title` for a post).
        let second = keys[1]
        guard item.kind == .mappingStart else {
            error(
                .wrongType, "a \(what) must be a mapping with `id` and `\(second)`, not \(item.kindName)",
                "\(whatZh)应为含 `id` 和 `\(second)` 的映射,而不是\(item.kindNameZh)", at: item.mark)
            try reader.skip(item)
            return false
        }
        var sawID = false
        var sawName = false
        try eachSlot(item, allowed: keys, context: what) { d, slot, k, v, m throws(YAMLError) in
            if slot == 0 { sawID = true } else if slot == 1 { sawName = true }
            try body(&d, slot, k, v, m)
        }
        if !sawID { error(.missingKey, "a \(what) needs `id`", "\(whatZh)缺少 `id`", at: item.mark) }
        if !sawName { error(.missingKey, "a \(what) needs `\(second)`", "\(whatZh)缺少 `\(second)`", at: item.mark) }
        return true
    }

    mutating func person(_ item: YAMLEvent) throws(YAMLError) -> Person? {
        var p = Person(id: "", name: "", mark: item.mark)
        guard
            try entity(
                item, what: "person", whatZh: "人员", keys: Self.personKeys,
                { d, slot, k, v, m throws(YAMLError) in try d.personField(&p, slot, k, v, m) })
        else { return nil }
        return p.id.isEmpty ? nil : p
    }

    mutating func personField(_ p: inout Person, _ slot: Int, _ k: String, _ v: YAMLEvent, _ m: SourceMark)
        throws(YAMLError)
    {
        p.keyMarks.set(Self.personKeyCodes[slot], m)
        switch PersonKey(rawValue: slot)! {
        case .id: p.id = try id(v, key: k) ?? ""
        case .name: p.name = try string(v, key: k) ?? ""
        case .title: p.title = try optionalString(v, key: k)
        case .status: p.status = try status(v)
        case .aliases: p.aliases = try stringList(v, key: k)
        case .source: p.source = try optionalString(v, key: k)
        case .note: p.note = try optionalString(v, key: k)
        case .ignore: p.ignore = try ignores(v)
        }
    }

    mutating func unit(_ item: YAMLEvent) throws(YAMLError) -> Unit? {
        var u = Unit(id: "", name: "", kind: "", mark: item.mark)
        guard
            try entity(
                item, what: "unit", whatZh: "单位", keys: Self.unitKeys,
                { d, slot, k, v, m throws(YAMLError) in try d.unitField(&u, slot, k, v, m) })
        else { return nil }
        if u.keyMarks[code: Self.unitKeyCodes[UnitKey.kind.rawValue]] == nil {
            error(.missingKey, "a unit needs `kind`", "单位缺少 `kind`", at: item.mark)
        }
        return u.id.isEmpty ? nil : u
    }

    mutating func unitField(_ u: inout Unit, _ slot: Int, _ k: String, _ v: YAMLEvent, _ m: SourceMark)
        throws(YAMLError)
    {
        u.keyMarks.set(Self.unitKeyCodes[slot], m)
        switch UnitKey(rawValue: slot)! {
        case .id: u.id = try id(v, key: k) ?? ""
        case .name: u.name = try string(v, key: k) ?? ""
        case .kind: u.kind = try string(v, key: k) ?? ""
        case .parent: u.parent = try ref(v, key: k)
        case .chief:
            // One id, or a list for co-heads; anything else is refused as before, as "an id".
            if v.kind == .mappingStart {
                try wrongType(k, expected: "an id", "id", got: v)
            } else {
                u.chiefs = try refs(v, key: k, single: true)
            }
        case .deputies: u.deputies = try refs(v, key: k)
        case .office: u.office = try ref(v, key: k)
        case .members: u.members = try refs(v, key: k)
        case .liaises: u.liaises = try refs(v, key: k)
        case .replaces: u.replaces = try refs(v, key: k, single: true)
        case .aliases: u.aliases = try stringList(v, key: k)
        case .status: u.status = try status(v)
        case .source: u.source = try optionalString(v, key: k)
        case .note: u.note = try optionalString(v, key: k)
        case .ignore: u.ignore = try ignores(v)
        case .host: u.host = try ref(v, key: k)
        case .membersOpen: u.membersOpen = try bool(v, key: k) ?? false
        case .rules: u.rules = try stringList(v, key: k)
        case .scope: u.scope = try scope(v)
        }
    }

    mutating func duty(_ item: YAMLEvent) throws(YAMLError) -> Duty? {
        var d = Duty(id: "", name: "", mark: item.mark)
        guard
            try entity(
                item, what: "duty", whatZh: "职责", keys: Self.dutyKeys,
                { dec, slot, k, v, m throws(YAMLError) in try dec.dutyField(&d, slot, k, v, m) })
        else { return nil }
        return d.id.isEmpty ? nil : d
    }

    mutating func dutyField(_ d: inout Duty, _ slot: Int, _ k: String, _ v: YAMLEvent, _ m: SourceMark)
        throws(YAMLError)
    {
        d.keyMarks.set(Self.dutyKeyCodes[slot], m)
        switch DutyKey(rawValue: slot)! {
        case .id: d.id = try id(v, key: k) ?? ""
        case .name: d.name = try string(v, key: k) ?? ""
        case .lead: d.lead = try refs(v, key: k, single: true)
        case .assist: d.assist = try refs(v, key: k, single: true)
        case .due: d.due = v.isNull ? nil : try day(v, key: k)
        case .cadence:
            if let s = try optionalString(v, key: k) {
                if let c = Cadence(rawValue: s) {
                    d.cadence = c
                } else {
                    let names = Cadence.allCases.map(\.rawValue)
                    let hint = Suggest.hint(for: s, in: names)
                    error(
                        .invalidValue,
                        "`cadence` must be one of \(names.joined(separator: ", ")), not `\(s)`"
                            + hint.en,
                        "`cadence` 应为 \(names.joined(separator: "、")) 之一,而不是 `\(s)`"
                            + hint.zh, at: v.mark)
                }
            }
        case .reportTo: d.reportTo = try ref(v, key: k)
        case .done: d.done = try bool(v, key: k) ?? false
        case .progress: d.progress = try optionalString(v, key: k)
        case .source: d.source = try optionalString(v, key: k)
        case .note: d.note = try optionalString(v, key: k)
        case .ignore: d.ignore = try ignores(v)
        case .leader: d.leader = try refs(v, key: k, single: true)
        case .joint: d.joint = try bool(v, key: k) ?? false
        }
    }

    mutating func post(_ item: YAMLEvent) throws(YAMLError) -> Post? {
        var p = Post(id: "", title: "", mark: item.mark)
        guard
            try entity(
                item, what: "post", whatZh: "职务", keys: Self.postKeys,
                { d, slot, k, v, m throws(YAMLError) in try d.postField(&p, slot, k, v, m) })
        else { return nil }
        return p.id.isEmpty ? nil : p
    }

    mutating func postField(_ p: inout Post, _ slot: Int, _ k: String, _ v: YAMLEvent, _ m: SourceMark)
        throws(YAMLError)
    {
        p.keyMarks.set(Self.postKeyCodes[slot], m)
        switch PostKey(rawValue: slot)! {
        case .id: p.id = try id(v, key: k) ?? ""
        case .title: p.title = try string(v, key: k) ?? ""
        case .unit: p.unit = try ref(v, key: k)
        case .holder: p.holder = try ref(v, key: k)
        case .portfolio: p.portfolio = try optionalString(v, key: k)
        case .status: p.status = try status(v)
        case .source: p.source = try optionalString(v, key: k)
        case .note: p.note = try optionalString(v, key: k)
        case .ignore: p.ignore = try ignores(v)
        }
    }

    // MARK: - Whole-model rules that make a file unloadable

    /// The errors of the keys that offices and posts bring: `host` on a unit that is not an office, and a post's
    /// `unit`, a post's `holder` or an office's `host` that names the wrong sort of entry. (An undefined id there is
    /// a `dangling-reference` finding of `check`, like any other.)
    static func roleErrors(_ model: Model, index: ModelIndex) -> [Finding] {
        var errors: [Finding] = []
        func error(_ code: ErrorCode, _ en: String, _ zh: String, at mark: SourceMark, subject: String) {
            errors.append(
                Finding(
                    code, severity: .error, message: Message(en: en, zh: zh), subject: subject, file: model.file,
                    mark: mark))
        }
        func what(_ id: String) -> (en: String, zh: String)? {
            switch index.byID[id] {
            case .person: return ("the person", "人员")
            case .unit: return ("the unit", "单位")
            case .duty: return ("the duty", "职责")
            case .post: return ("the post", "职务")
            case nil: return nil
            }
        }
        var kinds = KindCache(model)
        for u in model.units {
            guard let host = u.host else { continue }
            let kind = kinds.kind(u.kind)
            if let kind, !kind.isOffice {
                let office = model.kinds.filter(\.isOffice).map { "`\($0.id)`" }.joined(separator: ", ")
                error(
                    .misplacedKey,
                    "`host` is for an office (kind \(office)); \(u.name) is a \(kind.en): write where a body's office "
                        + "sits as the body's `office`",
                    "`host` 只用于办公室(类别 \(office));“\(u.name)”是\(kind.zh):机构的办公室设在哪里请写在该机构的 `office` 中",
                    at: u.keyMarks["host"] ?? u.mark, subject: u.id)
            } else if index.unit(host.id) == nil, let w = what(host.id) {
                error(
                    .wrongTarget, "`host` of \(u.name) names \(w.en) `\(host.id)`; it must name a unit",
                    "“\(u.name)”的 `host` 引用了\(w.zh) `\(host.id)`;应引用单位", at: host.mark, subject: u.id)
            }
        }
        for p in model.posts {
            if let u = p.unit, index.unit(u.id) == nil, let w = what(u.id) {
                error(
                    .wrongTarget, "`unit` of the post `\(p.id)` names \(w.en) `\(u.id)`; it must name a unit",
                    "职务 `\(p.id)` 的 `unit` 引用了\(w.zh) `\(u.id)`;应引用单位", at: u.mark, subject: p.id)
            }
            if let h = p.holder, index.person(h.id) == nil, let w = what(h.id) {
                error(
                    .wrongTarget, "`holder` of the post `\(p.id)` names \(w.en) `\(h.id)`; it must name a person",
                    "职务 `\(p.id)` 的 `holder` 引用了\(w.zh) `\(h.id)`;应引用人员", at: h.mark, subject: p.id)
            }
        }
        return errors
    }

    /// The errors only the whole model shows (ids defined twice, unknown unit kinds), and its index (checks reuse
    /// it).
    static func wholeModelErrors(_ model: Model) -> (index: ModelIndex, errors: [Finding]) {
        var errors: [Finding] = []
        func error(_ code: ErrorCode, _ en: String, _ zh: String, at mark: SourceMark, subject: String) {
            errors.append(
                Finding(
                    code, severity: .error, message: Message(en: en, zh: zh), subject: subject, file: model.file,
                    mark: mark))
        }
        var duplicates: [(first: Entity, again: Entity)] = []
        let index = ModelIndex(model, children: false, duplicates: &duplicates)
        func where_(_ e: Entity) -> (String, SourceMark) {
            switch e {
            case .person(let i): return (model.people[i].id, model.people[i].keyMarks["id"] ?? model.people[i].mark)
            case .unit(let i): return (model.units[i].id, model.units[i].keyMarks["id"] ?? model.units[i].mark)
            case .duty(let i): return (model.duties[i].id, model.duties[i].keyMarks["id"] ?? model.duties[i].mark)
            case .post(let i): return (model.posts[i].id, model.posts[i].keyMarks["id"] ?? model.posts[i].mark)
            }
        }
        for (first, again) in duplicates {
            let (id, mark) = where_(again)
            let m = where_(first).1
            // Posts are named only where one is involved, so older models keep their messages.
            var isPost = false
            if case .post = first { isPost = true }
            if case .post = again { isPost = true }
            error(
                .duplicateID,
                "duplicate id `\(id)` (first defined at line \(m.line)); ids are unique across people, units"
                    + (isPost ? ", duties and posts" : " and duties"),
                "id `\(id)` 重复(首次定义在第 \(m.line) 行);" + (isPost ? "人员、单位、职责和职务" : "人员、单位和职责")
                    + "的 id 必须唯一", at: mark, subject: id)
        }
        let known = Set(model.kinds.map(\.id))
        for i in model.units.indices where !model.units[i].kind.isEmpty && !known.contains(model.units[i].kind) {
            let u = model.units[i]
            let hint = Suggest.hint(for: u.kind, in: model.kinds.map(\.id))
            error(
                .unknownKind,
                "unknown unit kind `\(u.kind)`" + hint.en
                    + " (declare your own under `kinds:`)",
                "未知的单位类别 `\(u.kind)`" + hint.zh + "(可在 `kinds:` 中自定义)",
                at: u.keyMarks["kind"] ?? u.mark, subject: u.id)
        }
        errors += roleErrors(model, index: index)
        return (index, errors)
    }
}
