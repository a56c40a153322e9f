@preconcurrency import CGraphviz

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The only file that imports Graphviz. Every call into it happens while `GraphvizLock.shared` is held: libgvc and
// libcgraph keep global state and crash when two threads use them at once, even with separate contexts.

/// The formats Graphviz renders a laid-out chart in.
public enum GraphvizFormat: String, Sendable, Hashable, CaseIterable {
    case svg, png, pdf

    /// The Graphviz device: the core SVG writer (text stays text, with its font-family), and cairo for PNG and PDF
    /// (pango and fontconfig draw Chinese glyphs; the gd renderer does not).
    var device: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        }
    }
}

/// A problem Graphviz reported (bad DOT, a failed layout or render), with its own message.
public struct GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Graphviz's message, without the `Error:` prefix; several messages are separated by newlines.
    public var message: String

    /// Creates the error with its message.
    public init(_ message: String) { self.message = message }

    /// The message, for logs and test output.
    public var description: String { message }
}

/// Graphviz called in-process: reads DOT text, lays it out and renders it to bytes in memory.
public enum Graphviz {
    /// Lays out `dot` with `engine` and renders it in `format`; `dpi` sets the resolution of PNG output.
    public static func render(
        dot: String, format: GraphvizFormat, engine: LayoutEngine = .dot, dpi: Double? = nil
    ) throws(GraphvizError) -> [UInt8] {
        let lock = GraphvizLock.shared
        return try lock.withLock { () throws(GraphvizError) -> [UInt8] in
            lock.messages = ""
            let previous = agseterrf(collectMessage)
            defer {
                agseterrf(previous)
                lock.messages = ""
            }
            agreseterrors()
            func failure(_ fallback: String) -> GraphvizError {
                let text = lock.messages.split(separator: "\n").map {
                    $0.trimmingPrefix("Error: ").trimmingPrefix("Warning: ")
                }.map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: "\n")
                return GraphvizError(text.isEmpty ? fallback : text)
            }
            func failed() -> Bool { agerrors() >= Int32(AGERR.rawValue) }

            guard let gvc = gvContext() else { throw failure("cannot create a Graphviz context") }
            defer { gvFreeContext(gvc) }
            guard let graph = agmemread(dot) else { throw failure("cannot read the DOT text") }
            defer { agclose(graph) }
            guard !failed() else { throw failure("cannot read the DOT text") }
            if format == .png, let dpi {
                withMutableCString("dpi") { name in
                    withMutableCString(DOTWriter.number(dpi)) { value in
                        withMutableCString("") { _ = agsafeset(UnsafeMutableRawPointer(graph), name, value, $0) }
                    }
                }
            }
            guard gvLayout(gvc, graph, engine.rawValue) == 0, !failed() else {
                throw failure("the \(engine.rawValue) layout failed")
            }
            defer { gvFreeLayout(gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, format.device, &data, &length)
            defer {
                if let data { gvFreeRenderData(data) }
            }
            guard status == 0, let data, !failed() else { throw failure("cannot render \(format.rawValue)") }
            return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
        }
    }

    /// The version of the Graphviz library in use, e.g. `2.43.0`.
    public static func version() -> String {
        GraphvizLock.shared.withLock { () -> String in
            guard let gvc = gvContext() else { return "" }
            defer { gvFreeContext(gvc) }
            return gvcVersion(gvc).map { String(cString: $0) } ?? ""
        }
    }
}

/// Receives Graphviz's error and warning text while a call is under way (pieces such as `Error`, `: `, the
/// message). A C function pointer cannot capture, so it appends to the buffer the lock guards; it only runs inside
/// a Graphviz call, that is while this thread holds the lock.
private let collectMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { GraphvizLock.shared.messages += String(cString: text) }
    return 0
}

/// The one process-wide lock around Graphviz, with the message buffer it guards.
final class GraphvizLock: @unchecked Sendable {
    /// The lock every Graphviz call takes.
    static let shared = GraphvizLock()

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Text Graphviz reported during the current call; read and written only while the lock is held.
    var messages = ""

    private init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    /// Runs `body` while holding the lock.
    func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

/// Calls `body` with a mutable NUL-terminated copy of `s` (cgraph takes `char *` and copies it).
private func withMutableCString<T>(_ s: String, _ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
    var chars = Array(s.utf8CString)
    return chars.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
