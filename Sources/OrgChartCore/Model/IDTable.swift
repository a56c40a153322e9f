/// A hash table from ids to values, hashing the UTF-8 bytes with FNV-1a and comparing bytes: several times faster
/// than `Dictionary<String, _>` on the hundreds of thousands of ids of a large model (ids are compared exactly,
/// byte for byte, which is what an identifier means).
public struct IDTable<Value: Sendable>: Sendable {
    /// One slot: the id's hash (0 for an empty slot), the id and its value side by side, so that a lookup
    /// usually touches one cache line.
    struct Entry: Sendable {
        var hash: UInt64
        var key: String
        var value: Value?
    }

    var entries: [Entry]
    var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        // At most two thirds full: short probe runs without doubling the memory.
        var size = 16
        while size * 2 < capacity * 3 { size <<= 1 }
        entries = Array(repeating: Entry(hash: 0, key: "", value: nil), count: size)
        mask = size - 1
    }

    /// FNV-1a over the UTF-8 bytes.
    @inline(__always)
    public static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var s = s
        s.withUTF8 { buf in
            for b in buf {
                h ^= UInt64(b)
                h = h &* 0x0000_0100_0000_01B3
            }
        }
        // Finalise (from MurmurHash3) so that the low bits used for the slot depend on every byte.
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h | 1  // never 0, so 0 marks an empty slot
    }

    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    func slot(_ key: String, _ h: UInt64) -> Int {
        entries.withUnsafeBufferPointer { e in
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let stored = e[i].hash
                if stored == 0 || (stored == h && Self.same(e[i].key, key)) { return i }
                i = (i + 1) & mask
            }
        }
    }

    /// The value for an id.
    public subscript(key: String) -> Value? {
        let h = Self.hash(key)
        return entries[slot(key, h)].value
    }

    /// Stores a value unless the id is already there; returns the value stored first.
    @discardableResult
    public mutating func insertIfAbsent(_ key: String, _ value: Value) -> Value? {
        if (count + 1) * 3 > entries.count * 2 { grow() }
        let h = Self.hash(key)
        let i = slot(key, h)
        if let existing = entries[i].value { return existing }
        entries[i] = Entry(hash: h, key: key, value: value)
        count += 1
        return nil
    }

    mutating func grow() {
        var bigger = IDTable(capacity: entries.count)
        for e in entries where e.hash != 0 {
            bigger.entries[bigger.slot(e.key, e.hash)] = e
        }
        bigger.count = count
        self = bigger
    }

    /// Every id, in no particular order.
    public var allKeys: [String] { entries.filter { $0.hash != 0 }.map(\.key) }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
