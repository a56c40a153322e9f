/// A JSON value, written deterministically (object keys in the order given) without Foundation.
public indirect enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    /// Keys keep their order, so output is stable and reads in a sensible order.
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }
    public func hash(into h: inout Hasher) { h.combine(serialized()) }

    /// A string, or null for nil.
    public static func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }

    /// The JSON text; `indent` > 0 pretty-prints.
    public func serialized(indent: Int = 2) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0)
        return out
    }

    func write(into out: inout String, indent: Int, level: Int) {
        let nl = indent > 0 ? "\n" : ""
        let pad = String(repeating: " ", count: indent * (level + 1))
        let endPad = String(repeating: " ", count: indent * level)
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "[" + nl
            for (i, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent, level: level + 1)
                out += (i + 1 < items.count ? "," : "") + nl
            }
            out += endPad + "]"
        case .object(let pairs):
            if pairs.isEmpty {
                out += "{}"
                return
            }
            out += "{" + nl
            for (i, (k, v)) in pairs.enumerated() {
                out += pad
                JSON.escape(k, into: &out)
                out += indent > 0 ? ": " : ":"
                v.write(into: &out, indent: indent, level: level + 1)
                out += (i + 1 < pairs.count ? "," : "") + nl
            }
            out += endPad + "}"
        }
    }

    /// Writes a JSON string literal; non-ASCII text stays as UTF-8, `<`, `>` and `&` are escaped so the JSON can
    /// sit inside an HTML `<script>` element safely.
    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if UnsafeCharacters.json.contains(u) {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}

extension Finding {
    /// The finding as the JSON object `check --format json` prints (field names are a public interface): what and
    /// where; a finding that covers several subjects has `subject: null` and adds `count` and `subjects`, each
    /// subject with its own place and message.
    public func json(_ lang: Language) -> JSON {
        var fields: [(String, JSON)] = [
            ("check", .string(check)),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message.text(lang))),
            ("subject", .optional(subject)),
            ("file", .string(file)),
            ("line", mark.map { .int($0.line) } ?? .null),
            ("column", mark.map { .int($0.column) } ?? .null),
        ]
        if !related.isEmpty {
            fields.append(("count", .int(count)))
            fields.append(("subjects", .array(related.map { $0.json(lang) })))
        }
        return .object(fields)
    }
}

extension RelatedSubject {
    /// `{"id", "file", "line", "column", "message"}`.
    public func json(_ lang: Language) -> JSON {
        .object([
            ("id", .string(id)),
            ("file", .string(file)),
            ("line", mark.map { .int($0.line) } ?? .null),
            ("column", mark.map { .int($0.column) } ?? .null),
            ("message", .string(message.text(lang))),
        ])
    }
}

extension FindingSummary {
    /// `{"errors": n, "warnings": n, "notes": n}`.
    public var json: JSON {
        .object([("errors", .int(errors)), ("warnings", .int(warnings)), ("notes", .int(notes))])
    }
}
