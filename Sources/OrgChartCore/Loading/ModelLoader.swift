@_exported import struct OrgChartYAML.YAMLLimits
import OrgChartYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads model files: reads the bytes, parses YAML and decodes the model, reporting every error with its position.
public enum ModelLoader {
    /// Loads the model in a file. `path` is also the name findings use.
    public static func load(path: String, limits: YAMLLimits = .default) throws(LoadFailure) -> Model {
        try loadIndexed(path: path, limits: limits).model
    }

    /// Loads a model from text already in memory.
    public static func load(text: String, file: String = "<input>", limits: YAMLLimits = .default) throws(LoadFailure)
        -> Model
    {
        try load(bytes: Array(text.utf8), file: file, limits: limits)
    }

    /// Loads a model from bytes.
    public static func load(bytes: consuming [UInt8], file: String, limits: YAMLLimits = .default) throws(LoadFailure)
        -> Model
    {
        try loadIndexed(bytes: bytes, file: file, limits: limits).model
    }

    /// Loads the model in a file together with its index (built anyway to find duplicate ids; checks reuse it).
    public static func loadIndexed(path: String, limits: YAMLLimits = .default) throws(LoadFailure)
        -> (model: Model, index: ModelIndex)
    {
        let loaded = try loadIndexedInPieces(path: path, limits: limits)
        return (loaded.model, loaded.index)
    }

    /// The same, also saying in how many pieces the file was decoded at once (1: a single pass; see
    /// `ParallelLoader`), for `--timings`.
    public static func loadIndexedInPieces(path: String, limits: YAMLLimits = .default) throws(LoadFailure)
        -> (model: Model, index: ModelIndex, pieces: Int)
    {
        let bytes = try read(path, limit: limits.maxBytes)
        return try loadIndexed(bytes: consume bytes, file: path, limits: limits, pieces: min(Parallel.width, 8))
    }

    /// The bytes of a file read for loading or importing; a file over `limit` bytes is a located `limit` error (at
    /// the start of the file, as for bytes already in memory), any other failure an `io` error.
    static func read(_ path: String, limit: Int) throws(LoadFailure) -> [UInt8] {
        do {
            return try FileIO.read(path, limit: limit)
        } catch {
            if error.isOverLimit {
                throw LoadFailure([
                    Finding(
                        .limit,
                        message: Message(
                            en: "file is over the limit of \(limit) bytes (raise it with --max-bytes)",
                            zh: "文件超过大小上限 \(limit) 字节(可用 --max-bytes 调整)"),
                        file: path, mark: SourceMark(line: 1, column: 1))
                ])
            }
            throw LoadFailure([
                Finding(.io, message: error.message, file: path, mark: nil)
            ])
        }
    }

    /// Loads a model from bytes together with its index.
    public static func loadIndexed(bytes: consuming [UInt8], file: String, limits: YAMLLimits = .default)
        throws(LoadFailure) -> (model: Model, index: ModelIndex)
    {
        let loaded = try loadIndexed(bytes: bytes, file: file, limits: limits, pieces: min(Parallel.width, 8))
        return (loaded.model, loaded.index)
    }

    /// The same, decoding a large file in up to `pieces` pieces at once when its layout allows (see
    /// `ParallelLoader`); one piece is the single pass. Says how many pieces were decoded.
    static func loadIndexed(bytes: consuming [UInt8], file: String, limits: YAMLLimits, pieces: Int)
        throws(LoadFailure) -> (model: Model, index: ModelIndex, pieces: Int)
    {
        if bytes.count >= ParallelLoader.minimumBytes, bytes.count <= limits.maxBytes, pieces > 1,
            !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF])
        {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // after a byte-order mark
            let loaded = bytes.withUnsafeBufferPointer { all in
                ParallelLoader.load(
                    UnsafeBufferPointer(rebasing: all[start...]), file: file, limits: limits, pieces: pieces)
            }
            if let loaded { return loaded }
        }
        let model: Model
        var decoder: ModelDecoder
        do {
            // The reader keeps its own copy; the caller's bytes are released as soon as it has it.
            let reader = try YAMLEventReader(consume bytes, limits: limits)
            decoder = ModelDecoder(file: file, reader: reader)
            model = try decoder.decode()
        } catch {
            // A syntax or encoding error stops reading: report it alone, where it is.
            throw LoadFailure([
                Finding(
                    ErrorCode(error.code), message: Message(en: error.message, zh: error.messageZh),
                    file: file, mark: error.mark)
            ])
        }
        if !decoder.errors.isEmpty {
            throw LoadFailure(decoder.errors.sorted(by: Finding.byPosition))
        }
        return (model, decoder.index ?? ModelIndex(model, children: false), 1)
    }
}
