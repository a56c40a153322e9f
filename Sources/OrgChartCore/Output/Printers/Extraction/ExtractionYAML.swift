/// Writes an extraction as a fragment of a model file (`expect`, `people`, `units`, `duties`), each entry with its
/// `source` and a comment giving the line and the rule, ready to paste into a model.
public struct ExtractionYAML: Sendable {
    public var minutesPath: String
    public var sourceName: String
    public var model: Model?

    /// Creates a value with the given parts.
    public init(minutesPath: String, sourceName: String = "minutes", model: Model? = nil) {
        self.minutesPath = minutesPath
        self.sourceName = sourceName
        self.model = model
    }

    /// The whole fragment.
    public func render(_ e: Extraction) -> String {
        let plan = ExtractionPlan(e, model: model, sourceName: sourceName)
        var out = "# Drafted by `orgchart extract` from \(YAMLText.comment(minutesPath))"
        if let d = e.meetingDate { out += " (meeting of \(d))" }
        out += ". Review every entry before use.\n"
        out +=
            "# Sources cite `\(sourceName)#item.point`: organisation.sources needs `\(sourceName): "
            + "\(YAMLText.comment(minutesPath))`.\n"
        for f in e.findings {
            out += "# \(f.check) (line \(f.mark?.line ?? 0)): \(YAMLText.comment(f.message.en))\n"
        }
        for n in plan.notes { out += "# note: \(YAMLText.comment(n.en))\n" }
        for (a, id) in plan.existing {
            out += "# already in the model as \(YAMLText.comment("\(id): \(a.location.path) \(a.task)"))\n"
        }
        if !plan.counts.isEmpty { out += "expect:\n" + expectBody(plan, indent: "  ") }
        if !plan.people.isEmpty { out += "people:\n" + entries(people: plan, indent: "  ") }
        if !plan.units.isEmpty {
            out += "units:\n" + entries(units: plan, indent: "  ")
        } else {
            for c in plan.structureComments { out += "# \(YAMLText.comment(c))\n" }
        }
        if !plan.duties.isEmpty { out += "duties:\n" + entries(duties: plan, extraction: e, indent: "  ") }
        return out
    }

    /// The body of `expect:` (`count: {…}`), indented.
    func expectBody(_ plan: ExtractionPlan, indent: String) -> String {
        let pairs = plan.counts.map { "\($0.kind): \($0.count)" }.joined(separator: ", ")
        let from = plan.counts.map { $0.location.source(sourceName) }.joined(separator: ", ")
        return "\(indent)count: {\(pairs)}  # \(YAMLText.comment(from))\n"
    }

    /// `- id: …` entries of people, each line prefixed by `indent`.
    func entries(people plan: ExtractionPlan, indent: String) -> String {
        var out = ""
        for p in plan.people {
            out += "\(indent)- id: \(YAMLText.scalar(p.party.id))\n"
            out += "\(indent)  name: \(YAMLText.scalar(p.party.name))\n"
            if let t = p.party.title { out += "\(indent)  title: \(YAMLText.scalar(t))\n" }
            if p.party.placeholder {
                out += "\(indent)  status: placeholder\n"
                out +=
                    "\(indent)  note: \(YAMLText.scalar("纪要仅以职务指代,人员尚待明确 (named only by post in the minutes; to be named)"))\n"
            }
            if let s = p.source { out += "\(indent)  source: \(YAMLText.scalar(s))\n" }
        }
        return out
    }

    /// `- id: …` entries of units with their structure facts.
    func entries(units plan: ExtractionPlan, indent: String) -> String {
        var out = ""
        for c in plan.structureComments { out += "\(indent)# \(YAMLText.comment(c))\n" }
        for u in plan.units {
            out += "\(indent)- id: \(YAMLText.scalar(u.party.id))\n"
            out += "\(indent)  name: \(YAMLText.scalar(u.party.name))\n"
            out += "\(indent)  kind: \(u.party.kind ?? "bureau")\n"
            if let p = u.parent { out += "\(indent)  parent: \(YAMLText.scalar(p))\n" }
            if let c = u.chief { out += "\(indent)  chief: \(YAMLText.scalar(c))\n" }
            if !u.deputies.isEmpty { out += "\(indent)  deputies: \(YAMLText.list(u.deputies))\n" }
            if let o = u.office { out += "\(indent)  office: \(YAMLText.scalar(o))\n" }
            if !u.members.isEmpty { out += "\(indent)  members: \(YAMLText.list(u.members))\n" }
            if let s = u.source { out += "\(indent)  source: \(YAMLText.scalar(s))\n" }
        }
        return out
    }

