internal import CZip
import OrgChartCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the parts of an Office package (a ZIP archive) and writing one, through libzip.
enum ZipPackage {
    /// The largest part read (uncompressed), so a small hostile archive cannot expand without bound.
    static let partLimit = 64 << 20

    /// The uncompressed bytes of the named parts that exist in the archive (missing ones are left out).
    static func read(_ bytes: [UInt8], parts names: [String], file: String) throws(OfficeError) -> [String: [UInt8]] {
        // libzip reads from a buffer that must outlive the archive: a copy freed at the end.
        guard let copy = malloc(max(bytes.count, 1)) else { throw notAZip(file) }
        defer { free(copy) }
        bytes.withUnsafeBytes { if let b = $0.baseAddress { memcpy(copy, b, bytes.count) } }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 0, &error) else {
            throw notAZip(file)
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw notAZip(file)
        }
        defer { zip_discard(archive) }
        var out: [String: [UInt8]] = [:]
        for name in names {
            let index = zip_name_locate(archive, name, 0)
            guard index >= 0 else { continue }
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &st) == 0 else { throw damaged(file, name) }
            if st.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0, st.size > zip_uint64_t(partLimit) {
                throw tooLarge(file, name)
            }
            guard let f = zip_fopen_index(archive, zip_uint64_t(index), 0) else { throw damaged(file, name) }
            defer { zip_fclose(f) }
            var data: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { zip_fread(f, $0.baseAddress!, zip_uint64_t($0.count)) }
                if n < 0 { throw damaged(file, name) }
                if n == 0 { break }
                data.append(contentsOf: buffer[0..<Int(n)])
                if data.count > partLimit { throw tooLarge(file, name) }
            }
            out[name] = data
        }
        return out
    }

    /// A ZIP archive of the given parts, in order, deflated.
    static func write(_ parts: [(name: String, bytes: [UInt8])]) throws(OfficeError) -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let target = zip_source_buffer_create(nil, 0, 0, &error) else { throw cannotWrite() }
        zip_source_keep(target)
        defer { zip_source_free(target) }
        guard let archive = zip_open_from_source(target, ZIP_TRUNCATE, &error) else { throw cannotWrite() }
        for part in parts {
            guard let copy = malloc(max(part.bytes.count, 1)) else {
                zip_discard(archive)
                throw cannotWrite()
            }
            part.bytes.withUnsafeBytes { if let b = $0.baseAddress { memcpy(copy, b, part.bytes.count) } }
            // freep = 1: libzip frees the copy with the source.
            guard let s = zip_source_buffer_create(copy, zip_uint64_t(part.bytes.count), 1, &error) else {
                free(copy)
                zip_discard(archive)
                throw cannotWrite()
            }
            if zip_file_add(archive, part.name, s, zip_flags_t(ZIP_FL_ENC_UTF_8)) < 0 {
                zip_source_free(s)
                zip_discard(archive)
                throw cannotWrite()
            }
        }
        guard zip_close(archive) == 0 else {
            zip_discard(archive)
            throw cannotWrite()
        }
        guard zip_source_open(target) == 0 else { throw cannotWrite() }
        defer { zip_source_close(target) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { zip_source_read(target, $0.baseAddress!, zip_uint64_t($0.count)) }
            if n < 0 { throw cannotWrite() }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<Int(n)])
        }
        return out
    }

    static func notAZip(_ file: String) -> OfficeError {
        OfficeError(
            en: "\(file) is not an Office file (not a ZIP package), or it is damaged",
            zh: "\(file) 不是 Office 文件(不是 ZIP 包),或已损坏")
    }

    static func damaged(_ file: String, _ part: String) -> OfficeError {
        OfficeError(en: "\(file): the part \(part) cannot be read (damaged?)", zh: "\(file):无法读取其中的 \(part)(文件损坏?)")
    }

    static func tooLarge(_ file: String, _ part: String) -> OfficeError {
        OfficeError(
            en: "\(file): the part \(part) is larger than \(partLimit >> 20) MiB uncompressed",
            zh: "\(file):其中的 \(part) 解压后超过 \(partLimit >> 20) MiB")
    }

    static func cannotWrite() -> OfficeError {
        OfficeError(en: "cannot build the ZIP package", zh: "无法生成 ZIP 包")
    }
}
