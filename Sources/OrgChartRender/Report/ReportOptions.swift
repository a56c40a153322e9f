import OrgChartCore

/// Everything about a report that is not in the model: its language, the date deadlines are checked against and the
/// chart's font.
public struct ReportOptions: Sendable, Hashable {
    /// The language of headings, captions and findings (names stay as the model writes them).
    public var lang: Language
    /// The date the checks compare deadlines with and the duties table marks overdue duties against (`--as-of`).
    public var asOf: Day
    /// The font of the chart's labels; it must have Chinese glyphs for Chinese names to show.
    public var fontName: String
    /// When the chart is drawn by Graphviz and when it is explored in the page instead (the `render` policy).
    public var layout: LayoutPolicy

    /// Creates the value from its parts; defaults are what reports normally use.
    public init(
        lang: Language = .zh, asOf: Day = Day.today(), fontName: String = ChartOptions.defaultFont,
        layout: LayoutPolicy = LayoutPolicy()
    ) {
        self.lang = lang
        self.asOf = asOf
        self.fontName = fontName
        self.layout = layout
    }
}
