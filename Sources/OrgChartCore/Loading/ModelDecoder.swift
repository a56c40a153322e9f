import OrgChartYAML

/// Turns a YAML document into a `Model`, collecting every independent error instead of stopping at the first.
struct ModelDecoder {
    let file: String
    var errors: [Finding] = []

    init(file: String) { self.file = file }

    static let topKeys = ["format", "organisation", "expect", "kinds", "checks", "people", "units", "duties"]
    static let organisationKeys = ["name", "as_of", "sources", "note"]
    static let expectKeys = ["count", "max_lead_roles"]
    static let kindKeys = ["id", "zh", "en", "needs_chief", "needs_office"]
    static let checkKeys = ["severity", "max"]
    static let personKeys = ["id", "name", "title", "status", "aliases", "source", "note", "ignore"]
    static let unitKeys = [
        "id", "name", "kind", "parent", "chief", "deputies", "office", "members", "liaises", "replaces", "aliases",
        "status", "source", "note", "ignore",
    ]
    static let dutyKeys = [
        "id", "name", "lead", "assist", "due", "cadence", "report_to", "done", "source", "note", "ignore",
    ]
    static let ignoreKeys = ["check", "reason"]
    /// Formats this version reads.
    static let formats = ["orgchart/1"]

    // MARK: - Errors

    mutating func error(_ code: String, _ en: String, _ zh: String, at mark: SourceMark?, subject: String? = nil) {
        errors.append(
            Finding(
                check: code, severity: .error, message: Message(en: en, zh: zh), subject: subject, file: file,
                mark: mark))
    }

    mutating func wrongType(_ key: String, expected en: String, _ zh: String, got node: YAMLNode) {
        error(
            "wrong-type", "`\(key)` must be \(en), not \(node.kindName)",
            "`\(key)` 应为\(zh),而不是\(Self.kindNameZh(node))", at: node.mark)
    }

    static func kindNameZh(_ node: YAMLNode) -> String {
        switch node.kind {
        case .scalar: return node.isNull ? "空值" : "标量"
        case .sequence: return "列表"
        case .mapping: return "映射"
        }
    }

    // MARK: - Mapping walk

    /// The pairs of a mapping as key text → value, reporting duplicate and unknown keys.
    mutating func fields(_ node: YAMLNode, allowed: [String], context: String) -> [(String, YAMLNode, SourceMark)] {
        var out: [(String, YAMLNode, SourceMark)] = []
        eachField(node, allowed: allowed, context: context) { _, k, v, m in out.append((k, v, m)) }
        return out
    }

    /// Calls `body` for each pair of a mapping with a known key, reporting duplicate and unknown keys; allocates
    /// nothing for mappings of up to 64 distinct allowed keys.
    mutating func eachField(
        _ node: YAMLNode, allowed: [String], context: String,
        _ body: (inout ModelDecoder, String, YAMLNode, SourceMark) -> Void
    ) {
        var seenBits: UInt64 = 0
        var seenOther: [String: SourceMark] = [:]
        var it = node.makeChildIterator()
        while let k = it.next(), let v = it.next() {
            guard let key = k.scalar, k.kind == .scalar else {
                error(
                    "wrong-type", "a key in \(context) must be a plain name, not \(k.kindName)",
                    "\(context) 中的键应为名称,而不是\(Self.kindNameZh(k))", at: k.mark)
                continue
            }
            let slot = allowed.count <= 64 ? allowed.firstIndex(of: key) : nil
            var first: SourceMark?
            if let slot {
                if seenBits & (1 << UInt64(slot)) != 0 {
                    first = firstMarkOf(key, in: node)
                }
            } else {
                first = seenOther[key]
            }
            if let first {
                error(
                    "duplicate-key", "duplicate key `\(key)` in \(context) (first at line \(first.line))",
                    "\(context) 中的键 `\(key)` 重复(首次出现在第 \(first.line) 行)", at: k.mark)
                continue
            }
            if let slot { seenBits |= 1 << UInt64(slot) } else { seenOther[key] = k.mark }
            guard slot != nil || allowed.contains(key) else {
                let hint = Suggest.closest(to: key, in: allowed)
                error(
                    "unknown-key",
                    "unknown key `\(key)` in \(context)" + (hint.map { "; did you mean `\($0)`?" } ?? ""),
                    "\(context) 中有未知的键 `\(key)`" + (hint.map { ";是否想写 `\($0)`?" } ?? ""), at: k.mark)
                continue
            }
            body(&self, key, v, k.mark)
        }
    }

