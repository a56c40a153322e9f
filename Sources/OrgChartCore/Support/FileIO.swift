#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// read(2), under a name `FileIO.read` does not hide.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// write(2), under a name `FileIO.AtomicWriter.write` does not hide.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}

/// An input or output file that could not be read or written.
public struct FileError: Error, Sendable {
    public var message: Message
    /// The file is larger than the limit it was read with (`read(_:limit:)`); nothing more than the limit was read.
    var isOverLimit: Bool

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
            let n = buf.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
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
    /// followed (its target is replaced, or created when the link dangles); a device or a pipe (`/dev/null`,
    /// `/dev/stdout`, a FIFO) is written to directly, never replaced by a file.
    public static func writeAtomically(_ bytes: [UInt8], to given: String) throws(FileError) {
        let writer = try AtomicWriter(given)
        do {
            try writer.write(bytes)
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// The file a path names once symbolic links are followed: the path itself when it is not a link, the final
    /// target of a chain of links (which need not exist yet: a dangling link is written through). A loop of links
    /// or a chain longer than 40 is an error.
    static func followingLinks(_ given: String) throws(FileError) -> String {
        var path = given
        var lst = stat()
        var hops = 0
        while lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK {
            hops += 1
            if hops > 40 {
                throw FileError(
                    Message(
                        en: "cannot write \(given): its symbolic links form a loop (or a chain of more than 40)",
                        zh: "无法写入 \(given):符号链接构成循环(或链接超过 40 层)"))
            }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(path, &buffer, Int(PATH_MAX))
            guard n > 0 else { throw errnoError("cannot write", "无法写入", given) }
            let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            path = target.hasPrefix("/") ? target : directory(of: path) + "/" + target
        }
        return path
    }

    /// An output written in pieces to a temporary file beside its target and renamed into place by `commit()`;
    /// `abandon()` (or a signal, see `SignalCleanup`) removes the temporary file and leaves the target as it was.
    /// Devices and pipes are written to directly.
    public final class AtomicWriter {
        /// The file being replaced (links followed).
        public let path: String
        private let temporary: String?
        private var fd: Int32
        private var buffer: [UInt8] = []
        private var done = false

        /// Opens a temporary file beside `given` (or `given` itself when it is a device or a pipe).
        public init(_ given: String) throws(FileError) {
            var st = stat()
            if stat(given, &st) == 0 {
                switch st.st_mode & S_IFMT {
                case S_IFDIR:
                    throw FileError(
                        Message(en: "cannot write \(given): it is a folder", zh: "无法写入 \(given):它是文件夹"))
                case S_IFREG:
                    break
                default:
                    // A device, a pipe or a socket (/dev/null, /dev/stdout, a FIFO): written to as it is.
                    let fd = open(given, O_WRONLY | O_CLOEXEC)
                    guard fd >= 0 else { throw errnoError("cannot write", "无法写入", given) }
                    self.path = given
                    self.temporary = nil
                    self.fd = fd
                    return
                }
            }
            // A symbolic link is followed: the file it names is replaced (or created), the link stays a link.
            let path = try followingLinks(given)
            let dir = directory(of: path)
            if stat(dir, &st) != 0 {
                throw FileError(
                    Message(
                        en: "cannot write \(path): folder \(dir) does not exist", zh: "无法写入 \(path):文件夹 \(dir) 不存在"))
            }
            if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
                throw FileError(Message(en: "cannot write \(given): it is a folder", zh: "无法写入 \(given):它是文件夹"))
            }
            var template = Array("\(dir)/.\(basename(of: path)).tmp-XXXXXX".utf8CString)
            SignalCleanup.installTermination()
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw errnoError("cannot write", "无法写入", path) }
            let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            SignalCleanup.pending(tmp)
            self.path = path
            self.temporary = tmp
            self.fd = fd
        }

        /// Appends bytes (buffered; written out in blocks of 1 MiB).
        public func write(_ bytes: [UInt8]) throws(FileError) {
            buffer += bytes
            if buffer.count >= 1 << 20 { try flush() }
        }

        /// Appends text as UTF-8.
        public func write(_ text: String) throws(FileError) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 20 { try flush() }
        }

        private func flush() throws(FileError) {
            var written = 0
            while written < buffer.count {
                let n = buffer.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + written, $0.count - written) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw errnoError("cannot write", "无法写入", path)
                }
                written += n
            }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Flushes everything and renames the temporary file over the target.
        public func commit() throws(FileError) {
            try flush()
            guard let temporary else {
                done = true
                close(fd)
                return
            }
            if fsync(fd) != 0 { throw errnoError("cannot write", "无法写入", path) }
            // Keep the permissions of a file being replaced; new files get the usual 0644 less the umask.
            var st = stat()
            let mode: mode_t
            if stat(path, &st) == 0 {
                mode = st.st_mode & 0o7777
            } else {
                let mask = umask(0)
                umask(mask)
                mode = 0o644 & ~mask
            }
            fchmod(fd, mode)
            let closed = close(fd)
            fd = -1
            if closed != 0 { throw errnoError("cannot write", "无法写入", path) }
            if let delay = SignalCleanup.testDelayBeforeRename { usleep(delay) }
            if rename(temporary, path) != 0 { throw errnoError("cannot write", "无法写入", path) }
            SignalCleanup.pending(nil)
            done = true
        }

        /// Removes the temporary file; the target stays as it was.
        public func abandon() {
            guard !done else { return }
            done = true
            if fd >= 0 { close(fd) }
            fd = -1
            if let temporary {
                unlink(temporary)
                SignalCleanup.pending(nil)
            }
        }

        deinit { abandon() }
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
