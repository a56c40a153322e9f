/// Where each key of an entity stands, packed as one 64-bit word per key (key number, line, column) in one small
/// array: a large model has hundreds of thousands of entities.
public struct KeyMarks: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// Every key any entity may have; a key's number is its index here.
    static let names = [
        "id", "name", "title", "status", "aliases", "source", "note", "ignore", "kind", "parent", "chief", "deputies",
        "office", "members", "liaises", "replaces", "lead", "assist", "due", "cadence", "report_to", "done",
        "progress", "host", "members_open", "rules", "leader", "joint", "unit", "holder", "portfolio", "scope",
        "pending",
    ]

    var packed: [UInt64] = []

    public init(dictionaryLiteral elements: (String, SourceMark)...) {
        for (k, m) in elements { self[k] = m }
    }

    static func code(_ key: String) -> UInt64? { names.firstIndex(of: key).map { UInt64($0) } }

    static func pack(_ code: UInt64, _ m: SourceMark) -> UInt64 {
        code << 56 | UInt64(UInt32(clamping: m.line)) << 24 | UInt64(min(m.column, 0xFF_FFFF))
    }

    /// The mark of a key, if the entity wrote it.
    public subscript(key: String) -> SourceMark? {
        get { Self.code(key).flatMap { self[code: $0] } }
        set {
            guard let c = Self.code(key) else { return }
            packed.removeAll { $0 >> 56 == c }
            if let newValue {
                if packed.isEmpty { packed.reserveCapacity(8) }
                packed.append(Self.pack(c, newValue))
            }
        }
    }

    /// Sets the mark of the key numbered `code` (its index in `names`).
    mutating func set(_ code: UInt64, _ m: SourceMark) {
        let w = Self.pack(code, m)
        for i in packed.indices where packed[i] >> 56 == code {
            packed[i] = w
            return
        }
        if packed.isEmpty { packed.reserveCapacity(8) }
        packed.append(w)
    }

    /// The mark of the key numbered `code`.
    subscript(code code: UInt64) -> SourceMark? {
        guard let w = packed.first(where: { $0 >> 56 == code }) else { return nil }
        return SourceMark(line: Int((w >> 24) & 0xFFFF_FFFF), column: Int(w & 0xFF_FFFF))
    }

    /// The keys written, in order.
    public var keys: [String] { packed.map { Self.names[Int($0 >> 56)] } }
}