    /// Where a key first appears in a mapping (only needed to report a duplicate).
    func firstMarkOf(_ key: String, in node: YAMLNode) -> SourceMark? {
        var it = node.makeChildIterator()
        while let k = it.next(), it.next() != nil {
            if k.scalar == key { return k.mark }
        }
        return nil
    }

    // MARK: - Scalars

    mutating func string(_ node: YAMLNode, key: String) -> String? {
        guard node.kind == .scalar, !node.isNull, let s = node.scalar else {
            wrongType(key, expected: "text", "文本", got: node)
            return nil
        }
        return s
    }

    mutating func optionalString(_ node: YAMLNode, key: String) -> String? {
        if node.isNull { return nil }
        return string(node, key: key)
    }

    mutating func int(_ node: YAMLNode, key: String) -> Int? {
        guard node.kind == .scalar, let s = node.scalar, let n = Int(s), n >= 0 else {
            if node.kind == .scalar {
                error(
                    "invalid-value", "`\(key)` must be a whole number ≥ 0, not `\(node.scalar ?? "")`",
                    "`\(key)` 应为非负整数,而不是 `\(node.scalar ?? "")`", at: node.mark)
            } else {
                wrongType(key, expected: "a whole number", "整数", got: node)
            }
            return nil
        }
        return n
    }

    mutating func bool(_ node: YAMLNode, key: String) -> Bool? {
        if node.kind == .scalar, let s = node.scalar {
            switch s {
            case "true", "True", "TRUE", "yes", "Yes": return true
            case "false", "False", "FALSE", "no", "No": return false
            default: break
            }
            error(
                "invalid-value", "`\(key)` must be true or false, not `\(s)`", "`\(key)` 应为 true 或 false,而不是 `\(s)`",
                at: node.mark)
            return nil
        }
        wrongType(key, expected: "true or false", "true 或 false", got: node)
        return nil
    }

    mutating func day(_ node: YAMLNode, key: String) -> Day? {
        guard let s = string(node, key: key) else { return nil }
        guard let d = Day(s) else {
            error(
                "invalid-value", "`\(key)` must be a date written YYYY-MM-DD, not `\(s)`",
                "`\(key)` 应为 YYYY-MM-DD 格式的日期,而不是 `\(s)`", at: node.mark)
            return nil
        }
        return d
    }

