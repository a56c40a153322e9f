#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text encodings tabular imports accept.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 when the bytes are valid UTF-8, GB18030 otherwise (what Excel saves on Chinese systems).
    case auto
    case utf8
    case gb18030
}

/// Decodes bytes to text: UTF-8 (with or without a byte-order mark) or GB18030 through iconv.
public enum TextDecoding {
    /// The text, and the encoding it was read in.
    public static func decode(_ bytes: [UInt8], _ encoding: TextEncoding) throws(FileError) -> (String, TextEncoding) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        switch encoding {
        case .utf8:
            guard let s = String(validating: body, as: UTF8.self) else {
                throw FileError(
                    Message(
                        en: "the file is not valid UTF-8 (try --encoding gb18030)",
                        zh: "文件不是有效的 UTF-8(可尝试 --encoding gb18030)"))
            }
            return (s, .utf8)
        case .gb18030:
            return (try gb18030(Array(body)), .gb18030)
        case .auto:
            if let s = String(validating: body, as: UTF8.self) { return (s, .utf8) }
            return (try gb18030(Array(body)), .gb18030)
        }
    }

    /// GB18030 to String with iconv.
    static func gb18030(_ bytes: [UInt8]) throws(FileError) -> String {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else {
            throw FileError(Message(en: "GB18030 is not available on this system", zh: "本系统不支持 GB18030 解码"))
        }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let ok = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1
            }
        }
        guard ok else {
            let at = bytes.count - inLeft
            throw FileError(
                Message(
                    en: "the file is neither UTF-8 nor GB18030 (undecodable byte at offset \(at))",
                    zh: "文件既不是 UTF-8 也不是 GB18030(第 \(at) 字节无法解码)"))
        }
        return String(decoding: output[0..<(output.count - outLeft)], as: UTF8.self)
    }
}
