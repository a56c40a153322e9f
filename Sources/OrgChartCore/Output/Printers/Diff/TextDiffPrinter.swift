/// Prints a diff for reading in a terminal: the changes grouped by unit, then the impact, then a one-line summary.
public struct TextDiffPrinter: Sendable {
    /// The language of the report.
    public var lang: Language
    /// Whether to colour finding severities with ANSI escapes (only when writing to a terminal).
    public var colour: Bool

    /// A printer in one language, colouring severities or not.
    public init(lang: Language, colour: Bool = false) {
        self.lang = lang
        self.colour = colour
    }

    /// The whole report.
    public func render(_ diff: ModelDiff) -> String {
        let zh = lang == .zh
        let b = diff.before.file
        let a = diff.after.file
        var out = zh ? "从 \(b) 到 \(a) 的变更:\n" : "Changes from \(b) to \(a):\n"
        let groups = diff.changeGroups
        if groups.isEmpty { out += zh ? "  (没有变更)\n" : "  (none)\n" }
        for g in groups {
            // Names are shown, not obeyed: a line break or escape sequence in one cannot rewrite the terminal.
            out += "\n" + visible(g.heading(diff, lang)) + "\n"
            for c in g.changes { out += "  [\(c.change.rawValue)] \(visible(c.text(lang)))\n" }
        }
        out += impact(diff)
        out += "\n" + diff.summary(lang) + "\n"
        return out
    }

    func impact(_ diff: ModelDiff) -> String {
        let zh = lang == .zh
        guard
            !(diff.introduced.isEmpty && diff.resolved.isEmpty && diff.changed.isEmpty && diff.load.isEmpty
                && diff.counts.isEmpty)
        else { return "" }
        let findings = TextFindingPrinter(lang: lang, colour: colour)
        var out = "\n" + (zh ? "影响" : "Impact") + "\n"
        if !diff.introduced.isEmpty {
            out +=
                zh
                ? "  \(diff.after.file) 新增的问题(\(diff.introduced.count)):\n"
                : "  Findings introduced by \(diff.after.file) (\(diff.introduced.count)):\n"
            for f in diff.introduced { out += "    " + findings.line(f) + "\n" }
        }
        if !diff.resolved.isEmpty {
            out += zh ? "  已解决的问题(\(diff.resolved.count)):\n" : "  Findings resolved (\(diff.resolved.count)):\n"
            for f in diff.resolved { out += "    " + findings.line(f) + "\n" }
        }
        if !diff.changed.isEmpty {
            out +=
                zh
                ? "  涉及的对象有变的问题(\(diff.changed.count)):\n"
                : "  Findings whose subjects change (\(diff.changed.count)):\n"
            for c in diff.changed {
                out += "    " + findings.line(c.after) + "\n"
                out += "      " + visible(diff.changeText(c, lang)) + "\n"
            }
        }
        if let limit = diff.load.first?.limit {
            out +=
                zh
                ? "  牵头职务(调整前 → 调整后,上限 \(limit)):\n"
                : "  Lead roles (before → after, limit \(limit)):\n"
            for l in diff.load { out += "    " + visible(loadLine(l)) + "\n" }
        }
        if !diff.counts.isEmpty {
            out += zh ? "  单位数量(调整前 → 调整后):\n" : "  Unit counts (before → after):\n"
            for c in diff.counts {
                var line = "\(c.label.text(lang))\(zh ? ":" : ": ")\(c.before) → \(c.after)"
                if let e = c.expected {
                    line +=
                        zh
                        ? "(规定 \(e) 个\(e == c.after ? "" : ",不符"))"
                        : " (fixed: \(e)\(e == c.after ? "" : ", not met"))"
                }
                out += "    " + visible(line) + "\n"
            }
        }
        return out
    }

    func visible(_ s: String) -> String { TextFindingPrinter.visible(s) }

    func loadLine(_ l: LeadLoad) -> String {
        let zh = lang == .zh
        var parts: [String] = []
        if !l.gained.isEmpty {
            parts.append((zh ? "新增 " : "gains ") + l.gained.map(\.name).joined(separator: zh ? "、" : ", "))
        }
        if l.losesEveryRole {
            parts.append(
                (zh ? "失去全部牵头职务:" : "loses every role: ") + l.lost.map(\.name).joined(separator: zh ? "、" : ", "))
        } else if !l.lost.isEmpty {
            parts.append((zh ? "失去 " : "loses ") + l.lost.map(\.name).joined(separator: zh ? "、" : ", "))
        }
        if l.overLimit { parts.append(zh ? "超过上限" : "over the limit") }
        return zh
            ? "\(l.person.name):\(l.before) → \(l.after)," + parts.joined(separator: ";")
            : "\(l.person.name): \(l.before) → \(l.after), " + parts.joined(separator: "; ")
    }
}

extension TextDiffPrinter: DiffPrinter {
    public static let format = OutputFormat(
        id: "text", extensions: [".txt"],
        help: Message(
            en: "the changes unit by unit, then the impact and a summary", zh: "逐个单位列出变更,然后是影响和汇总"))

    public init(_ options: PrinterOptions) { self.init(lang: options.lang, colour: options.colour) }
}
