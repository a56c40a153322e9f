/// Explains an extraction: for each assignment and fact, where it stands, the rule that read it and what it yields.
public struct ExtractionExplainer: Sendable {
    public var lang: Language

    /// Creates a value with the given parts.
    public init(lang: Language) { self.lang = lang }

    /// The explanation as text, one block per assignment and per fact.
    public func render(_ e: Extraction) -> String {
        var out = ""
        for (i, a) in e.assignments.enumerated() {
            let where_ = a.location.path.isEmpty ? "" : " (\(a.location.path))"
            out +=
                "\(e.file):\(a.location.line):\(a.location.column): \(a.dutyID)\(where_) [\(a.noticeRule ?? a.rule.rawValue)]"
            if let n = a.noticeRule {
                if let r = NoticeRules.rule(n) { out += " \(r.pattern)" }
            } else if let r = ExtractionRules.rule(a.rule) {
                out += " \(r.pattern)"
            }
            out += "\n"
            out += "    \(label("sentence", "原句")): \(a.sentence)\n"
            let lead = a.lead.isEmpty ? label("(none)", "(无)") : a.lead.map(describe).joined(separator: ", ")
            out += "    \(label("lead", "牵头")): \(lead)\n"
            if !a.assist.isEmpty {
                out += "    \(label("assist", "配合")): \(a.assist.map(describe).joined(separator: ", "))\n"
            }
            out += "    \(label("task", "任务")): \(a.task)\n"
            if let d = a.due { out += "    \(label("due", "期限")): \(d)\n" }
            if let c = a.cadence { out += "    \(label("cadence", "频次")): \(c.rawValue) (\(c.zh))\n" }
            if let r = a.reportTo { out += "    \(label("report to", "报告对象")): \(describe(r))\n" }
            if let extra = e.traces[i], !extra.isEmpty {
                out += "    \(label("also", "另用规则")): \(extra.map(\.rawValue).joined(separator: ", "))\n"
            }
        }
        for f in e.structure {
            let where_ = f.location.path.isEmpty ? "" : " (\(f.location.path))"
            out +=
                "\(e.file):\(f.location.line):\(f.location.column): \(f.kind.rawValue)\(where_) [\(f.noticeRule ?? f.rule.rawValue)]"
            if let n = f.noticeRule {
                if let r = NoticeRules.rule(n) { out += " \(r.pattern)" }
            } else if let r = ExtractionRules.rule(f.rule) {
                out += " \(r.pattern)"
            }
            out += "\n"
            var parts: [String] = []
            if let u = f.unit { parts.append("unit \(describe(u))") }
            if let p = f.person { parts.append("person \(describe(p))") }
            if let o = f.other {
                parts.append((f.kind == .office ? "host " : f.kind == .member ? "member " : "parent ") + describe(o))
            }
            if let h = f.holding { parts.append("as \(h)") }
            if let r = f.role { parts.append("role \(r)") }
            if let k = f.unitKind, let n = f.count {
                parts.append("\(k) " + (f.from.map { "\($0) → " } ?? "") + "\(n)")
            }
            if let a = f.phrase, let b = f.otherPhrase { parts.append("\(a) ↔ \(b)") }
            out += "    " + parts.joined(separator: "; ") + "\n"
        }
        for u in e.notice?.unread ?? [] {
            out += "\(e.file):\(u.location.line):\(u.location.column): " + label("not read", "未读出")
            out += " \(u.text): \(u.reason.text(lang))\n"
        }
        for u in e.unresolved {
            out += "\(e.file):\(u.location.line):\(u.location.column): "
            out += label("unresolved", "未解析") + " \(u.sort.rawValue) \(u.name) → \(u.proposedID)\n"
        }
        return out
    }

    func label(_ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    func describe(_ p: Party) -> String {
        let status = p.resolved ? "" : (lang == .zh ? ",新" : ", new")
        return "\(p.written) (\(p.id)\(status))"
    }
}
