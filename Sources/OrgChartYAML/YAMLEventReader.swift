import CYAML

/// One YAML event as the model decoder sees it: a scalar, the start of a collection, or the end of one.
public struct YAMLEvent: Sendable {
    /// What the event is.
    public enum Kind: UInt8, Sendable {
        case scalar, sequenceStart, mappingStart, collectionEnd, documentEnd
    }

    public let kind: Kind
    public let mark: SourceMark
    /// The text of a scalar ("" for other events).
    public let scalar: String
    /// Whether a scalar was quoted (so `"10"` is text and `""` is not null).
    public let quoted: Bool

    /// A plain scalar YAML reads as null (`~`, `null`, or nothing); worked out once, when the event is made.
    public let isNull: Bool

    public init(kind: Kind, mark: SourceMark, scalar: String, quoted: Bool) {
        self.kind = kind
        self.mark = mark
        self.scalar = scalar
        self.quoted = quoted
        switch (kind, quoted, scalar.utf8.count) {
        case (.scalar, false, 0): isNull = true
        case (.scalar, false, 1): isNull = scalar == "~"
        case (.scalar, false, 4): isNull = scalar == "null" || scalar == "Null" || scalar == "NULL"
        default: isNull = false
        }
    }

    /// Whether the event starts a collection.
    public var isCollection: Bool { kind == .sequenceStart || kind == .mappingStart }

    /// A short English name of the value's kind, for error messages.
    public var kindName: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "a scalar"
        case .sequenceStart: return "a list"
        case .mappingStart: return "a mapping"
        case .collectionEnd, .documentEnd: return "nothing"
        }
    }

    /// The same in Chinese.
    public var kindNameZh: String {
        switch kind {
        case .scalar: return isNull ? "空值" : "标量"
        case .sequenceStart: return "列表"
        case .mappingStart: return "映射"
        case .collectionEnd, .documentEnd: return "空值"
        }
    }
}

/// Reads a YAML text event by event with libyaml, without building a tree: the model decoder pulls what it needs,
/// so a large model costs little more than parsing it. Aliases, a second document and nesting over the limit are
/// refused; the encoding is checked first so every error has a line and column.
public final class YAMLEventReader {
    /// The mutable state lives at a fixed heap address: libyaml keeps a pointer to its parser, and `let`
    /// pointers spare every event the dynamic exclusivity checks of a class's stored `var`s.
    struct State {
        var parser = yaml_parser_t()
        var event = yaml_event_t()
        var depth = 0
        var count = 0
        var finished = false
        /// For a piece of a larger text: its first line's number in that text, minus one (see `init(piece:)`).
        var lineOffset: Int32 = 0
        /// Where the stream ended (after the last line break), once read.
        var end: SourceMark?
        /// What a piece reader hands libyaml: a header line, then the piece; `position` counts bytes handed.
        var header: UnsafeBufferPointer<UInt8>?
        var piece = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var position = 0
    }

    let state: UnsafeMutablePointer<State>
    /// The text libyaml reads; owned by the reader and freed with it (not set for a piece of a larger text).
    let buffer: UnsafeMutableBufferPointer<UInt8>?
    let limits: YAMLLimits
    var started = false
    /// Events read so far (bounded by `limits.maxNodes`).
    public var count: Int { state.pointee.count }
    /// Where the stream ended: the line after the last line break, column 1 (known once the document has ended).
    public var end: SourceMark? { state.pointee.end }

