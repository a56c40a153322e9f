/// Prints a diff as a Markdown briefing paper: summary, changes by unit, what AFTER breaks and fixes, who gains or
/// loses lead roles, and the unit counts.
public struct MarkdownDiffPrinter: Sendable {
    /// The language of the paper.
    public var lang: Language

    /// A printer in one language.
    public init(lang: Language) { self.lang = lang }

    /// The whole paper.
    public func render(_ diff: ModelDiff) -> String {
        let zh = lang == .zh
        let c = Markdown.cell
        let b = diff.before.file
        let a = diff.after.file
        var out = zh ? "# 机构调整对比:\(b) → \(a)\n\n" : "# Restructuring: \(b) → \(a)\n\n"
        let org = diff.after.organisation.name.isEmpty ? diff.before.organisation.name : diff.after.organisation.name
        if !org.isEmpty { out += (zh ? "组织:" : "Organisation: ") + c(org) + "\n\n" }
        out += "**" + c(diff.summary(lang)) + "**\n\n"

        out += zh ? "## 变更\n\n" : "## Changes\n\n"
        let groups = diff.changeGroups
        if groups.isEmpty { out += zh ? "没有变更。\n\n" : "No changes.\n\n" }
        for g in groups {
            out += "### " + c(g.heading(diff, lang)) + "\n\n"
            out += zh ? "| 变更 | 调整前 | 调整后 | 说明 |\n" : "| Change | Before | After | Description |\n"
            out += "|---|---|---|---|\n"
            for ch in g.changes {
                out +=
                    "| `\(ch.change.rawValue)` | \(c(ch.before ?? "")) | \(c(ch.after ?? "")) | "
                    + "\(c(ch.text(lang))) |\n"
            }
            out += "\n"
        }

        out += zh ? "## 影响\n\n" : "## Impact\n\n"
        out += zh ? "### \(c(a)) 新增的问题\n\n" : "### Findings introduced by \(c(a))\n\n"
        out += findings(diff.introduced)
        out += zh ? "### 已解决的问题\n\n" : "### Findings resolved\n\n"
        out += findings(diff.resolved)
        if !diff.changed.isEmpty {
            out += zh ? "### 涉及的对象有变的问题\n\n" : "### Findings whose subjects change\n\n"
            out += zh ? "| 位置 | 检查项 | 说明 | 变化 |\n" : "| Location | Check | Message | Change |\n"
            out += "|---|---|---|---|\n"
            for ch in diff.changed {
                let f = ch.after
                let loc = f.mark.map { "\(f.file):\($0.line)" } ?? f.file
                out +=
                    "| \(c(loc)) | `\(f.check)` | \(c(f.message.text(lang))) | "
                    + "\(c(diff.changeText(ch, lang))) |\n"
            }
            out += "\n"
        }

        out += zh ? "### 牵头职务\n\n" : "### Lead roles\n\n"
        if diff.load.isEmpty {
            out += zh ? "无人的牵头职务发生变化。\n\n" : "Nobody's lead roles change.\n\n"
        } else {
            let limit = diff.load[0].limit
            out +=
                zh
                ? "每人担任负责人的单位数与牵头职责数之和;上限 \(limit)。\n\n| 人员 | 调整前 | 调整后 | 新增 | 失去 | 提示 |\n"
                : "Units chaired plus duties led, per person; limit \(limit).\n\n"
                    + "| Person | Before | After | Gains | Loses | Note |\n"
            out += "|---|---|---|---|---|---|\n"
            for l in diff.load {
                var notes: [String] = []
                if l.losesEveryRole { notes.append(zh ? "失去全部牵头职务" : "loses every role") }
                if l.overLimit { notes.append(zh ? "超过上限" : "over the limit") }
                let sep = zh ? "、" : ", "
                out +=
                    "| \(c(l.person.name)) | \(l.before) | \(l.after) | "
                    + "\(c(l.gained.map(\.name).joined(separator: sep))) | "
                    + "\(c(l.lost.map(\.name).joined(separator: sep))) | \(c(notes.joined(separator: sep))) |\n"
            }
            out += "\n"
        }

        out += zh ? "### 单位数量\n\n" : "### Unit counts\n\n"
        if diff.counts.isEmpty {
            out += zh ? "各类单位数量不变。\n" : "No kind of unit changes in number.\n"
        } else {
            out += zh ? "| 类别 | 调整前 | 调整后 | 规定 |\n" : "| Kind | Before | After | Fixed by \(c(a)) |\n"
            out += "|---|---|---|---|\n"
            for k in diff.counts {
                let fixed = k.expected.map { "\($0)" + (k.missesExpectation ? (zh ? "(不符)" : " (not met)") : "") }
                out += "| \(c(k.label.text(lang))) | \(k.before) | \(k.after) | \(fixed ?? "") |\n"
            }
        }
        return out
    }

    func findings(_ list: [Finding]) -> String {
        let zh = lang == .zh
        guard !list.isEmpty else { return zh ? "无。\n\n" : "None.\n\n" }
        var out = zh ? "| 位置 | 级别 | 检查项 | 说明 |\n" : "| Location | Severity | Check | Message |\n"
        out += "|---|---|---|---|\n"
        for f in list {
            let loc = f.mark.map { "\(f.file):\($0.line)" } ?? f.file
            let sev: String
            switch (f.severity, zh) {
            case (.error, true): sev = "错误"
            case (.warning, true): sev = "警告"
            case (_, true): sev = "提示"
            case (.error, false): sev = "error"
            case (.warning, false): sev = "warning"
            case (_, false): sev = "note"
            }
            out += "| \(Markdown.cell(loc)) | \(sev) | `\(f.check)` | \(Markdown.cell(f.message.text(lang))) |\n"
        }
        return out + "\n"
    }
}

extension MarkdownDiffPrinter: DiffPrinter {
    public static let format = OutputFormat(
        id: "markdown", extensions: [".md", ".markdown"],
        help: Message(
            en: "a briefing paper: summary, changes by unit, impact", zh: "Markdown 简报:汇总、逐个单位的变更、影响"))

    public init(_ options: PrinterOptions) { self.init(lang: options.lang) }
}
