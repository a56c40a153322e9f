/// Prints findings as compiler-style lines (`file:line:col: error: [check] message`) and a summary line. A finding
/// that covers several subjects is one line; with `expand`, its subjects follow it, one indented line each.
public struct TextFindingPrinter: Sendable {
    public var lang: Language
    /// Whether to colour severities with ANSI escapes (only when writing to a terminal).
    public var colour: Bool
    /// Whether to list the subjects of a finding that covers several under it (`check --expand`).
    public var expand: Bool

    public init(lang: Language, colour: Bool, expand: Bool = false) {
        self.lang = lang
        self.colour = colour
        self.expand = expand
    }

    /// One line per finding, in the order given.
    public func line(_ f: Finding) -> String {
        var location = f.file
        if let m = f.mark { location += ":\(m.line):\(m.column)" }
        let sev = severityWord(f.severity)
        let coloured: String
        if colour {
            let code: String
            switch f.severity {
            case .error: code = "1;31"
            case .warning: code = "1;33"
            default: code = "1;36"
            }
            coloured = "\u{1B}[\(code)m\(sev)\u{1B}[0m"
        } else {
            coloured = sev
        }
        return
            "\(Self.visible(location)): \(coloured): [\(Self.visible(f.check))] \(Self.visible(f.message.text(lang)))"
    }

    /// Text safe to print on a terminal as one line: line breaks and other control characters (escape sequences
    /// could recolour or rewrite the screen) and bidirectional overrides (they could reorder what is shown) are
    /// written as `\n`, `\r` or `\u{…}`.
    static func visible(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: UnsafeCharacters.terminal.contains) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            guard UnsafeCharacters.terminal.contains(u) else {
                out.unicodeScalars.append(u)
                continue
            }
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// The word for a severity, as compilers print it (kept in English so editors can parse it).
    func severityWord(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info, .off: return "note"
        }
    }

    /// The line of a finding and, with `expand`, one indented line per subject it covers
    /// (`    file:line:col: message`).
    func lines(_ f: Finding) -> String {
        var out = line(f) + "\n"
        guard expand else { return out }
        for r in f.related {
            var location = r.file
            if let m = r.mark { location += ":\(m.line):\(m.column)" }
            out += "    \(Self.visible(location)): \(Self.visible(r.message.text(lang)))\n"
        }
        return out
    }

    /// All findings, then the summary line.
    public func render(_ findings: [Finding]) -> String {
        var out = ""
        for f in findings { out += lines(f) }
        out += FindingSummary(findings).line(lang) + "\n"
        return out
    }
}

extension TextFindingPrinter: FindingPrinter {
    public static let format = OutputFormat(
        id: "text", extensions: [".txt"],
        help: Message(
            en: "compiler-style lines (file:line:col: error: [check] message), then a summary",
            zh: "编译器格式的逐行输出(文件:行:列: error: [检查项] 说明),最后一行为汇总"))

    public init(_ options: PrinterOptions) {
        self.init(lang: options.lang, colour: options.colour, expand: options.expand)
    }
}
