/// A position in a source text: 1-based line and column (columns count Unicode scalars, as editors do).
public struct SourceMark: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored as 32-bit numbers: a large model holds millions of marks.
    var storedLine: Int32
    var storedColumn: Int32

    /// The line, from 1.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The column, from 1, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        self.storedLine = Int32(clamping: line)
        self.storedColumn = Int32(clamping: column)
    }

    public static func < (a: SourceMark, b: SourceMark) -> Bool {
        (a.storedLine, a.storedColumn) < (b.storedLine, b.storedColumn)
    }

    public var description: String { "\(line):\(column)" }
}

/// A parsed YAML document, stored flat (one array of node records in document order) so that large files load
/// without one allocation per node and deep documents are never walked recursively.
public final class YAMLDocument: Sendable {
    /// What a node is.
    public enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
    }

    struct Record: Sendable {
        var kind: Kind
        var quoted: Bool
        var line: Int32
        var column: Int32
        /// For collections: number of direct children (a mapping counts keys and values); for scalars: 0.
        var count: Int32
        /// Index just past this node's subtree.
        var end: Int32
        /// For scalars: index into `scalars`.
        var scalar: Int32
    }

    let records: [Record]
    let scalars: [String]

    init(records: [Record], scalars: [String]) {
        self.records = records
        self.scalars = scalars
    }

    /// The root node, or nil for an empty document.
    public var root: YAMLNode? {
        records.isEmpty ? nil : YAMLNode(document: self, index: 0)
    }

    /// The number of nodes in the document.
    public var nodeCount: Int { records.count }
}

/// One node of a `YAMLDocument`: a cheap handle (the document and an index).
public struct YAMLNode: Sendable {
    public let document: YAMLDocument
    let index: Int

    var record: YAMLDocument.Record { document.records[index] }

    /// Whether the node is a scalar, a sequence or a mapping.
    public var kind: YAMLDocument.Kind { record.kind }

    /// Where the node starts.
    public var mark: SourceMark {
        let r = record
        return SourceMark(line: Int(r.line), column: Int(r.column))
    }

    /// The text of a scalar node, nil for collections.
    public var scalar: String? {
        let r = record
        return r.kind == .scalar ? document.scalars[Int(r.scalar)] : nil
    }

    /// Whether a scalar was written in quotes (so `"10"` is text, not a number).
    public var isQuoted: Bool { record.quoted }

    /// A plain scalar that YAML reads as null (`~`, `null`, or nothing).
    public var isNull: Bool {
        guard let s = scalar, !isQuoted else { return false }
        return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    /// The items of a sequence (empty for other kinds).
    public var items: [YAMLNode] {
        guard kind == .sequence else { return [] }
        return children
    }

    /// The key/value pairs of a mapping, in document order, duplicates included (empty for other kinds).
    public var pairs: [(key: YAMLNode, value: YAMLNode)] {
        guard kind == .mapping else { return [] }
        let c = children
        var out: [(key: YAMLNode, value: YAMLNode)] = []
        out.reserveCapacity(c.count / 2)
        var i = 0
        while i + 1 < c.count {
            out.append((c[i], c[i + 1]))
            i += 2
        }
        return out
    }

    /// Iterates over the direct children (items of a sequence; keys and values alternating for a mapping)
    /// without allocating.
    public func makeChildIterator() -> ChildIterator {
        let r = record
        return ChildIterator(document: document, position: index + 1, end: Int(r.end))
    }

    /// The number of direct children (a mapping counts keys and values).
    public var childCount: Int { Int(record.count) }

    var children: [YAMLNode] {
        let r = record
        var out: [YAMLNode] = []
        out.reserveCapacity(Int(r.count))
        var i = index + 1
        let end = Int(r.end)
        while i < end {
            out.append(YAMLNode(document: document, index: i))
            i = Int(document.records[i].end)
        }
        return out
    }

    /// A short English name of the node's kind, for error messages.
    public var kindName: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// Walks the children of a node in document order.
public struct ChildIterator: IteratorProtocol {
    let document: YAMLDocument
    var position: Int
    let end: Int

    public mutating func next() -> YAMLNode? {
        guard position < end else { return nil }
        let node = YAMLNode(document: document, index: position)
        position = Int(document.records[position].end)
        return node
    }
}
