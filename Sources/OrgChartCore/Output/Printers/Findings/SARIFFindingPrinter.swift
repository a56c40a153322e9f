/// Prints findings as SARIF 2.1.0, for code-review tools: valid against the official schema with its `uri` formats
/// checked (`scripts/validate-sarif.py`). Files are named relative to the source root (`%SRCROOT%`), never with
/// `../` or as plain absolute paths; each result has a stable `partialFingerprints` entry; a finding that covers
/// several subjects lists them as `relatedLocations`.
public struct SARIFFindingPrinter: Sendable {
    public var lang: Language
    /// The absolute address of the checks' documentation (docs/checks.md as published, `https://…/checks.md`): the
    /// driver's `informationUri`, and each rule's `helpUri` with the check id as fragment. Nil leaves both out
    /// (each rule still carries its documentation as `help`).
    public var documentation: String?
    /// The absolute path of the source root the files are named relative to (`%SRCROOT%`, given in
    /// `originalUriBaseIds`); nil when the findings' file names are already relative to it.
    public var root: String?

    /// The name of the fingerprint in `partialFingerprints`; its value depends on the check, the cause or subject,
    /// and the file, never on lines or messages, so that a finding keeps it while the model is edited around it.
    static let fingerprintName = "orgchartFinding/v1"

    public init(lang: Language, documentation: String? = nil, root: String? = nil) {
        self.lang = lang
        self.documentation = documentation
        self.root = root
    }

    /// Whether a documentation address can be used: absolute `http` or `https`, without spaces or a fragment.
    public static func isDocumentationAddress(_ s: String) -> Bool {
        (s.hasPrefix("https://") || s.hasPrefix("http://")) && s.count > 8
            && !s.contains(where: { $0 == " " || $0 == "#" || $0.isNewline || !$0.isASCII })
    }