    mutating func stringList(_ node: YAMLNode, key: String) -> [String] {
        if node.isNull { return [] }
        guard node.kind == .sequence else {
            wrongType(key, expected: "a list of text", "文本列表", got: node)
            return []
        }
        return node.items.compactMap { string($0, key: key) }
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
            if s.properties.isWhitespace {
                return (
                    "id `\(id)` contains a space; use letters, digits, `-`, `_` or `.`",
                    "id `\(id)` 含有空格;请只用字母、数字、`-`、`_` 或 `.`"
                )
            }
            if s.properties.generalCategory == .control || s.properties.generalCategory == .format {
                return (
                    "id contains a control character (U+\(String(s.value, radix: 16, uppercase: true)))",
                    "id 含有控制字符(U+\(String(s.value, radix: 16, uppercase: true)))"
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

    mutating func id(_ node: YAMLNode, key: String) -> String? {
        guard let s = string(node, key: key) else { return nil }
        if let (en, zh) = Self.idProblem(s) {
            error("invalid-id", en, zh, at: node.mark)
            return nil
        }
        return s
    }

    mutating func ref(_ node: YAMLNode, key: String) -> Ref? {
        if node.isNull { return nil }
        guard let s = id(node, key: key) else { return nil }
        return Ref(s, at: node.mark)
    }

    /// A list of references; `single` also accepts one id written alone.
    mutating func refs(_ node: YAMLNode, key: String, single: Bool = false) -> [Ref] {
        if node.isNull { return [] }
        if node.kind == .scalar && single { return ref(node, key: key).map { [$0] } ?? [] }
        guard node.kind == .sequence else {
            wrongType(key, expected: "a list of ids", "id 列表", got: node)
            return []
        }
        return node.items.compactMap { ref($0, key: key) }
    }

    mutating func status(_ node: YAMLNode) -> Status {
        guard let s = string(node, key: "status") else { return .active }
        guard let st = Status(rawValue: s) else {
            error(
                "invalid-value", "`status` must be `active` or `placeholder`, not `\(s)`",
                "`status` 应为 `active` 或 `placeholder`,而不是 `\(s)`", at: node.mark)
            return .active
        }
        return st
    }

    mutating func ignores(_ node: YAMLNode) -> [Suppression] {
        if node.isNull { return [] }
        guard node.kind == .sequence else {
            wrongType("ignore", expected: "a list of {check, reason}", "{check, reason} 列表", got: node)
            return []
        }
        var out: [Suppression] = []
        for item in node.items {
            if item.kind == .scalar, let c = item.scalar, !item.isNull {
                out.append(Suppression(check: c, reason: nil, mark: item.mark))
                continue
            }
            guard item.kind == .mapping else {
                wrongType("ignore", expected: "a mapping {check, reason}", "映射 {check, reason}", got: item)
                continue
            }
            var check: String?
            var reason: String?
            for (k, v, _) in fields(item, allowed: Self.ignoreKeys, context: "ignore") {
                if k == "check" { check = string(v, key: k) } else { reason = optionalString(v, key: k) }
            }
            guard let c = check else {
                error("missing-key", "an `ignore` entry needs `check`", "`ignore` 条目缺少 `check`", at: item.mark)
                continue
            }
            out.append(Suppression(check: c, reason: reason, mark: item.mark))
        }
        return out
    }

    // MARK: - The document

    mutating func decode(_ root: YAMLNode?) -> Model {
        var model = Model(file: file)
        guard let root else {
            error(
                "empty", "the file is empty; a model starts with `format: orgchart/1`",
                "文件为空;模型应以 `format: orgchart/1` 开头", at: SourceMark(line: 1, column: 1))
            return model
        }
        guard root.kind == .mapping else {
            error(
                "wrong-type",
                "a model must be a mapping of keys (format, organisation, units, …), not \(root.kindName)",
                "模型应为键值映射(format、organisation、units 等),而不是\(Self.kindNameZh(root))", at: root.mark)
            return model
        }
        var sawFormat = false
        var sawOrganisation = false
        for (key, value, mark) in fields(root, allowed: Self.topKeys, context: "the model") {
            model.marks[key] = mark
            switch key {
            case "format":
                sawFormat = true
                if let f = string(value, key: key) {
                    model.format = f
                    if !Self.formats.contains(f) {
                        error(
                            "format",
                            "unknown format `\(f)`; this version reads \(Self.formats.joined(separator: ", "))",
                            "未知的格式 `\(f)`;本版本支持 \(Self.formats.joined(separator: "、"))", at: value.mark)
                    }
                }
            case "organisation":
                sawOrganisation = true
                model.organisation = organisation(value)
            case "expect": model.expect = expect(value)
            case "kinds": model.customKinds = kinds(value)
            case "checks": model.checkSettings = checks(value)
            case "people": model.people = list(value, key: key) { $0.person($1) }
            case "units": model.units = list(value, key: key) { $0.unit($1) }
            case "duties": model.duties = list(value, key: key) { $0.duty($1) }
            default: break
            }
        }
        if !sawFormat {
            error(
                "format", "missing `format: orgchart/1` at the top of the model",
                "模型开头缺少 `format: orgchart/1`", at: root.mark)
        }
        if !sawOrganisation {
            error(
                "missing-key", "missing `organisation:` (its name, date and sources)", "缺少 `organisation:`(名称、日期和来源)",
                at: root.mark)
        }
        checkIDs(model)
        checkKinds(model)
        return model
    }

    mutating func list<T>(_ node: YAMLNode, key: String, _ one: (inout ModelDecoder, YAMLNode) -> T?) -> [T] {
        if node.isNull { return [] }
        guard node.kind == .sequence else {
            wrongType(key, expected: "a list", "列表", got: node)
            return []
        }
        var out: [T] = []
        out.reserveCapacity(node.items.count)
        for item in node.items {
            if let v = one(&self, item) { out.append(v) }
        }
        return out
    }

    mutating func organisation(_ node: YAMLNode) -> Organisation {
        var o = Organisation()
        guard node.kind == .mapping else {
            wrongType("organisation", expected: "a mapping (name, as_of, sources)", "映射(name、as_of、sources)", got: node)
            return o
        }
        var sawName = false
        for (k, v, _) in fields(node, allowed: Self.organisationKeys, context: "organisation") {
            switch k {
            case "name":
                sawName = true
                o.name = string(v, key: k) ?? ""
            case "as_of": o.asOf = day(v, key: k)
            case "sources":
                if v.isNull { break }
                guard v.kind == .mapping else {
                    wrongType(k, expected: "a mapping of name: path", "“名称: 路径”映射", got: v)
                    break
                }
                for (sk, sv, _) in fields(v, allowed: v.pairs.compactMap { $0.key.scalar }, context: "sources") {
                    if let p = string(sv, key: sk) { o.sources.append(NamedSource(key: sk, path: p)) }
                }
            default: break
            }
        }
        if !sawName {
            error("missing-key", "`organisation` needs a `name`", "`organisation` 缺少 `name`", at: node.mark)
        }
        return o
    }

    mutating func expect(_ node: YAMLNode) -> Expectations {
        var e = Expectations()
        guard node.kind == .mapping else {
            wrongType("expect", expected: "a mapping (count, max_lead_roles)", "映射(count、max_lead_roles)", got: node)
            return e
        }
        for (k, v, _) in fields(node, allowed: Self.expectKeys, context: "expect") {
            switch k {
            case "count":
                guard v.kind == .mapping else {
                    wrongType(k, expected: "a mapping of kind: number", "“类别: 数量”映射", got: v)
                    break
                }
                for (ck, cv, cm) in fields(v, allowed: v.pairs.compactMap { $0.key.scalar }, context: "expect.count") {
                    if let n = int(cv, key: ck) { e.count.append((ck, n, cm)) }
                }
            case "max_lead_roles": e.maxLeadRoles = int(v, key: k)
            default: break
            }
        }
        return e
    }

    mutating func kinds(_ node: YAMLNode) -> [KindDefinition] {
        list(node, key: "kinds") { d, item -> KindDefinition? in
            guard item.kind == .mapping else {
                d.wrongType("kinds", expected: "a mapping (id, zh, en)", "映射(id、zh、en)", got: item)
                return nil
            }
            var k = KindDefinition(id: "", zh: "", en: "")
            for (key, v, _) in d.fields(item, allowed: Self.kindKeys, context: "a kind") {
                switch key {
                case "id": k.id = d.id(v, key: key) ?? ""
                case "zh": k.zh = d.string(v, key: key) ?? ""
                case "en": k.en = d.string(v, key: key) ?? ""
                case "needs_chief": k.needsChief = d.bool(v, key: key) ?? false
                case "needs_office": k.needsOffice = d.bool(v, key: key) ?? false
                default: break
                }
            }
            if k.id.isEmpty {
                d.error("missing-key", "a kind needs an `id`", "类别缺少 `id`", at: item.mark)
                return nil
            }
            if k.zh.isEmpty { k.zh = k.id }
            if k.en.isEmpty { k.en = k.id }
            return k
        }
    }

    mutating func checks(_ node: YAMLNode) -> [String: CheckSetting] {
        guard node.kind == .mapping else {
            wrongType("checks", expected: "a mapping of check id: settings", "“检查项: 设置”映射", got: node)
            return [:]
        }
        var out: [String: CheckSetting] = [:]
        for (id, v, mark) in fields(node, allowed: node.pairs.compactMap { $0.key.scalar }, context: "checks") {
            var setting = CheckSetting(mark: mark)
            if v.kind == .scalar {
                setting.severity = severity(v, key: id)
            } else if v.kind == .mapping {
                for (k, sv, _) in fields(v, allowed: Self.checkKeys, context: "checks.\(id)") {
                    if k == "severity" {
                        setting.severity = severity(sv, key: k)
                    } else {
                        setting.max = int(sv, key: k)
                    }
                }
            } else {
                wrongType(id, expected: "a severity or {severity, max}", "严重程度或 {severity, max}", got: v)
            }
            out[id] = setting
        }
        return out
    }

    mutating func severity(_ node: YAMLNode, key: String) -> Severity? {
        guard let s = string(node, key: key) else { return nil }
        guard let sev = Severity(rawValue: s) else {
            error(
                "invalid-value", "severity must be off, info, warning or error, not `\(s)`",
                "严重程度应为 off、info、warning 或 error,而不是 `\(s)`", at: node.mark)
            return nil
        }
        return sev
    }

    // MARK: - Entities

    /// Reads the fields of an entity through `body` and checks the required ones; false when the item is not a
    /// mapping.
    mutating func entity(
        _ item: YAMLNode, what: String, whatZh: String, keys: [String],
        _ body: (inout ModelDecoder, String, YAMLNode, SourceMark) -> Void
    ) -> Bool {
        guard item.kind == .mapping else {
            wrongType(what, expected: "a mapping with id and name", "含 id 和 name 的映射", got: item)
            return false
        }
        var sawID = false
        var sawName = false
        eachField(item, allowed: keys, context: what) { d, k, v, m in
            if k == "id" { sawID = true } else if k == "name" { sawName = true }
            body(&d, k, v, m)
        }
        for (required, saw) in [("id", sawID), ("name", sawName)] where !saw {
            error(
                "missing-key", "a \(what) needs `\(required)`", "\(whatZh)缺少 `\(required)`", at: item.mark)
        }
        return true
    }

    mutating func person(_ item: YAMLNode) -> Person? {
        var p = Person(id: "", name: "", mark: item.mark)
        guard
            entity(
                item, what: "person", whatZh: "人员", keys: Self.personKeys, { d, k, v, m in d.personField(&p, k, v, m) })
        else { return nil }
        return p.id.isEmpty ? nil : p
    }

    mutating func personField(_ p: inout Person, _ k: String, _ v: YAMLNode, _ m: SourceMark) {
        do {
            p.keyMarks[k] = m
            switch k {
            case "id": p.id = id(v, key: k) ?? ""
            case "name": p.name = string(v, key: k) ?? ""
            case "title": p.title = optionalString(v, key: k)
            case "status": p.status = status(v)
            case "aliases": p.aliases = stringList(v, key: k)
            case "source": p.source = optionalString(v, key: k)
            case "note": p.note = optionalString(v, key: k)
            case "ignore": p.ignore = ignores(v)
            default: break
            }
        }
    }

    mutating func unit(_ item: YAMLNode) -> Unit? {
        var u = Unit(id: "", name: "", kind: "", mark: item.mark)
        guard entity(item, what: "unit", whatZh: "单位", keys: Self.unitKeys, { d, k, v, m in d.unitField(&u, k, v, m) })
        else { return nil }
        if u.keyMarks["kind"] == nil {
            error("missing-key", "a unit needs `kind`", "单位缺少 `kind`", at: item.mark)
        }
        return u.id.isEmpty ? nil : u
    }

    mutating func unitField(_ u: inout Unit, _ k: String, _ v: YAMLNode, _ m: SourceMark) {
        do {
            u.keyMarks[k] = m
            switch k {
            case "id": u.id = id(v, key: k) ?? ""
            case "name": u.name = string(v, key: k) ?? ""
            case "kind": u.kind = string(v, key: k) ?? ""
            case "parent": u.parent = ref(v, key: k)
            case "chief": u.chief = ref(v, key: k)
            case "deputies": u.deputies = refs(v, key: k)
            case "office": u.office = ref(v, key: k)
            case "members": u.members = refs(v, key: k)
            case "liaises": u.liaises = refs(v, key: k)
            case "replaces": u.replaces = refs(v, key: k, single: true)
            case "aliases": u.aliases = stringList(v, key: k)
            case "status": u.status = status(v)
            case "source": u.source = optionalString(v, key: k)
            case "note": u.note = optionalString(v, key: k)
            case "ignore": u.ignore = ignores(v)
            default: break
            }
        }
    }

    mutating func duty(_ item: YAMLNode) -> Duty? {
        var d = Duty(id: "", name: "", mark: item.mark)
        guard
            entity(
                item, what: "duty", whatZh: "职责", keys: Self.dutyKeys, { dec, k, v, m in dec.dutyField(&d, k, v, m) })
        else { return nil }
        return d.id.isEmpty ? nil : d
    }

    mutating func dutyField(_ d: inout Duty, _ k: String, _ v: YAMLNode, _ m: SourceMark) {
        do {
            d.keyMarks[k] = m
            switch k {
            case "id": d.id = id(v, key: k) ?? ""
            case "name": d.name = string(v, key: k) ?? ""
            case "lead": d.lead = refs(v, key: k, single: true)
            case "assist": d.assist = refs(v, key: k, single: true)
            case "due": d.due = v.isNull ? nil : day(v, key: k)
            case "cadence":
                if let s = optionalString(v, key: k) {
                    if let c = Cadence(rawValue: s) {
                        d.cadence = c
                    } else {
                        let names = Cadence.allCases.map(\.rawValue)
                        let hint = Suggest.closest(to: s, in: names)
                        error(
                            "invalid-value",
                            "`cadence` must be one of \(names.joined(separator: ", ")), not `\(s)`"
                                + (hint.map { "; did you mean `\($0)`?" } ?? ""),
                            "`cadence` 应为 \(names.joined(separator: "、")) 之一,而不是 `\(s)`"
                                + (hint.map { ";是否想写 `\($0)`?" } ?? ""), at: v.mark)
                    }
                }
            case "report_to": d.reportTo = ref(v, key: k)
            case "done": d.done = bool(v, key: k) ?? false
            case "source": d.source = optionalString(v, key: k)
            case "note": d.note = optionalString(v, key: k)
            case "ignore": d.ignore = ignores(v)
            default: break
            }
        }
    }

    // MARK: - Whole-model rules that make a file unloadable

    mutating func checkIDs(_ model: Model) {
        var first = IDTable<SourceMark>(capacity: model.people.count + model.units.count + model.duties.count)
        func see(_ id: String, _ mark: SourceMark, _ d: inout ModelDecoder) {
            if let m = first.insertIfAbsent(id, mark) {
                d.error(
                    "duplicate-id",
                    "duplicate id `\(id)` (first defined at line \(m.line)); ids are unique across people, units and duties",
                    "id `\(id)` 重复(首次定义在第 \(m.line) 行);人员、单位和职责的 id 必须唯一", at: mark, subject: id)
            }
        }
        for p in model.people { see(p.id, p.keyMarks["id"] ?? p.mark, &self) }
        for u in model.units { see(u.id, u.keyMarks["id"] ?? u.mark, &self) }
        for d in model.duties { see(d.id, d.keyMarks["id"] ?? d.mark, &self) }
    }

    mutating func checkKinds(_ model: Model) {
        let known = Set(model.kinds.map(\.id))
        for u in model.units where !u.kind.isEmpty && !known.contains(u.kind) {
            let hint = Suggest.closest(to: u.kind, in: model.kinds.map(\.id))
            error(
                "unknown-kind",
                "unknown unit kind `\(u.kind)`" + (hint.map { "; did you mean `\($0)`?" } ?? "")
                    + " (declare your own under `kinds:`)",
                "未知的单位类别 `\(u.kind)`" + (hint.map { ";是否想写 `\($0)`?" } ?? "") + "(可在 `kinds:` 中自定义)",
                at: u.keyMarks["kind"] ?? u.mark, subject: u.id)
        }
    }
}
