#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the process does when it is stopped by a signal: an output being written (`FileIO.AtomicWriter`) has its
/// temporary file removed, so an interrupted run (SIGTERM, SIGINT, SIGHUP) leaves no `.NAME.tmp-XXXXXX` behind;
/// and when the process runs under a memory or stack limit (`ulimit -v`, `ulimit -s`) and dies of it (a failed
/// allocation aborts, a stack overflow faults), it says so and exits 2 instead of dumping core.
///
/// A signal handler may only touch memory that is already there, so the path of the temporary file is kept in a
/// buffer allocated once, and the messages are prepared when the handlers are installed.
public enum SignalCleanup {
    /// The path of the temporary file being written, NUL-terminated; empty when none.
    nonisolated(unsafe) static let pendingPath: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: pathCapacity)
        p.initialize(repeating: 0, count: pathCapacity)
        return p
    }()
    static let pathCapacity = 4096

    /// The message written when a resource limit ends the process, NUL-terminated.
    nonisolated(unsafe) static let limitMessage = UnsafeMutablePointer<CChar>.allocate(capacity: 1024)
    /// Whether a fatal signal means a resource limit was hit (the process runs under one) rather than a bug.
    nonisolated(unsafe) static var limited = false

    /// Records the temporary file being written (nil: none), for the handlers to remove.
    static func pending(_ path: String?) {
        guard let path else {
            pendingPath[0] = 0
            return
        }
        let bytes = Array(path.utf8)
        guard bytes.count < pathCapacity else { return }
        for (i, b) in bytes.enumerated() { pendingPath[i + 1] = CChar(bitPattern: b) }
        pendingPath[bytes.count + 1] = 0
        // The first byte last, so a handler never sees half a path.
        pendingPath[0] = CChar(bitPattern: bytes.first ?? 0)
    }

    /// Microseconds to wait between writing an output and renaming it into place, from
    /// `ORGCHART_TEST_DELAY_RENAME_MS` (for the tests that interrupt a write); nil normally.
    static let testDelayBeforeRename: UInt32? = {
        guard let raw = getenv("ORGCHART_TEST_DELAY_RENAME_MS"), let ms = UInt32(String(cString: raw)) else {
            return nil
        }
        return ms * 1000
    }()

    private static let terminationInstalled: Bool = {
        _ = pendingPath
        // A parent may start the process with these signals blocked (test runners do); they are handled here.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&unblock, sig) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            // A signal the process was started to ignore (`nohup`) stays ignored.
            var previous = sigaction()
            sigaction(sig, nil, &previous)
            if let h = previous.__sigaction_handler.sa_handler, unsafeBitCast(h, to: Int.self) == 1 { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                SignalCleanup.removePending()
                signal(sig, SIG_DFL)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
        return true
    }()

    /// Installs the handlers for SIGTERM, SIGINT and SIGHUP (once; `AtomicWriter` calls it).
    static func installTermination() { _ = terminationInstalled }

    /// Removes the temporary file being written, if any (async-signal-safe).
    static func removePending() {
        if pendingPath[0] != 0 {
            unlink(pendingPath + 1)
            pendingPath[0] = 0
        }
    }

    /// Installs every handler: termination, and the fatal signals of running out of memory or stack. Messages are
    /// in `zh` or English. Called once at start-up by the command line.
    public static func install(zh: Bool) {
        installTermination()
        var limit = rlimit()
        var memoryLimit: UInt64?
        for resource in [RLIMIT_AS, RLIMIT_DATA] {
            if getrlimit(__rlimit_resource_t(resource.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
                memoryLimit = min(memoryLimit ?? .max, UInt64(limit.rlim_cur))
            }
        }
        var stackLimit: UInt64?
        if getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max,
            limit.rlim_cur < 8 << 20
        {
            stackLimit = UInt64(limit.rlim_cur)
        }
        limited = memoryLimit != nil || stackLimit != nil
        guard limited else { return }
        var what: [String] = []
        if let memoryLimit { what.append("ulimit -v \(memoryLimit >> 10)") }
        if let stackLimit { what.append("ulimit -s \(stackLimit >> 10)") }
        let text =
            zh
            ? "错误:orgchart 在资源限制(\(what.joined(separator: "、")))下耗尽了内存或栈,已停止;未写入任何输出。"
                + "请放宽限制或改用较小的模型(见 docs/limits.md)\n"
            : "error: orgchart ran out of memory or stack under its limit (\(what.joined(separator: ", "))) and "
                + "stopped; no output was written. Raise the limit or use a smaller model (see docs/limits.md)\n"
        let bytes = Array(text.utf8.prefix(1023))
        for (i, b) in bytes.enumerated() { limitMessage[i] = CChar(bitPattern: b) }
        limitMessage[bytes.count] = 0
        // A stack overflow can only be handled on a stack of its own.
        let size = 1 << 16
        var alternate = stack_t()
        alternate.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        alternate.ss_size = size
        alternate.ss_flags = 0
        sigaltstack(&alternate, nil)
        for sig in [SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGTRAP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                SignalCleanup.removePending()
                if SignalCleanup.limited {
                    _ = write(2, SignalCleanup.limitMessage, strlen(SignalCleanup.limitMessage))
                    _exit(2)
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_ONSTACK) | Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(sig, &action, nil)
        }
    }
}
