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
    ///
    /// The work runs on a thread of its own with a stack of `layoutStackBytes`, whatever `ulimit -s` says: dot's
    /// layout recurses once per rank. A PNG larger than `maxBitmapSide` pixels a side or `maxBitmapPixels` in all
    /// is refused before it is drawn (cairo would shrink it to a sliver or write nothing), and an empty result is
    /// an error, never an empty file.
    public static func render(
        dot: String, format: GraphvizFormat, engine: LayoutEngine = .dot, dpi: Double? = nil
    ) throws(GraphvizError) -> [UInt8] {
        let outcome = onLargeStack { () -> LayoutOutcome in
            do {
                return .bytes(try renderHere(dot: dot, format: format, engine: engine, dpi: dpi))
            } catch let error as GraphvizError {
                return .failed(error)
            } catch {
                return .failed(GraphvizError("\(error)"))
            }
        }
        switch outcome {
        case .none:
            throw GraphvizError(
                "cannot start the layout: no memory for its \(layoutStackBytes >> 20) MB stack (ulimit -v is too low)")
        case .bytes(let bytes)?: return bytes
        case .failed(let error)?: throw error
        }
    }

    /// What the layout thread hands back.
    enum LayoutOutcome {
        case bytes([UInt8])
        case failed(GraphvizError)
    }

    /// The stack the layout runs on: dot recurses once per rank of the chart, about 50 bytes each.
    public static let layoutStackBytes = 64 << 20

    /// The largest side of a PNG, in pixels: cairo's limit (above it Graphviz shrinks the chart to fit, or writes
    /// nothing at all).
    public static let maxBitmapSide = 32_767

    /// The most pixels in a PNG (400 MB of memory while cairo draws it).
    public static let maxBitmapPixels = 100_000_000

    static func renderHere(
        dot: String, format: GraphvizFormat, engine: LayoutEngine, dpi: Double?
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
            if format == .png {
                // Graphviz's bitmaps are 96 dpi unless the graph says otherwise; a point is 1/72 inch.
                let scale = (dpi ?? 96) / 72
                let width = (orgchart_bb_width(graph) * scale).rounded(.up)
                let height = (orgchart_bb_height(graph) * scale).rounded(.up)
                if width > Double(maxBitmapSide) || height > Double(maxBitmapSide)
                    || width * height > Double(maxBitmapPixels)
                {
                    throw GraphvizError(
                        "the chart is \(Int(width)) × \(Int(height)) pixels, too large for a PNG (at most "
                            + "\(maxBitmapSide) a side and \(maxBitmapPixels / 1_000_000) million in all): write SVG or PDF "
                            + "instead, or draw a part with --root and --depth")
                }
            }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, format.device, &data, &length)
            defer {
                if let data { gvFreeRenderData(data) }
            }
            guard status == 0, let data, !failed() else { throw failure("cannot render \(format.rawValue)") }
            guard length > 0 else { throw failure("Graphviz produced an empty \(format.rawValue)") }
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            // cairo reports running out of memory on standard error only, and hands back a document with nothing
            // drawn in it (an SVG with no element, a truncated PNG).
            guard isComplete(bytes, format) else {
                throw failure(
                    "Graphviz produced an incomplete \(format.rawValue) (cairo ran out of memory?); nothing was written"
                )
            }
            return bytes
        }
    }

    /// Whether rendered bytes are a whole document with something drawn: an SVG with an element inside `<svg>`,
    /// a PNG from its signature to its `IEND` chunk, a PDF from `%PDF` to `%%EOF`.
    static func isComplete(_ bytes: [UInt8], _ format: GraphvizFormat) -> Bool {
        func contains(_ needle: String, in slice: ArraySlice<UInt8>) -> Bool {
            let n = Array(needle.utf8)
            guard slice.count >= n.count else { return false }
            var i = slice.startIndex
            while i + n.count <= slice.endIndex {
                if slice[i] == n[0], slice[i..<(i + n.count)].elementsEqual(n) { return true }
                i += 1
            }
            return false
        }
        switch format {
        case .svg:
            return contains("<g", in: bytes[...]) && contains("</svg>", in: bytes.suffix(64))
        case .png:
            return bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
                && contains("IEND", in: bytes.suffix(12))
        case .pdf:
            return bytes.starts(with: Array("%PDF".utf8)) && contains("%%EOF", in: bytes.suffix(64))
        }
    }

    /// Runs `body` on a new thread with a stack of `layoutStackBytes` and waits for it; nil when the thread cannot
    /// be started (no memory for its stack).
    static func onLargeStack(_ body: @escaping () -> LayoutOutcome) -> LayoutOutcome? {
        let box = StackBox(body)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, layoutStackBytes)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(box).toOpaque()
        let started = pthread_create(
            &thread, &attributes,
            { raw in
                let box = Unmanaged<StackBox>.fromOpaque(raw!).takeRetainedValue()
                box.result = box.body()
                return nil
            }, context)
        guard started == 0 else {
            Unmanaged<StackBox>.fromOpaque(context).release()
            return nil
        }
        pthread_join(thread, nil)
        return box.result
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

/// The work of `Graphviz.onLargeStack` and its result, handed to the thread that runs it.
private final class StackBox: @unchecked Sendable {
    let body: () -> Graphviz.LayoutOutcome
    var result: Graphviz.LayoutOutcome?
    init(_ body: @escaping () -> Graphviz.LayoutOutcome) { self.body = body }
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
