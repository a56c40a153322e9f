#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text encodings of minutes, notices and imported tables (`--encoding`).
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8
    /// GB18030 (and so GBK and GB2312), common for files saved by Chinese editions of Windows.
    case gb18030
    /// UTF-8 when the bytes are valid UTF-8 (or carry a UTF-8/UTF-16 byte-order mark), else GB18030.
    case auto
}

/// A text file (minutes, a notice, an imported CSV or JSON table) that could not be decoded: a located problem, in
/// both languages.
public struct TextDecodingError: Error, Sendable {
    public var file: String
    /// Where the problem is; nil when it is about the file as a whole.
    public var mark: SourceMark?
    public var message: Message
    /// The byte offset of the problem, when the decoder knows it.
    var offset: Int?

    /// Creates a value with the given parts.
    public init(file: String, mark: SourceMark?, message: Message) {
        self.file = file
        self.mark = mark
        self.message = message
    }

    /// `file:line:col: error: message`, as compilers print it.
    public func line(_ lang: Language) -> String {
        var location = file
        if let m = mark { location += ":\(m.line):\(m.column)" }
        return "\(location): error: \(message.text(lang))"
    }
}

/// Turns the bytes of a text file (minutes, a notice, an imported CSV or JSON table) into text, detecting UTF-8
/// (with or without BOM), UTF-16 with a BOM and GB18030. GB18030 goes through the C library's iconv.
public enum TextFileDecoder {
    /// The decoded text and the encoding it was in.
    public static func decode(_ bytes: [UInt8], encoding: TextEncoding = .auto, file: String) throws(TextDecodingError)
        -> (text: String, encoding: TextEncoding)
    {
        var body = bytes[...]
        // UTF-32 first: its little-endian byte-order mark starts like UTF-16's.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            let order = bytes[0] == 0xFF ? "LE" : "BE"
            throw TextDecodingError(
                file: file, mark: SourceMark(line: 1, column: 1),
                message: Message(
                    en: "the file is UTF-32\(order) (it starts with a UTF-32 byte-order mark); save it as UTF-8",
                    zh: "文件是 UTF-32\(order) 编码(以 UTF-32 字节序标记开头),请另存为 UTF-8"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if encoding == .gb18030 {
                throw TextDecodingError(
                    file: file, mark: SourceMark(line: 1, column: 1),
                    message: Message(
                        en: "the file starts with a UTF-8 byte-order mark but --encoding gb18030 was given",
                        zh: "文件以 UTF-8 字节序标记开头,但指定了 --encoding gb18030"))
            }
            body = bytes.dropFirst(3)
        } else if encoding == .auto, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (try utf16(bytes, file: file), .utf8)
        }
        switch encoding {
        case .utf8:
            return (try utf8(body, file: file), .utf8)
        case .gb18030:
            return (try gb18030(Array(body), file: file), .gb18030)
        case .auto:
            if let bad = firstInvalidUTF8(body) {
                do {
                    return (try gb18030(Array(body), file: file), .gb18030)
                } catch let error where error.mark != nil && (error.offset ?? 0) > bad {
                    // GB18030 read further than UTF-8: the file is most likely GB18030 with a fault, and that fault
                    // is the one to point at (the first Chinese character is not).
                    let at = error.offset ?? 0
                    throw neither(at < body.count ? hex(body[body.startIndex + at]) : "??", file: file, at: error.mark)
                } catch {
                    // `bad` counts from the start of `body`, which begins after a byte-order mark.
                    throw neither(hex(body[body.startIndex + bad]), file: file, at: mark(ofByte: bad, in: body))
                }
            }
            return (String(decoding: body, as: UTF8.self), .utf8)
        }
    }

    /// A file that is neither UTF-8 nor GB18030, at its invalid byte (`byte` in hex).
    static func neither(_ byte: String, file: String, at mark: SourceMark?) -> TextDecodingError {
        TextDecodingError(
            file: file, mark: mark,
            message: Message(
                en: "the file is neither UTF-8 nor GB18030 (invalid byte 0x\(byte))",
                zh: "文件既不是 UTF-8 也不是 GB18030 编码(无效字节 0x\(byte))"))
    }

    static func utf8(_ body: ArraySlice<UInt8>, file: String) throws(TextDecodingError) -> String {
        if let bad = firstInvalidUTF8(body) {
            let byte = hex(body[body.startIndex + bad])
            throw TextDecodingError(
                file: file, mark: mark(ofByte: bad, in: body),
                message: Message(
                    en: "invalid UTF-8 (byte 0x\(byte)); if the file is GB18030, use --encoding gb18030",
                    zh: "无效的 UTF-8 字节 0x\(byte);如果文件是 GB18030 编码,请使用 --encoding gb18030"))
        }
        return String(decoding: body, as: UTF8.self)
    }

    static func utf16(_ bytes: [UInt8], file: String) throws(TextDecodingError) -> String {
        let little = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(little ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var out = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): out.unicodeScalars.append(s)
            case .emptyInput: break loop
            case .error:
                throw TextDecodingError(
                    file: file, mark: nil,
                    message: Message(en: "invalid UTF-16 text", zh: "无效的 UTF-16 文本"))
            }
        }
        return out
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                upper = 0x9F
            case 0xF0:
                need = 3
                lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                upper = 0x8F
            default: return i - bytes.startIndex
            }
            if i + need >= end { return i - bytes.startIndex }
            for k in 1...need {
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i - bytes.startIndex }
            }
            i += need + 1
        }
        return nil
    }

    /// GB18030 → String through iconv.
    static func gb18030(_ bytes: [UInt8], file: String) throws(TextDecodingError) -> String {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) {
            throw TextDecodingError(
                file: file, mark: nil,
                message: Message(
                    en: "this system's iconv cannot decode GB18030; convert the file to UTF-8 first",
                    zh: "本系统的 iconv 无法解码 GB18030;请先把文件转换为 UTF-8"))
        }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var failure: Int?
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if inLeft > 0 {
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    if r == -1 || inLeft > 0 { failure = inBuf.count - inLeft }
                }
                return outBuf.count - outLeft
            }
        }
        if let at = failure {
            var error = TextDecodingError(
                file: file, mark: mark(ofByte: at, in: bytes[...], gb18030: true),
                message: Message(
                    en: "invalid GB18030 text (byte 0x\(at < bytes.count ? hex(bytes[at]) : "??"))",
                    zh: "无效的 GB18030 文本(字节 0x\(at < bytes.count ? hex(bytes[at]) : "??"))"))
            error.offset = at
            throw error
        }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }

    /// Line and column (in characters, counting each undecodable byte as one) of a byte offset.
    static func mark(ofByte offset: Int, in bytes: ArraySlice<UInt8>, gb18030: Bool = false) -> SourceMark {
        var line = 1
        var lineStart = bytes.startIndex
        let target = bytes.startIndex + offset
        var i = bytes.startIndex
        while i < target {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let prefix = bytes[lineStart..<target]
        guard gb18030 else { return SourceMark(line: line, column: String(decoding: prefix, as: UTF8.self).count + 1) }
        // GB18030: one byte below 0x80, four when the second byte is a digit, else two.
        var column = 1
        var k = prefix.startIndex
        while k < prefix.endIndex {
            let b = prefix[k]
            if b < 0x80 {
                k += 1
            } else if k + 1 < prefix.endIndex, (0x30...0x39).contains(prefix[k + 1]) {
                k += 4
            } else {
                k += 2
            }
            column += 1
        }
        return SourceMark(line: line, column: column)
    }

    static func hex(_ b: UInt8) -> String {
        let s = String(b, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }
}