    func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info, .off: return "note"
        }
    }

    public func render(_ findings: [Finding]) -> String {
        let rules: [JSON] = CheckCatalog.all.map { rule in
            var r: [(String, JSON)] = [
                ("id", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.summary.text(lang)))])),
                ("fullDescription", .object([("text", .string(rule.description.text(lang)))])),
                ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
                ("help", .object([("text", .string(rule.description.text(lang)))])),
            ]
            if let documentation { r.append(("helpUri", .string(documentation + "#" + rule.id))) }
            return .object(r)
        }
        var ruleIndex: [String: Int] = [:]
        for (i, rule) in CheckCatalog.all.enumerated() { ruleIndex[rule.id] = i }
        var seen: [String: Int] = [:]
        let results: [JSON] = findings.map { f in
            var result: [(String, JSON)] = [("ruleId", .string(f.check))]
            if let i = ruleIndex[f.check] { result.append(("ruleIndex", .int(i))) }
            result.append(("level", .string(level(f.severity))))
            result.append(("message", .object([("text", .string(f.message.text(lang)))])))
            result.append(("locations", .array([.object([("physicalLocation", physicalLocation(f.file, f.mark))])])))
            if !f.related.isEmpty {
                result.append(
                    (
                        "relatedLocations",
                        .array(
                            f.related.enumerated().map { i, r in
                                .object([
                                    ("id", .int(i + 1)),
                                    ("physicalLocation", physicalLocation(r.file, r.mark)),
                                    ("message", .object([("text", .string(r.message.text(lang)))])),
                                ])
                            })
                    ))
            }
            // Two findings with the same identity (two dangling references of one unit) are told apart by their
            // order among themselves.
            let identity = Self.identity(f, file: Self.artifact(f.file, root: root))
            let n = seen[identity, default: 0]
            seen[identity] = n + 1
            let print = Self.fingerprint(identity + (n == 0 ? "" : "\u{1}\(n)"))
            result.append(("partialFingerprints", .object([(Self.fingerprintName, .string(print))])))
            var properties: [(String, JSON)] = []
            if let s = f.subject { properties.append(("subject", .string(s))) }
            if !f.related.isEmpty {
                properties.append(("subjects", .array(f.related.map { .string($0.id) })))
                properties.append(("count", .int(f.count)))
            }
            if !properties.isEmpty { result.append(("properties", .object(properties))) }
            return .object(result)
        }
        var driver: [(String, JSON)] = [
            ("name", .string("orgchart")),
            ("version", .string(OrgChartVersion.string)),
        ]
        if let documentation { driver.append(("informationUri", .string(documentation))) }
        driver.append(("rules", .array(rules)))
        var run: [(String, JSON)] = [("tool", .object([("driver", .object(driver))]))]
        if let root {
            run.append(
                (
                    "originalUriBaseIds",
                    .object([(Self.rootID, .object([("uri", .string(Self.fileURI(Self.directory(root))))]))])
                ))
        }
        run.append(("results", .array(results)))
        return JSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]).serialized() + "\n"
    }

    /// The base id of the source root.
    static let rootID = "%SRCROOT%"

    func physicalLocation(_ file: String, _ mark: SourceMark?) -> JSON {
        var location: [(String, JSON)] = [("artifactLocation", artifactLocation(file))]
        if let m = mark, m.line >= 1 {
            var region: [(String, JSON)] = [("startLine", .int(m.line))]
            if m.column >= 1 { region.append(("startColumn", .int(m.column))) }
            location.append(("region", .object(region)))
        }
        return .object(location)
    }

    /// A file as SARIF names it: relative to `%SRCROOT%` when it lies under the root, else an absolute `file:` URI.
    func artifactLocation(_ file: String) -> JSON {
        switch Self.artifact(file, root: root) {
        case .relative(let uri): return .object([("uri", .string(uri)), ("uriBaseId", .string(Self.rootID))])
        case .absolute(let uri): return .object([("uri", .string(uri))])
        }
    }

    /// Where a file is, for SARIF.
    enum ArtifactURI: Equatable, Sendable {
        /// A relative reference under the source root, without `.` or `..` segments, percent-encoded.
        case relative(String)
        /// An absolute `file:` URI.
        case absolute(String)
    }

    /// The URI of `file` (a path as given on the command line) against `root` (an absolute directory; nil when
    /// relative paths are already relative to the source root).
    static func artifact(_ file: String, root: String?) -> ArtifactURI {
        func join(_ segments: some Sequence<Substring>) -> String { segments.map { encode($0) }.joined(separator: "/") }
        if file.hasPrefix("/") {
            let segments = normalised(split(file))
            if let root {
                let r = normalised(split(root))
                if segments.count > r.count, Array(segments.prefix(r.count)) == r {
                    return .relative(join(segments.dropFirst(r.count)))
                }
            }
            return .absolute("file:///" + join(segments))
        }
        var segments: [Substring] = []
        var above = 0
        for s in split(file) {
            switch s {
            case ".": continue
            case "..": if segments.isEmpty { above += 1 } else { segments.removeLast() }
            default: segments.append(s)
            }
        }
        guard above > 0 else { return .relative(join(segments)) }
        // Above the root: an absolute URI when the root is known (only a caller that names no root gets `../`).
        guard let root else { return .relative(String(repeating: "../", count: above) + join(segments)) }
        return artifact(directory(root) + file, root: root)
    }

    static func split(_ path: String) -> [Substring] { path.split(separator: "/", omittingEmptySubsequences: true) }

    static func normalised(_ segments: [Substring]) -> [Substring] {
        var out: [Substring] = []
        for s in segments {
            if s == "." { continue }
            if s == ".." {
                if !out.isEmpty { out.removeLast() }
                continue
            }
            out.append(s)
        }
        return out
    }

    /// An absolute directory path with one trailing slash.
    static func directory(_ path: String) -> String { path.hasSuffix("/") ? path : path + "/" }

    /// `file:///a/b/` for `/a/b/`, percent-encoded.
    static func fileURI(_ absolutePath: String) -> String {
        let segments = normalised(split(absolutePath)).map { encode($0) }.joined(separator: "/")
        return "file:///" + segments + (absolutePath.hasSuffix("/") && !segments.isEmpty ? "/" : "")
    }

    /// A path segment with everything but RFC 3986's unreserved characters percent-encoded (UTF-8).
    static func encode(_ segment: Substring) -> String {
        var out = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// What identifies a finding across edits of the model: its check, file, and its cause (a finding of one
    /// cause keeps it while subjects join or leave it) or else its subject (or, for a finding about the file as a
    /// whole, its English message).
    static func identity(_ f: Finding, file: ArtifactURI) -> String {
        let what: String
        if let cause = f.cause {
            what = "cause\u{1}" + cause
        } else if let subject = f.subject {
            what = "subject\u{1}" + subject
        } else {
            what = "message\u{1}" + f.message.en
        }
        let uri: String
        switch file {
        case .relative(let u), .absolute(let u): uri = u
        }
        return f.check + "\u{1}" + uri + "\u{1}" + what
    }

    /// 16 hex digits of FNV-1a (64 bits) of the text's UTF-8.
    static func fingerprint(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension SARIFFindingPrinter: FindingPrinter {
    public static let format = OutputFormat(
        id: "sarif", extensions: [".sarif"],
        help: Message(en: "SARIF 2.1.0, for code-review tools", zh: "SARIF 2.1.0,供代码审查工具使用"))

    public init(_ options: PrinterOptions) {
        self.init(lang: options.lang, documentation: options.documentation, root: options.root)
    }
}
