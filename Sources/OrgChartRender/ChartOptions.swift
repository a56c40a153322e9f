import OrgChartCore

/// Which part of a model a chart shows.
public enum ChartView: Sendable, Hashable {
    /// Every structural unit: the headquarters, its posts, the work groups and their links.
    case whole
    /// One unit and its descendants down to `depth` levels (nil: all of them).
    case subtree(root: String, depth: Int?)
    /// These units and the units under them down to `depth` levels (nil: all), without units outside that they
    /// liaise with (one page of a chart split over several).
    case roots([String], depth: Int?)
    /// Every role and duty of one person.
    case person(String)
    /// Each duty with its lead and its assists.
    case duties
}

/// The direction ranks run in.
public enum Orientation: String, Sendable, Hashable, CaseIterable {
    /// Top to bottom: the headquarters on top.
    case topToBottom = "TB"
    /// Left to right: the headquarters on the left.
    case leftToRight = "LR"
}

/// The Graphviz layout engine that places nodes.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
    /// Graphviz's hierarchical layout.
    case dot
    /// No layout: nodes stay at the `pos` given to them (Graphviz's `neato -n2`), for layouts computed in Swift.
    case nop2
}

/// Everything about a chart that is not in the model.
public struct ChartOptions: Sendable, Hashable {
    /// The part of the model to draw.
    public var view: ChartView
    /// The direction ranks run in; nil picks the view's default (top to bottom for structure, left to right for
    /// people and duties).
    public var orientation: Orientation?
    /// The gap between ranks in inches; nil picks the default.
    public var rankSeparation: Double?
    /// The font of every label; it must have Chinese glyphs for Chinese names to show.
    public var fontName: String
    /// The language of captions, roles and the legend (names stay as the model writes them).
    public var lang: Language
    /// Whether units are filled in their kind's colour (otherwise white with a dark border).
    public var colourByKind: Bool
    /// Whether to draw the legend.
    public var legend: Bool
    /// Whether to draw the title (organisation and date).
    public var title: Bool
    /// The layout engine; nil picks `nop2` when every node has a position and `dot` otherwise.
    public var layoutEngine: LayoutEngine?
    /// The most units drawn side by side under one parent (top to bottom only); more wrap onto further rows, so
    /// ten sub-command posts make two rows of five instead of one very wide row. 0 never wraps.
    public var rowLimit: Int

    /// The default font: Noto Sans CJK SC from `fonts-noto-cjk`.
    public static let defaultFont = "Noto Sans CJK SC"

    /// The longest font name accepted, in characters.
    public static let maxFontNameLength = 100

    /// Why a font name is refused, or nil when it is fine: a name is letters (of any script), digits, spaces and
    /// `-_.,+()`, at most `maxFontNameLength` characters. Graphviz copies the name unescaped into SVG attributes
    /// (`font-family="…"`), so quotes, `<`, `>` and `&` would act there.
    public static func fontProblem(_ name: String) -> Message? {
        if name.allSatisfy({ $0 == " " }) {
            return Message(en: "the font name is empty", zh: "字体名称为空")
        }
        if name.count > maxFontNameLength {
            return Message(
                en: "the font name is longer than \(maxFontNameLength) characters",
                zh: "字体名称超过 \(maxFontNameLength) 个字符")
        }
        for s in name.unicodeScalars {
            let ok =
                s.properties.isAlphabetic || s.properties.numericType != nil
                || s.properties.generalCategory == .nonspacingMark
                || s.properties.generalCategory == .spacingMark || " -_.,+()".unicodeScalars.contains(s)
            if !ok {
                let shown =
                    UnsafeCharacters.all.contains(s) ? "U+" + String(s.value, radix: 16, uppercase: true) : "`\(s)`"
                return Message(
                    en: "the font name contains \(shown); use letters, digits, spaces and -_.,+() only",
                    zh: "字体名称含有 \(shown);只能使用字母、数字、空格和 -_.,+()")
            }
        }
        return nil
    }

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(
        view: ChartView = .whole, orientation: Orientation? = nil, rankSeparation: Double? = nil,
        fontName: String = ChartOptions.defaultFont, lang: Language = .zh, colourByKind: Bool = true,
        legend: Bool = true, title: Bool = true, layoutEngine: LayoutEngine? = nil, rowLimit: Int = 6
    ) {
        self.view = view
        self.orientation = orientation
        self.rankSeparation = rankSeparation
        self.fontName = fontName
        self.lang = lang
        self.colourByKind = colourByKind
        self.legend = legend
        self.title = title
        self.layoutEngine = layoutEngine
        self.rowLimit = rowLimit
    }
}

/// The file formats a chart can be written in.
public enum ChartFormat: String, Sendable, Hashable, CaseIterable {
    case svg, png, pdf, dot

    /// The format a file name's extension names (`.svg`, `.png`, `.pdf`, `.dot` or `.gv`), if any.
    public init?(path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        if ext == "gv" {
            self = .dot
            return
        }
        self.init(rawValue: ext)
    }

    /// Whether the format is text (and may be printed to a terminal).
    public var isText: Bool { self == .svg || self == .dot }
}

/// A chart that cannot be drawn: an unknown id, or an error from Graphviz.
public struct ChartError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in both languages.
    public var message: Message

    /// Creates the error with its message.
    public init(_ message: Message) { self.message = message }

    /// The message, for logs and test output.
    public var description: String { message.en }
}
