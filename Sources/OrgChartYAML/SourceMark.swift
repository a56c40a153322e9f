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
