/// Characters that text written for another format must not carry as they are, sorted into classes: the one table
/// of which character is which. Each writer names the classes its format refuses (`yaml`, `graphviz`, `terminal`,
/// …, below) and escapes, replaces or drops them its own way.
public struct UnsafeCharacters: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// U+0009 CHARACTER TABULATION.
    static let tab = UnsafeCharacters(rawValue: 1 << 0)
    /// U+000A LINE FEED.
    static let lineFeed = UnsafeCharacters(rawValue: 1 << 1)
    /// U+000D CARRIAGE RETURN.
    static let carriageReturn = UnsafeCharacters(rawValue: 1 << 2)
    /// The other C0 controls, U+0000 to U+001F but tab, line feed and carriage return (NUL, escape, backspace…).
    static let control = UnsafeCharacters(rawValue: 1 << 3)
    /// U+007F DELETE and the C1 controls U+0080 to U+009F (U+0085 NEXT LINE among them).
    static let deleteAndC1 = UnsafeCharacters(rawValue: 1 << 4)
    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
    static let lineSeparator = UnsafeCharacters(rawValue: 1 << 5)
    /// The bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069): they reorder what
    /// a reader sees.
    static let bidiControl = UnsafeCharacters(rawValue: 1 << 6)
    /// U+FEFF, a byte-order mark (or zero-width no-break space).
    static let byteOrderMark = UnsafeCharacters(rawValue: 1 << 7)
    /// The non-characters U+FFFE and U+FFFF.
    static let noncharacter = UnsafeCharacters(rawValue: 1 << 8)

    /// Every class.
    public static let all: UnsafeCharacters = [
        .tab, .lineFeed, .carriageReturn, .control, .deleteAndC1, .lineSeparator, .bidiControl, .byteOrderMark,
        .noncharacter,
    ]
    /// All the C0 controls, U+0000 to U+001F.
    static let c0: UnsafeCharacters = [.tab, .lineFeed, .carriageReturn, .control]

    /// What a YAML scalar cannot carry unquoted (and a double-quoted one only escaped): YAML parsers refuse the
    /// controls, a byte-order mark and the non-characters, and read U+0085, U+2028 and U+2029 as line breaks.
    static let yaml = all.subtracting(.bidiControl)
    /// What a Graphviz label or XML text cannot carry: C0 and C1 controls, DEL and the non-characters.
    public static let graphviz: UnsafeCharacters = [
        .tab, .lineFeed, .carriageReturn, .control, .deleteAndC1, .noncharacter,
    ]
    /// What an XML 1.0 document refuses once tab and line breaks are written as they are: the other C0 controls
    /// and the non-characters.
    public static let xml: UnsafeCharacters = [.control, .noncharacter]
    /// What must not reach a terminal as it is: controls that move the cursor or start escape sequences, line
    /// breaks that would forge a line of output, and bidirectional controls that reorder what it shows.
    static let terminal: UnsafeCharacters = [
        .lineFeed, .carriageReturn, .control, .deleteAndC1, .lineSeparator, .bidiControl,
    ]
    /// What a spreadsheet cell or a CSV field should not carry: controls other than tab and line breaks.
    static let spreadsheet: UnsafeCharacters = [.control, .deleteAndC1]
    /// What HTML text should not carry: the C0 controls but tab and line feed.
    static let html: UnsafeCharacters = [.carriageReturn, .control]
    /// What JSON must escape (the C0 controls) and what JavaScript reads as a line break (U+2028, U+2029).
    static let json: UnsafeCharacters = [.tab, .lineFeed, .carriageReturn, .control, .lineSeparator]

    /// The class `u` is in, or none for any other character.
    public init(_ u: Unicode.Scalar) {
        switch u.value {
        case 0x09: self = .tab
        case 0x0A: self = .lineFeed
        case 0x0D: self = .carriageReturn
        case 0x00..<0x20: self = .control
        case 0x7F...0x9F: self = .deleteAndC1
        case 0x2028, 0x2029: self = .lineSeparator
        case 0x202A...0x202E, 0x2066...0x2069: self = .bidiControl
        case 0xFEFF: self = .byteOrderMark
        case 0xFFFE, 0xFFFF: self = .noncharacter
        default: self = []
        }
    }

    /// Whether `u` is in one of these classes.
    @inlinable
    public func contains(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if (0x20..<0x7F).contains(v) || (0xA0..<0x2028).contains(v) || (0x206A..<0xFEFF).contains(v) || v > 0xFFFF {
            return false
        }
        return !isDisjoint(with: UnsafeCharacters(u))
    }
}
