/// Reads JSON text into `JSON` values, with line and column in errors and a nesting limit.
struct JSONReader {
    /// JSON that cannot be read, with where.
    struct Failure: Error, Sendable {
        var message: String
        var line: Int
        var column: Int
    }

    let bytes: [UInt8]
    var i = 0
    var depth = 0
    let maxDepth = 256

    /// Parses a whole JSON text.
    static func parse(_ text: String) throws(Failure) -> JSON {
        var r = JSONReader(bytes: Array(text.utf8))
        r.skipSpace()
        let v = try r.value()
        r.skipSpace()
        if r.i < r.bytes.count { throw r.fail("unexpected text after the JSON value") }
        return v
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

    func fail(_ message: String) -> Failure {
        var line = 1
        var col = 1
        var k = 0
        while k < min(i, bytes.count) {
            if bytes[k] == 0x0A {
                line += 1
                col = 1
            } else if bytes[k] & 0xC0 != 0x80 {
                col += 1
            }
            k += 1
        }
        return Failure(message: message, line: line, column: col)
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func value() throws(Failure) -> JSON {
        guard i < bytes.count else { throw fail("unexpected end of the JSON text") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            depth += 1
            if depth > maxDepth { throw fail("JSON nested deeper than \(maxDepth) levels") }
            i += 1
            var pairs: [(String, JSON)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                depth -= 1
                return .object(pairs)
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                let k = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                i += 1
                skipSpace()
                pairs.append((k, try value()))
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end inside an object") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    depth -= 1
                    return .object(pairs)
                }
                throw fail("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            depth += 1
            if depth > maxDepth { throw fail("JSON nested deeper than \(maxDepth) levels") }
            i += 1
            var items: [JSON] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                depth -= 1
                return .array(items)
            }
            while true {
                skipSpace()
                items.append(try value())
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end inside an array") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    depth -= 1
                    return .array(items)
                }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            return try number()
        }
    }

    mutating func literal(_ word: String) throws(Failure) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw fail("invalid literal") }
        i += w.count
    }

    mutating func number() throws(Failure) -> JSON {
        let start = i
        while i < bytes.count, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || "+-.eE".utf8.contains(bytes[i]) { i += 1 }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if let n = Int(text) { return .int(n) }
        if let d = Double(text) { return .double(d) }
        i = start
        throw fail("invalid JSON value")
    }

    mutating func string() throws(Failure) -> String {
        i += 1
        var out = [UInt8]()
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
                        bytes[i + 1] == UInt8(ascii: "u")
                    {
                        i += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(scalar).utf8))
                default: out.append(e)
                }
                continue
            }
            if b < 0x20 { throw fail("control character inside a string") }
            out.append(b)
            i += 1
        }
        throw fail("a string is never closed")
    }

    mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16)
        else { throw fail("invalid \\u escape") }
        i += 4
        return v
    }
}

extension JSON {
    /// The value of a key of an object.
    subscript(key: String) -> JSON? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    /// A string, or a number written as text (ids are often numbers in JSON exports).
    var text: String? {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        default: return nil
        }
    }
}
