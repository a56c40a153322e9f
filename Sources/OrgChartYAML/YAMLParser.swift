import CYAML

/// Limits that keep hostile input from exhausting time or memory. Each is documented in docs/limits.md.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of collections accepted.
    public var maxDepth: Int
    /// Most nodes accepted in one document.
    public var maxNodes: Int

    public init(maxBytes: Int = 256 << 20, maxDepth: Int = 64, maxNodes: Int = 20_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// The defaults: 256 MiB, 64 levels, 20 million nodes.
    public static let `default` = YAMLLimits()
}

/// A YAML text that cannot be read, with where the problem is.
public struct YAMLError: Error, Sendable, Equatable {
    /// What went wrong, in English.
    public var message: String
    /// What went wrong, in Chinese.
    public var messageZh: String
    /// Where, when known.
    public var mark: SourceMark?
    /// The class of problem.
    public var code: Code

    /// The classes of YAML reading problems (the model's loader reports them as its error codes of the same names).
    public enum Code: String, Sendable, Hashable, CaseIterable {
        case syntax, encoding, alias, limit
    }

    public init(_ message: String, zh: String, at mark: SourceMark?, code: Code = .syntax) {
        self.message = message
        self.messageZh = zh
        self.mark = mark
        self.code = code
    }
}

/// What the event reader shares: the encoding check that runs before libyaml sees a byte, and the located errors
/// libyaml's failures become.
public enum YAMLParser {
    /// Refuses UTF-16/32 and invalid UTF-8 and NUL with a located message; strips a UTF-8 byte-order mark.
    public static func checkEncoding(_ body: inout ArraySlice<UInt8>) throws(YAMLError) {
        let start = SourceMark(line: 1, column: 1)
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw YAMLError(
                "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8",
                zh: "文件是 UTF-16 编码(以 UTF-16 字节序标记开头),请另存为 UTF-8", at: start, code: .encoding)
        }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        try body.withUnsafeBufferPointer { (b) throws(YAMLError) in try checkUTF8(b) }
    }

    /// Refuses invalid UTF-8, NUL, control characters and non-characters in text without a byte-order mark, with
    /// located messages (lines counted from its start).
    public static func checkUTF8(_ body: UnsafeBufferPointer<UInt8>) throws(YAMLError) {
        let start = SourceMark(line: 1, column: 1)
        var line = 1
        var column = 1
        var i = 0
        let end = body.count
        while i < end {
            let b = body[i]
            if b < 0x80 {
                if b == 0 {
                    if looksLikeUTF16(body) {
                        throw YAMLError(
                            "file is UTF-16 without a byte-order mark (every other byte is NUL); save it as UTF-8",
                            zh: "文件是无字节序标记的 UTF-16 编码(每隔一个字节为 NUL),请另存为 UTF-8", at: start,
                            code: .encoding)
                    }
                    throw YAMLError(
                        "NUL byte in the file; a model is text", zh: "文件中有 NUL 字节;模型必须是文本文件",
                        at: SourceMark(line: line, column: column), code: .encoding)
                }
                if b == 0x0A {
                    line += 1
                    column = 1
                } else {
                    // libyaml refuses other control characters too, but without a position.
                    if (b < 0x20 && b != 0x09 && b != 0x0D) || b == 0x7F {
                        throw controlCharacter(UInt32(b), line, column)
                    }
                    column += 1
                }
                i += 1
                continue
            }
            let width: Int
            let minScalar: UInt32
            if b & 0xE0 == 0xC0 {
                width = 2
                minScalar = 0x80
            } else if b & 0xF0 == 0xE0 {
                width = 3
                minScalar = 0x800
            } else if b & 0xF8 == 0xF0 {
                width = 4
                minScalar = 0x10000
            } else {
                throw invalidUTF8(b, line, column)
            }
            guard end - i >= width else { throw invalidUTF8(b, line, column) }
            var scalar = UInt32(b) & (0xFF >> UInt32(width + 1))
            for k in 1..<width {
                let c = body[i + k]
                guard c & 0xC0 == 0x80 else { throw invalidUTF8(b, line, column) }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            guard scalar >= minScalar, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                throw invalidUTF8(b, line, column)
            }
            if ((0x80...0x9F).contains(scalar) && scalar != 0x85) || scalar == 0xFFFE || scalar == 0xFFFF {
                throw controlCharacter(scalar, line, column)
            }
            i += width
            column += 1
        }
    }

    /// Whether text starts the way UTF-16 text of mostly ASCII characters does: NUL in every other byte.
    static func looksLikeUTF16(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        let head = Array(body.prefix(64))
        guard head.count >= 4 else { return false }
        for parity in 0..<2 {
            var nulls = 0
            var others = 0
            for (i, b) in head.enumerated() {
                if i % 2 == parity {
                    if b == 0 { nulls += 1 }
                } else if b != 0 {
                    others += 1
                }
            }
            if nulls == (head.count + 1 - parity) / 2 && others * 4 >= head.count { return true }
        }
        return false
    }

    /// A character YAML does not allow in a file, even in quotes.
    static func controlCharacter(_ scalar: UInt32, _ line: Int, _ column: Int) -> YAMLError {
        let hex = String(scalar, radix: 16, uppercase: true)
        let digits = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let (what, whatZh) = scalar >= 0xFFFE ? ("non-character", "非字符") : ("control character", "控制字符")
        return YAMLError(
            "\(what) U+\(digits) in the file; YAML does not allow it (inside double quotes, write it as \\u\(digits))",
            zh: "文件中有\(whatZh) U+\(digits),YAML 不允许(如确需要,请在双引号中写作 \\u\(digits))",
            at: SourceMark(line: line, column: column), code: .encoding)
    }

    static func invalidUTF8(_ byte: UInt8, _ line: Int, _ column: Int) -> YAMLError {
        let hex = String(byte, radix: 16, uppercase: true)
        return YAMLError(
            "file is not valid UTF-8 (byte 0x\(hex)); save it as UTF-8 (a GB18030 file must be converted first)",
            zh: "文件不是有效的 UTF-8(字节 0x\(hex));请另存为 UTF-8(GB18030 文件需先转换)",
            at: SourceMark(line: line, column: column), code: .encoding)
    }

    /// The located error for a parser that failed, with a plain word for tabs used as indentation.
    static func syntaxError(_ parser: inout yaml_parser_t, _ buf: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        var context = parser.context.map { String(cString: $0) + ": " } ?? ""
        let started = mark(parser.context_mark)
        if parser.context != nil, started != mark(parser.problem_mark), started.line > 0 {
            context = context.dropLast(2) + " (started at line \(started.line), column \(started.column)): "
        }
        // libyaml's mark index counts characters, not bytes: find the byte the problem is at.
        let at = byteOffset(ofCharacter: Int(parser.problem_mark.index), in: buf)
        if at < buf.count, buf[at] == 0x09 {
            return YAMLError(
                "a tab character where YAML expects indentation or a value; YAML indents with spaces only",
                zh: "YAML 只能用空格缩进,此处出现了制表符(Tab)", at: mark(parser.problem_mark))
        }
        // A quote never closed: the place to look is where it opens, not the end of the file it ran to.
        if parser.context != nil, String(cString: parser.context).contains("quoted scalar"), started.line > 0 {
            let end = mark(parser.problem_mark)
            return YAMLError(
                "this quoted value is never closed (it runs to line \(end.line)): add the closing quote",
                zh: "此处开始的引号没有闭合(一直延续到第 \(end.line) 行):请补上结尾的引号", at: started)
        }
        return YAMLError(
            "YAML syntax error: \(context)\(problem)", zh: "YAML 语法错误:\(context)\(problem)",
            at: mark(parser.problem_mark))
    }

    /// The byte offset of the `n`th character (Unicode scalar) of UTF-8 text already checked by `checkEncoding`.
    static func byteOffset(ofCharacter n: Int, in buf: UnsafeBufferPointer<UInt8>) -> Int {
        var characters = 0
        var i = 0
        while i < buf.count {
            if buf[i] & 0xC0 != 0x80 {
                if characters == n { return i }
                characters += 1
            }
            i += 1
        }
        return buf.count
    }

    static func mark(_ m: yaml_mark_t) -> SourceMark {
        SourceMark(line: Int(m.line) + 1, column: Int(m.column) + 1)
    }
}