    /// `- id: …` entries of duties, each after a comment with its line and rule.
    func entries(duties plan: ExtractionPlan, extraction e: Extraction, indent: String) -> String {
        var out = ""
        for a in plan.duties {
            out += "\(indent)# line \(a.location.line) [\(a.rule)]"
            if a.lead.isEmpty { out += " no owner named" }
            out += "\n"
            out += "\(indent)- id: \(YAMLText.scalar(a.dutyID))\n"
            out += "\(indent)  name: \(YAMLText.scalar(a.task))\n"
            if a.lead.count == 1 {
                out += "\(indent)  lead: \(YAMLText.scalar(a.lead[0].id))\n"
            } else if a.lead.count > 1 {
                out += "\(indent)  lead: \(YAMLText.list(a.lead.map(\.id)))\n"
            }
            if !a.assist.isEmpty { out += "\(indent)  assist: \(YAMLText.list(a.assist.map(\.id)))\n" }
            if let d = a.due { out += "\(indent)  due: \(d)\n" }
            if let c = a.cadence { out += "\(indent)  cadence: \(c.rawValue)\n" }
            if let r = a.reportTo { out += "\(indent)  report_to: \(YAMLText.scalar(r.id))\n" }
            out += "\(indent)  source: \(YAMLText.scalar(a.location.source(sourceName)))\n"
        }
        return out
    }
}

/// Writing YAML scalars: plain when that reads back as the same string, double-quoted otherwise.
public enum YAMLText {
    /// A scalar that reads back as `s`.
    public static func scalar(_ s: String) -> String {
        isPlainSafe(s) ? s : quoted(s)
    }

    /// A flow list of ids: `[a, b]`.
    public static func list(_ items: [String]) -> String {
        "["
            + items.map { isPlainSafe($0) && !$0.contains(where: { ",[]{}".contains($0) }) ? $0 : quoted($0) }
            .joined(separator: ", ") + "]"
    }

    /// A double-quoted scalar.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else if (0x80...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029
                    || u.value == 0xFEFF || u.value == 0xFFFE || u.value == 0xFFFF
                {
                    // Characters YAML refuses in a file, or reads as a line break: escaped.
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Characters a plain scalar cannot carry: controls, line breaks, a byte-order mark and non-characters.
    static func needsQuotes(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029
            || u.value == 0xFEFF || u.value == 0xFFFE || u.value == 0xFFFF
    }

    /// Text that stays inside a `#` comment: line breaks become spaces, control characters are shown as `\u{…}`.
    public static func comment(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: out += " "
            case 0x09: out += " "
            default:
                if needsQuotes(u) {
                    out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.first, let last = s.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first == " " || last == " " || last == ":" { return false }
        if s.contains(": ") || s.contains(" #") || s.contains("\t") || s.contains("\n") { return false }
        if s.unicodeScalars.contains(where: { YAMLText.needsQuotes($0) }) { return false }
        let lower = s.lowercased()
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        if reserved.contains(lower) { return false }
        if s.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "_" || $0 == "e" }) {
            return false
        }
        return true
    }
}

extension ExtractionYAML: ExtractionPrinter {
    public static let format = OutputFormat(
        id: "yaml", extensions: [".yaml", ".yml"],
        help: Message(
            en: "a fragment in the model format, each entry citing its line (from a notice: a whole model)",
            zh: "模型格式的片段,每条注明出处(通知则为完整模型)"))

    public init(_ options: ExtractionPrinterOptions) {
        self.init(minutesPath: options.documentPath, sourceName: options.sourceName, model: options.model)
    }
}
