#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An input or output file that could not be read or written.
public struct FileError: Error, Sendable {
    public var message: Message
    /// The file is larger than the limit it was read with (`read(_:limit:)`); nothing more than the limit was read.
    public var isOverLimit: Bool

    public init(_ message: Message, isOverLimit: Bool = false) {
        self.message = message
        self.isOverLimit = isOverLimit
    }
}

/// Reading inputs and writing outputs safely: outputs go to a temporary file in the same folder and are renamed
/// into place, so a failed run never leaves a half-written file and the old file stays as it was.
public enum FileIO {
    /// Reads a whole file, refusing one larger than `limit` bytes.
    public static func read(_ path: String, limit: Int = Int.max) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw errnoError("cannot read", "无法读取", path) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw FileError(Message(en: "\(path) is a folder, not a file", zh: "\(path) 是文件夹,不是文件"))
        }
        var out: [UInt8] = []
        if st.st_size > 0 { out.reserveCapacity(min(Int(st.st_size), limit) + 1) }
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw errnoError("cannot read", "无法读取", path)
            }
            if n == 0 { break }
            out.append(contentsOf: buf[0..<n])
            if out.count > limit {
                throw FileError(
                    Message(
                        en: "\(path) is larger than the limit of \(limit) bytes",
                        zh: "\(path) 超过大小上限 \(limit) 字节"), isOverLimit: true)
            }
        }
        return out
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed, then renamed over the
    /// target. On any failure the temporary file is removed and the old target is untouched. A symbolic link is
    /// followed (its target is replaced); a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to
    /// directly, never replaced by a file.
    public static func writeAtomically(_ bytes: [UInt8], to given: String) throws(FileError) {
        var st = stat()
        if stat(given, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                throw FileError(Message(en: "cannot write \(given): it is a folder", zh: "无法写入 \(given):它是文件夹"))
            case S_IFREG:
                break
            default:
                // A device, a pipe or a socket (/dev/null, /dev/stdout, a FIFO): written to as it is, never replaced.
                try writeDirectly(bytes, to: given)
                return
            }
        }
        // A symbolic link is followed: the file it names is replaced, the link stays a link.
        var path = given
        var lst = stat()
        if lstat(given, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK, let real = realpath(given, nil) {
            path = String(cString: real)
            free(real)
        }
        let dir = directory(of: path)
        if stat(dir, &st) != 0 {
            throw FileError(
                Message(en: "cannot write \(path): folder \(dir) does not exist", zh: "无法写入 \(path):文件夹 \(dir) 不存在"))
        }
        var template = Array("\(dir)/.\(basename(of: path)).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw errnoError("cannot write", "无法写入", path) }
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(tmp) }
        }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errnoError("cannot write", "无法写入", path)
                close(fd)
                throw e
            }
            written += n
        }
        if fsync(fd) != 0 {
            let e = errnoError("cannot write", "无法写入", path)
            close(fd)
            throw e
        }
        // Keep the permissions of a file being replaced; new files get the usual 0644 less the umask.
        let mode: mode_t
        if stat(path, &st) == 0 {
            mode = st.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o644 & ~mask
        }
        fchmod(fd, mode)
        if close(fd) != 0 { throw errnoError("cannot write", "无法写入", path) }
        if rename(tmp, path) != 0 { throw errnoError("cannot write", "无法写入", path) }
        ok = true
    }

    /// Writes to something that is not a regular file (a device or a pipe): opened and written in place.
    static func writeDirectly(_ bytes: [UInt8], to path: String) throws(FileError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw errnoError("cannot write", "无法写入", path) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw errnoError("cannot write", "无法写入", path)
            }
            written += n
        }
    }

    /// Writes text atomically.
    public static func writeAtomically(_ text: String, to path: String) throws(FileError) {
        try writeAtomically(Array(text.utf8), to: path)
    }

    /// Whether two paths name the same existing file (same device and inode).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat()
        var sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    static func basename(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func errnoError(_ en: String, _ zh: String, _ path: String) -> FileError {
        let reason = String(cString: strerror(errno))
        return FileError(Message(en: "\(en) \(path): \(reason)", zh: "\(zh) \(path):\(reason)"))
    }
}
