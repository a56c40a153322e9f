import Dispatch

/// Runs independent pieces of work on the machine's cores and returns their results in order, so that what the
/// caller sees does not depend on how the work was scheduled.
enum Parallel {
    /// How many pieces of work run at once: the cores the process may use (its CPU affinity, so `taskset` and
    /// containers pinned to fewer cores are respected), computed once.
    static let width: Int = max(1, usableCores())

    /// `body(0) … body(count - 1)`, in that order; run on up to `width` threads when `count > 1`.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        if count <= 1 || width == 1 { return (0..<count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = UninitializedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: count) { i in slots.initialize(i, to: body(i)) }
            initialized = count
        }
    }
}

#if canImport(Glibc)
    import Glibc
    private func usableCores() -> Int {
        // sched_getaffinity(2) is a GNU extension the Glibc module does not import: looked up by name (nil is
        // RTLD_DEFAULT).
        typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
        if let symbol = dlsym(nil, "sched_getaffinity") {
            var set = cpu_set_t()
            let get = unsafeBitCast(symbol, to: GetAffinity.self)
            if get(0, MemoryLayout<cpu_set_t>.size, &set) == 0 {
                let n = withUnsafeBytes(of: set) { $0.reduce(0) { $0 + $1.nonzeroBitCount } }
                if n > 0 { return n }
            }
        }
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
#elseif canImport(Darwin)
    import Darwin
    private func usableCores() -> Int { Int(sysconf(_SC_NPROCESSORS_ONLN)) }
#endif

/// Slots of an array being built, each initialised exactly once, by whichever thread owns that part of it.
struct UninitializedSlots<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
    init(_ base: UnsafeMutableBufferPointer<T>) { self.base = base }
    func initialize(_ i: Int, to value: T) { (base.baseAddress! + i).initialize(to: value) }
}