    /// Prepares to read `bytes`; throws for encoding problems and size limits.
    public init(_ bytes: consuming [UInt8], limits: YAMLLimits = .default) throws(YAMLError) {
        if bytes.count > limits.maxBytes {
            throw YAMLError(
                "file is \(bytes.count) bytes, over the limit of \(limits.maxBytes) bytes (raise it with --max-bytes)",
                zh: "文件大小 \(bytes.count) 字节,超过上限 \(limits.maxBytes) 字节(可用 --max-bytes 调整)",
                at: SourceMark(line: 1, column: 1), code: .limit)
        }
        var body = bytes[...]
        try YAMLParser.checkEncoding(&body)
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, body.count))
        _ = copy.initialize(from: body)
        self.buffer = copy
        self.limits = limits
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        guard yaml_parser_initialize(&state.pointee.parser) == 1 else {
            copy.deallocate()
            state.deallocate()
            throw YAMLError("out of memory starting the YAML parser", zh: "启动 YAML 解析器时内存不足", at: nil)
        }
        yaml_parser_set_encoding(&state.pointee.parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&state.pointee.parser, copy.baseAddress!, body.count)
    }

    /// Reads one piece of a larger text whose encoding has already been checked, as if `header` (one line, e.g.
    /// `units:\n`, or nothing) came before it: marks are those of the larger text, where the piece starts at line
    /// `line`.
    /// Nothing is copied: `piece` and `header` must outlive the reader.
    public init(
        piece: UnsafeBufferPointer<UInt8>, header: UnsafeBufferPointer<UInt8>, line: Int, limits: YAMLLimits = .default
    ) throws(YAMLError) {
        self.buffer = nil
        self.limits = limits
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        state.pointee.header = header
        state.pointee.piece = piece
        // A header is line 1 of what libyaml reads, the piece's first line then line 2.
        state.pointee.lineOffset = Int32(clamping: line - 1 - (header.isEmpty ? 0 : 1))
        guard yaml_parser_initialize(&state.pointee.parser) == 1 else {
            state.deallocate()
            throw YAMLError("out of memory starting the YAML parser", zh: "启动 YAML 解析器时内存不足", at: nil)
        }
        yaml_parser_set_encoding(&state.pointee.parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input(
            &state.pointee.parser,
            { data, out, size, read in
                let s = data!.assumingMemoryBound(to: State.self)
                var written = 0
                let header = s.pointee.header?.count ?? 0
                while written < size, s.pointee.position < header + s.pointee.piece.count {
                    let p = s.pointee.position
                    let source = p < header ? s.pointee.header! : s.pointee.piece
                    let from = p < header ? p : p - header
                    let n = min(size - written, source.count - from)
                    (out! + written).update(from: source.baseAddress! + from, count: n)
                    written += n
                    s.pointee.position += n
                }
                read!.pointee = written
                return 1
            }, state)
    }

    deinit {
        yaml_parser_delete(&state.pointee.parser)
        state.deallocate()
        buffer?.deallocate()
    }

    /// A mark of the text being read.
    func mark(_ m: yaml_mark_t) -> SourceMark {
        SourceMark(line: Int(m.line) + 1 + Int(state.pointee.lineOffset), column: Int(m.column) + 1)
    }

    func raw() throws(YAMLError) {
        guard yaml_parser_parse(&state.pointee.parser, &state.pointee.event) == 1 else {
            var error = YAMLParser.syntaxError(
                &state.pointee.parser, UnsafeBufferPointer(buffer ?? UnsafeMutableBufferPointer(start: nil, count: 0)))
            if let m = error.mark {
                error.mark = SourceMark(line: m.line + Int(state.pointee.lineOffset), column: m.column)
            }
            throw error
        }
    }

    /// The root's first event, or nil for an empty document. Call once, before `next()`.
    public func start() throws(YAMLError) -> YAMLEvent? {
        precondition(!started)
        started = true
        while true {
            try raw()
            let type = state.pointee.event.type
            if type == YAML_STREAM_END_EVENT {
                yaml_event_delete(&state.pointee.event)
                state.pointee.finished = true
                return nil
            }
            if type == YAML_DOCUMENT_START_EVENT || type == YAML_STREAM_START_EVENT {
                yaml_event_delete(&state.pointee.event)
                continue
            }
            return try convert()
        }
    }

    /// The next event; `.documentEnd` once the root is complete (and the rest of the stream is checked).
    public func next() throws(YAMLError) -> YAMLEvent {
        if state.pointee.finished {
            return YAMLEvent(kind: .documentEnd, mark: SourceMark(line: 1, column: 1), scalar: "", quoted: false)
        }
        try raw()
        if state.pointee.event.type == YAML_DOCUMENT_END_EVENT {
            let m = mark(state.pointee.event.start_mark)
            yaml_event_delete(&state.pointee.event)
            // Anything but the end of the stream is a second document.
            try raw()
            let type = state.pointee.event.type
            let second = mark(state.pointee.event.start_mark)
            yaml_event_delete(&state.pointee.event)
            if type != YAML_STREAM_END_EVENT {
                throw YAMLError(
                    "more than one YAML document in the file (a second '---'); a model is one document",
                    zh: "文件中有多个 YAML 文档(第二个 '---');一个模型只能是一个文档", at: second)
            }
            state.pointee.end = second
            state.pointee.finished = true
            return YAMLEvent(kind: .documentEnd, mark: m, scalar: "", quoted: false)
        }
        return try convert()
    }

    /// Converts the current libyaml event and frees it.
    func convert() throws(YAMLError) -> YAMLEvent {
        defer { yaml_event_delete(&state.pointee.event) }
        state.pointee.count += 1
        let start = mark(state.pointee.event.start_mark)
        if state.pointee.count > limits.maxNodes {
            throw YAMLError(
                "more than \(limits.maxNodes) YAML nodes; raise the limit with --max-nodes",
                zh: "YAML 节点超过 \(limits.maxNodes) 个;可用 --max-nodes 调整", at: start, code: .limit)
        }
        switch state.pointee.event.type {
        case YAML_SCALAR_EVENT:
            let s = state.pointee.event.data.scalar
            let text: String
            if let v = s.value, s.length > 0 {
                text = String(decoding: UnsafeBufferPointer(start: v, count: Int(s.length)), as: UTF8.self)
            } else {
                text = ""
            }
            let quoted = s.style != YAML_PLAIN_SCALAR_STYLE && s.style != YAML_ANY_SCALAR_STYLE
            return YAMLEvent(kind: .scalar, mark: start, scalar: text, quoted: quoted)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            state.pointee.depth += 1
            if state.pointee.depth > limits.maxDepth {
                throw YAMLError(
                    "nesting deeper than \(limits.maxDepth) levels; a model never needs that (the limit is "
                        + "--max-depth)",
                    zh: "嵌套超过 \(limits.maxDepth) 层;模型不需要这么深的嵌套(上限可用 --max-depth 调整)", at: start,
                    code: .limit)
            }
            return YAMLEvent(
                kind: state.pointee.event.type == YAML_SEQUENCE_START_EVENT ? .sequenceStart : .mappingStart,
                mark: start,
                scalar: "", quoted: false)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            state.pointee.depth -= 1
            return YAMLEvent(kind: .collectionEnd, mark: start, scalar: "", quoted: false)
        case YAML_ALIAS_EVENT:
            throw YAMLError(
                "YAML aliases (*name) are not allowed in a model: write the value out",
                zh: "模型中不允许使用 YAML 别名(*name):请直接写出内容", at: start, code: .alias)
        default:
            throw YAMLError("unexpected YAML event", zh: "意外的 YAML 事件", at: start)
        }
    }

    /// Consumes the rest of a value whose first event is `first` (nothing more for a scalar).
    public func skip(_ first: YAMLEvent) throws(YAMLError) {
        guard first.isCollection else { return }
        var level = 1
        while level > 0 {
            let e = try next()
            if e.isCollection { level += 1 } else if e.kind == .collectionEnd { level -= 1 }
            if e.kind == .documentEnd { return }
        }
    }
}
