/// The documentation of the extraction rules, generated from `ExtractionRules` so the two cannot drift.
public enum ExtractionDocumentation {
    /// `orgchart extract --rules`: one block per rule.
    public static func text(_ lang: Language) -> String {
        var out = ""
        for r in ExtractionRules.all {
            out += "\(r.id) (\(r.role.rawValue)): \(r.pattern)\n"
            out += "    \(r.summary.text(lang))\n"
            out += "    " + (lang == .zh ? "例:" : "e.g. ") + r.example + "\n"
            out += "    → \(r.yields)\n"
        }
        return out
    }

    /// The rule tables of docs/extract.md (between the `rules:begin` and `rules:end` markers).
    public static func markdown() -> String {
        var out = ""
        for (title, role) in [
            ("Assignments", ExtractionRule.Role.assignment), ("Attributes", .attribute), ("Structure", .structure),
        ] {
            out += "### \(title)\n\n| rule | pattern | reads | example | yields |\n| --- | --- | --- | --- | --- |\n"
            for r in ExtractionRules.all where r.role == role {
                let cells = [
                    "`\(r.id)`", "`\(r.pattern)`", r.summary.en + "<br>" + r.summary.zh, r.example, r.yields,
                ].map { $0.replacingAll("|", with: "\\|") }
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        return out
    }
}
