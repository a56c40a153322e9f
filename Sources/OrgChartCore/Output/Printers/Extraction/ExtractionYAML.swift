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
        if let a = e.approval {
            // The organisation block is the model's own: the approval is said here, and `--merge` writes it.
            out += "# organisation (the minutes approve the structure only in principle):\n"
            for key in approvalKeys(a) { out += "#   \(key)\n" }
        }
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

    /// `status:` and `pending:` of the organisation block (without indent), each citing its source.
    func approvalKeys(_ a: DecisionApproval) -> [String] {
        let source = YAMLText.comment(a.location.source(sourceName))
        var keys = ["status: \(a.status.rawValue)  # \(source): \(YAMLText.comment(a.sentence))"]
        if let p = a.pending { keys.append("pending: \(YAMLText.scalar(p))  # \(source)") }
        return keys
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
            out += "\(indent)  kind: \(u.party.kind ?? BuiltInKinds.bureau.id)\n"
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
