import OrgChartCore

/// A chart as `orgchart render` asks for it: which view of what, in which format, how it looks, on which paper, under
/// which layout policy. `draw` holds the render policy (the tree layout or `dot`, the size `dot` is given, pages), so
/// the command line only turns flags into a request and writes the bytes.
public struct ChartRequest: Sendable {
    /// The views `render --view` names.
    public enum View: String, Sendable, Hashable, CaseIterable {
        /// The whole structure, or one unit's subtree with a root.
        case whole
        /// Every role and duty of one person.
        case person
        /// Each duty with its lead and assists.
        case duties

        /// The view drawn when none is named: the person's when a person is given, otherwise the whole structure.
        public static func `default`(person: String?) -> View { person == nil ? .whole : .person }

        /// Whether the view is of one person, who must be given.
        public var takesPerson: Bool { self == .person }

        /// Whether the view can start at a unit (`--root`, `--depth`) and be drawn with the tree layout when large.
        public var takesRoot: Bool { self == .whole }

        /// Why a person or root given with this view does not go with it, or nil when they do.
        public func problem(person: String?, root: String?) -> String? {
            if takesPerson && person == nil { return "--view \(rawValue) needs --person ID" }
            if !takesPerson && person != nil { return "--person only works with --view person" }
            if !takesRoot && root != nil { return "--root only works with the whole view" }
            return nil
        }
    }

    /// The view.
    public var view: View
    /// With the whole view: the unit the chart starts at (nil: the headquarters).
    public var root: String?
    /// With a root: how many levels under it to draw (nil: all).
    public var depth: Int?
    /// With the person view: whose roles and duties.
    public var person: String?
    /// The file format.
    public var format: ChartFormat
    /// How the chart looks: orientation, rank gap, font, language, colours, legend (its view is `chartView`).
    public var look: ChartOptions
    /// Whether to mark units with check errors (every check, deadlines as of the model's date).
    public var annotate: Bool
    /// The paper to lay the chart out for, if any.
    public var page: ChartPage?
    /// The resolution of PNG output.
    public var dpi: Double
    /// `dot` or the tree layout, and the largest chart `dot` is given.
    public var policy: LayoutPolicy
    /// The tree layout: the most children drawn under one unit (0: never fold).
    public var maxChildren: Int

    /// A request; the defaults are `render`'s.
    public init(
        view: View = .whole, root: String? = nil, depth: Int? = nil, person: String? = nil, format: ChartFormat = .dot,
        look: ChartOptions = ChartOptions(), annotate: Bool = false, page: ChartPage? = nil, dpi: Double = 144,
        policy: LayoutPolicy = LayoutPolicy(), maxChildren: Int = 40
    ) {
        self.view = view
        self.root = root
        self.depth = depth
        self.person = person
        self.format = format
        self.look = look
        self.annotate = annotate
        self.page = page
        self.dpi = dpi
        self.policy = policy
        self.maxChildren = maxChildren
    }

    /// The part of the model the chart builder draws.
    public var chartView: ChartView {
        switch view {
        case .whole: return root.map { .subtree(root: $0, depth: depth) } ?? .whole
        case .person: return .person(person ?? "")
        case .duties: return .duties
        }
    }

    /// The chart of `model` as bytes. The whole view of a large model (or `--layout tree`) is drawn with the tree
    /// layout; with a page it is laid out for paper; otherwise `dot` lays it out, unless it is too large for `dot`,
    /// when the whole view falls back to the tree layout and any other view is refused. `note` is told, as it
    /// happens, what to say on standard error: the layout used, what was folded or shortened, the pages.
    public func draw(_ model: Model, note: (Message) -> Void) throws(ChartError) -> [UInt8] {
        if page == nil, policy.decide(units: model.units.count, treeAvailable: view.takesRoot) == .tree {
            return try drawTree(model, note: note)
        }
        var options = look
        options.view = chartView
        let findings = annotate ? Self.annotations(model) : []
        if let page {
            let paged = try PagedChart.render(
                model, options: options, findings: findings, page: page, format: format, policy: policy, dpi: dpi)
            note(Message(en: paged.note(.en), zh: paged.note(.zh)))
            return paged.bytes
        }
        let graph = try ChartBuilder.build(model, options: options, findings: findings)
        // DOT text needs no layout; an image does, and dot's time grows steeply with the chart's size.
        switch policy.decide(graph, treeAvailable: view.takesRoot, needsLayout: format != .dot) {
        case .dot: break
        case .tree: return try drawTree(model, note: note)
        case .refuse(let size):
            throw ChartError(policy.tooLargeMessage(size: size, wholeView: view.takesRoot))
        }
        if policy.choice == .auto && view.takesRoot {
            let n = model.units.count
            note(Message(en: "layout: dot (\(n) units)", zh: "布局:dot(\(n) 个单位)"))
        }
        if graph.shortenedTexts > 0 { note(Self.shortenedNote(graph.shortenedTexts)) }
        return try ChartRenderer.render(
            graph, format: format, engine: options.layoutEngine, dpi: dpi, maxLayoutNodes: policy.maxLayoutNodes)
    }

    /// Draws a large hierarchy with the tree layout and says what was folded or cut.
    func drawTree(_ model: Model, note: (Message) -> Void) throws(ChartError) -> [UInt8] {
        let chart = try TreeChart.build(
            model,
            options: TreeChartOptions(
                root: root, depth: depth, maxChildren: maxChildren, fontName: look.fontName, lang: look.lang,
                colourByKind: look.colourByKind, orientation: look.orientation ?? .topToBottom))
        note(LayoutPolicy.treeNote(chart))
        if chart.shortened > 0 { note(Self.shortenedNote(chart.shortened)) }
        return try chart.render(format, dpi: format == .png ? min(dpi, 72) : nil)
    }

    /// The findings `annotate` marks: every check of the catalog, deadlines as of the model's date.
    static func annotations(_ model: Model) -> [Finding] {
        CheckRunner.run(model, options: CheckOptions(asOf: model.organisation.asOf ?? Day.today()))
    }

    /// Says that `n` names are drawn shortened, and how they are bounded.
    static func shortenedNote(_ n: Int) -> Message {
        let (lines, length, marks) = (DOTWriter.maxLines, DOTWriter.maxLineLength, DOTWriter.maxMarksPerCharacter)
        return Message(
            en: "note: \(n) texts are drawn shortened, cut where marked with \"…\" (at most \(lines) lines of "
                + "\(length) characters, \(marks) combining marks on a character)",
            zh: "注意:\(n) 处文字过长,图中已截断并以“…”标出(每段最多 \(lines) 行、每行 \(length) 个字符、每字 \(marks) 个附加符号)")
    }
}
