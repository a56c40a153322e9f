import CYAML

/// Limits that keep hostile input from exhausting time or memory. Each is documented in docs/model-format.md.
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
    /// The class of problem: `syntax`, `encoding`, `alias` or `limit`.
    public var code: String

    public init(_ message: String, zh: String, at mark: SourceMark?, code: String = "syntax") {
        self.message = message
        self.messageZh = zh
        self.mark = mark
        self.code = code
    }
}

/// Reads YAML text into a `YAMLDocument` with libyaml, refusing aliases, multiple documents and anything over the
/// limits, and checking the encoding first so that every error has a line and column.
public enum YAMLParser {
    /// Parses one YAML document. Returns a document with no root for an empty text.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> YAMLDocument {
        if bytes.count > limits.maxBytes {
            throw YAMLError(
                "file is \(bytes.count) bytes, over the limit of \(limits.maxBytes) bytes (raise it with --max-bytes)",
                zh: "文件大小 \(bytes.count) 字节,超过上限 \(limits.maxBytes) 字节(可用 --max-bytes 调整)",
                at: SourceMark(line: 1, column: 1), code: "limit")
        }
        var body = bytes[...]
        try checkEncoding(&body)
        return try body.withUnsafeBufferPointer { buf throws(YAMLError) -> YAMLDocument in
            try parseEvents(buf, limits: limits)
        }
    }

    /// Refuses UTF-16/32 and invalid UTF-8 and NUL with a located message; strips a UTF-8 byte-order mark.
    static func checkEncoding(_ body: inout ArraySlice<UInt8>) throws(YAMLError) {
        let start = SourceMark(line: 1, column: 1)
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw YAMLError(
                "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8",
                zh: "文件是 UTF-16 编码(以 UTF-16 字节序标记开头),请另存为 UTF-8", at: start, code: "encoding")
        }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var line = 1
        var column = 1
        var i = body.startIndex
        let end = body.endIndex
        while i < end {
            let b = body[i]
            if b < 0x80 {
                if b == 0 {
                    throw YAMLError(
                        "NUL byte in the file; a model is text", zh: "文件中有 NUL 字节;模型必须是文本文件",
                        at: SourceMark(line: line, column: column), code: "encoding")
                }
                if b == 0x0A {
                    line += 1
                    column = 1
                } else {
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
            i += width
            column += 1
        }
    }

    static func invalidUTF8(_ byte: UInt8, _ line: Int, _ column: Int) -> YAMLError {
        let hex = String(byte, radix: 16, uppercase: true)
        return YAMLError(
            "file is not valid UTF-8 (byte 0x\(hex)); save it as UTF-8 (a GB18030 file must be converted first)",
            zh: "文件不是有效的 UTF-8(字节 0x\(hex));请另存为 UTF-8(GB18030 文件需先转换)",
            at: SourceMark(line: line, column: column), code: "encoding")
    }

    /// The located error for a parser that failed, with a plain word for tabs used as indentation.
    static func syntaxError(_ parser: inout yaml_parser_t, _ buf: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        var context = parser.context.map { String(cString: $0) + ": " } ?? ""
        let started = mark(parser.context_mark)
        if parser.context != nil, started != mark(parser.problem_mark), started.line > 0 {
            context = context.dropLast(2) + " (started at line \(started.line), column \(started.column)): "
        }
        let at = Int(parser.problem_mark.index)
        if at < buf.count, buf[at] == 0x09 {
            return YAMLError(
                "a tab character where YAML expects indentation or a value; YAML indents with spaces only",
                zh: "YAML 只能用空格缩进,此处出现了制表符(Tab)", at: mark(parser.problem_mark))
        }
        return YAMLError(
            "YAML syntax error: \(context)\(problem)", zh: "YAML 语法错误:\(context)\(problem)",
            at: mark(parser.problem_mark))
    }

    static func mark(_ m: yaml_mark_t) -> SourceMark {
        SourceMark(line: Int(m.line) + 1, column: Int(m.column) + 1)
    }

    static func parseEvents(_ buf: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> YAMLDocument {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError("out of memory starting the YAML parser", zh: "启动 YAML 解析器时内存不足", at: nil)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        if let base = buf.baseAddress {
            yaml_parser_set_input_string(&parser, base, buf.count)
        } else {
            var empty: UInt8 = 0
            yaml_parser_set_input_string(&parser, &empty, 0)
        }

        var records: [YAMLDocument.Record] = []
        var scalars: [String] = []
        var stack: [Int] = []  // indices of open collections
        var documents = 0
        var event = yaml_event_t()

        func fail(_ en: String, _ zh: String, _ m: yaml_mark_t, _ code: String) -> YAMLError {
            YAMLError(en, zh: zh, at: mark(m), code: code)
        }

        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError(&parser, buf) }
            defer { yaml_event_delete(&event) }
            let start = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return YAMLDocument(records: records, scalars: scalars)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw fail(
                        "more than one YAML document in the file (a second '---'); a model is one document",
                        "文件中有多个 YAML 文档(第二个 '---');一个模型只能是一个文档", start, "syntax")
                }
            case YAML_ALIAS_EVENT:
                throw fail(
                    "YAML aliases (*name) are not allowed in a model: write the value out",
                    "模型中不允许使用 YAML 别名(*name):请直接写出内容", start, "alias")
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text: String
                if let v = s.value, s.length > 0 {
                    text = String(decoding: UnsafeBufferPointer(start: v, count: Int(s.length)), as: UTF8.self)
                } else {
                    text = ""
                }
                let quoted = s.style != YAML_PLAIN_SCALAR_STYLE && s.style != YAML_ANY_SCALAR_STYLE
                scalars.append(text)
                let idx = records.count
                records.append(
                    .init(
                        kind: .scalar, quoted: quoted, line: Int32(truncatingIfNeeded: start.line + 1),
                        column: Int32(truncatingIfNeeded: start.column + 1), count: 0,
                        end: Int32(truncatingIfNeeded: idx + 1), scalar: Int32(truncatingIfNeeded: scalars.count - 1)))
                if let top = stack.last { records[top].count += 1 }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if stack.count >= limits.maxDepth {
                    throw fail(
                        "nesting deeper than \(limits.maxDepth) levels; a model never needs that",
                        "嵌套超过 \(limits.maxDepth) 层;模型不需要这么深的嵌套", start, "limit")
                }
                if let top = stack.last { records[top].count += 1 }
                stack.append(records.count)
                records.append(
                    .init(
                        kind: event.type == YAML_SEQUENCE_START_EVENT ? .sequence : .mapping, quoted: false,
                        line: Int32(truncatingIfNeeded: start.line + 1),
                        column: Int32(truncatingIfNeeded: start.column + 1), count: 0, end: 0, scalar: -1))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let top = stack.popLast() {
                    records[top].end = Int32(truncatingIfNeeded: records.count)
                }
            default:
                break
            }
            if records.count > limits.maxNodes {
                throw fail(
                    "more than \(limits.maxNodes) YAML nodes; raise the limit with --max-nodes",
                    "YAML 节点超过 \(limits.maxNodes) 个;可用 --max-nodes 调整", start, "limit")
            }
        }
    }
}
