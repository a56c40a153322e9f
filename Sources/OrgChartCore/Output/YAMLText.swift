/// Writing YAML text: scalars plain when every YAML reader reads them back as the same string, double-quoted
/// otherwise; lists; comments. The one YAML writer of the package (models, extraction drafts, duty edits).
public enum YAMLText {
    /// A scalar that reads back as `s`. `inFlow` is for a value inside `{…}` or `[…]`, where the flow indicators
    /// `,[]{}` (and, for older parsers, `:` and `?`) end a plain scalar.
    static func scalar(_ s: String, inFlow: Bool = false) -> String {
        isPlainSafe(s, inFlow: inFlow) ? s : quoted(s)
    }

    /// A flow list: `[a, b]`.
    static func list(_ items: [String]) -> String {
        "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    /// A double-quoted scalar: quotes, backslashes, line breaks and tabs escaped by name, the other characters
    /// YAML refuses in a file or reads as a line break (`UnsafeCharacters.yaml`) as `\uXXXX`.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if UnsafeCharacters.yaml.contains(u) {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Text that stays inside a `#` comment: line breaks and tabs become spaces, the other characters YAML refuses
    /// are shown as `\u{…}`.
    static func comment(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: out += " "
            case 0x09: out += " "
            default:
                if UnsafeCharacters.yaml.contains(u) {
                    out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    /// Words YAML 1.1 readers take for booleans, null or a merge key, in any case.
    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "=", "<<"]

    /// Whether `s` can be written plain: it does not start with an indicator or end with white space or `:`, holds
    /// no `: ` or ` #` and no character YAML refuses, is no reserved word and does not look like a number, date or
    /// time (which other YAML tools would read as one). In flow context it holds none of `,:?[]{}` either.
    static func isPlainSafe(_ s: String, inFlow: Bool) -> Bool {
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
        if scalars.contains(where: { UnsafeCharacters.yaml.contains($0) }) { return false }
        if s.contains(": ") || s.contains(" #") { return false }
        if inFlow, scalars.contains(where: { ",:?[]{}".unicodeScalars.contains($0) }) { return false }
        if reserved.contains(s.lowercased()) { return false }
        return !looksNumeric(s)
    }

    /// Whether `s` could be read as a number, a date or a time by some YAML reader (`12`, `+1`, `1e5`, `0x1F`,
    /// `1_000`, `1:30`, `.inf`, `2024-01-01`, `2001-12-14 21:59:43`): it starts with a digit, a sign or a dot and
    /// holds only ASCII letters, digits, spaces and `._:+-_`.
    static func looksNumeric(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, "0123456789+-.".unicodeScalars.contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { u in
            ("a"..."z").contains(u) || ("A"..."Z").contains(u) || ("0"..."9").contains(u)
                || "._:+-_ ".unicodeScalars.contains(u)
        }
    }
}
