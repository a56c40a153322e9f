/// A chart as a small graph description: what to draw, independent of Graphviz. `DOTWriter` turns it into DOT.
public struct ChartGraph: Sendable, Hashable {
    /// The title on top of the chart, if any.
    public var title: String?
    /// A smaller line under the title (the date the model describes).
    public var subtitle: String?
    /// The direction ranks run in.
    public var orientation: Orientation
    /// The gap between ranks in inches.
    public var rankSeparation: Double
    /// The gap between nodes of one rank in inches.
    public var nodeSeparation: Double
    /// The font of every label.
    public var fontName: String
    /// Nodes in drawing order.
    public var nodes: [ChartNode]
    /// Edges in drawing order.
    public var edges: [ChartEdge]
    /// Boxes around groups of nodes (the work groups' band).
    public var clusters: [ChartCluster]
    /// Nodes drawn side by side on the first rank (the tops of the structure: the headquarters, the committee).
    public var topRank: [String]
    /// Nodes drawn on the last rank, beside the legend (collectives linked to nothing).
    public var bottomRank: [String]
    /// The key to colours and line styles, if drawn.
    public var legend: ChartLegend?

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(
        title: String? = nil, subtitle: String? = nil, orientation: Orientation = .topToBottom,
        rankSeparation: Double = 0.6, nodeSeparation: Double = 0.3, fontName: String = ChartOptions.defaultFont,
        nodes: [ChartNode] = [], edges: [ChartEdge] = [], clusters: [ChartCluster] = [],
        topRank: [String] = [], bottomRank: [String] = [], legend: ChartLegend? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.orientation = orientation
        self.rankSeparation = rankSeparation
        self.nodeSeparation = nodeSeparation
        self.fontName = fontName
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.topRank = topRank
        self.bottomRank = bottomRank
        self.legend = legend
    }

    /// Whether every node has a position, so the chart can be drawn without a Graphviz layout.
    public var hasPositions: Bool { !nodes.isEmpty && nodes.allSatisfy { $0.position != nil } }

    /// How many texts of the chart are drawn shortened (too long, too many lines or stacked marks; see
    /// `DOTWriter.bounded`).
    public var shortenedTexts: Int {
        var texts: [String] = [title, subtitle].compactMap { $0 }
        for n in nodes {
            texts.append(n.heading)
            texts += n.grid
            for l in n.lines { texts += [l.caption, l.text].compactMap { $0 } }
        }
        texts += edges.compactMap(\.label)
        texts += clusters.map(\.label)
        return texts.reduce(0) { $0 + (DOTWriter.isBounded($1) ? 0 : 1) }
    }

    /// About how many nodes dot ranks and orders for this chart: its boxes, and one more for every rank a long edge
    /// crosses (dot fills those ranks with virtual nodes). It also bounds the number of ranks, so the depth of
    /// dot's recursion.
    public var dotLayoutSize: Int {
        nodes.count + edges.reduce(0) { $0 + ($1.constraint ? max(0, ($1.minLength ?? 1) - 1) : 0) }
    }
}

/// A point in Graphviz points (1/72 inch), y growing upwards.
public struct ChartPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The outline of a node.
public enum ChartShape: String, Sendable, Hashable {
    /// A rounded box: units.
    case box
    /// An ellipse: people.
    case ellipse
    /// A sheet with a folded corner: duties.
    case note
}

/// Colours and line of a node or legend swatch, as `#RRGGBB`.
public struct ChartStyle: Sendable, Hashable {
    public var fill: String
    public var border: String
    /// The colour of the heading.
    public var text: String
    /// Dashed border: something provisional.
    public var dashed: Bool
    /// Border width in points.
    public var penWidth: Double

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(fill: String, border: String, text: String = "#1A1A1A", dashed: Bool = false, penWidth: Double = 1.2) {
        self.fill = fill
        self.border = border
        self.text = text
        self.dashed = dashed
        self.penWidth = penWidth
    }
}

/// One line of a node's label: a caption such as 分指挥长 and its text.
public struct ChartLine: Sendable, Hashable {
    /// The caption before the text, without the colon; nil for a line of text alone.
    public var caption: String?
    public var text: String
    /// Drawn in grey: something not yet decided.
    public var muted: Bool

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(caption: String? = nil, _ text: String, muted: Bool = false) {
        self.caption = caption
        self.text = text
        self.muted = muted
    }
}

/// A node: a unit, a person or a duty.
public struct ChartNode: Sendable, Hashable {
    /// The model id of what the node shows (unique in the chart).
    public var id: String
    /// The name, drawn bold.
    public var heading: String
    /// The lines under the name.
    public var lines: [ChartLine]
    /// Names drawn as a table under the lines (the members of a collective).
    public var grid: [String]
    /// How many columns the grid has.
    public var gridColumns: Int
    public var shape: ChartShape
    public var style: ChartStyle
    /// A warning sign before the name: the unit has an error finding.
    public var marker: Bool
    /// Text shown on hovering in SVG (the findings when annotated).
    public var tooltip: String?
    /// Where the node goes, when the layout is computed outside Graphviz.
    public var position: ChartPoint?
    /// The `id` of the node's element in SVG output (Graphviz's `id` attribute), so a page can find it; nil leaves
    /// Graphviz's own numbering.
    public var svgID: String?

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(
        id: String, heading: String, lines: [ChartLine] = [], grid: [String] = [], gridColumns: Int = 3,
        shape: ChartShape = .box, style: ChartStyle, marker: Bool = false, tooltip: String? = nil,
        position: ChartPoint? = nil, svgID: String? = nil
    ) {
        self.id = id
        self.heading = heading
        self.lines = lines
        self.grid = grid
        self.gridColumns = gridColumns
        self.shape = shape
        self.style = style
        self.marker = marker
        self.tooltip = tooltip
        self.position = position
        self.svgID = svgID
    }
}

/// The line style of an edge.
public enum ChartLineStyle: String, Sendable, Hashable {
    case solid, dashed, dotted
    /// Not drawn: only keeps nodes in place.
    case invisible
}

/// An edge between two nodes.
public struct ChartEdge: Sendable, Hashable {
    public var from: String
    public var to: String
    public var line: ChartLineStyle
    public var colour: String
    public var penWidth: Double
    /// Text drawn beside the edge.
    public var label: String?
    /// Whether the edge has an arrowhead.
    public var arrow: Bool
    /// Whether the edge pulls `to` onto a later rank than `from` (false: drawn, but no influence on ranks).
    public var constraint: Bool
    /// The cluster the edge ends at, on its border (`to` is a node inside it).
    public var headCluster: String?
    /// How many ranks `to` lies at least after `from` (nil: one).
    public var minLength: Int?

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(
        from: String, to: String, line: ChartLineStyle = .solid, colour: String = "#546E7A", penWidth: Double = 1.2,
        label: String? = nil, arrow: Bool = true, constraint: Bool = true, headCluster: String? = nil,
        minLength: Int? = nil
    ) {
        self.from = from
        self.to = to
        self.line = line
        self.colour = colour
        self.penWidth = penWidth
        self.label = label
        self.arrow = arrow
        self.constraint = constraint
        self.headCluster = headCluster
        self.minLength = minLength
    }
}

/// A labelled box around nodes; `sameRank` puts them side by side in one band.
public struct ChartCluster: Sendable, Hashable {
    public var id: String
    public var label: String
    public var nodes: [String]
    public var sameRank: Bool
    public var style: ChartStyle

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(id: String, label: String, nodes: [String], sameRank: Bool, style: ChartStyle) {
        self.id = id
        self.label = label
        self.nodes = nodes
        self.sameRank = sameRank
        self.style = style
    }
}

/// The key to a chart: what each colour, border and line style means.
public struct ChartLegend: Sendable, Hashable {
    /// One swatch and what it stands for.
    public struct Swatch: Sendable, Hashable {
        public var label: String
        public var style: ChartStyle

        /// Creates the value from its parts; defaults are what charts normally use.
        public init(label: String, style: ChartStyle) {
            self.label = label
            self.style = style
        }
    }

    /// One line sample and what it stands for.
    public struct Line: Sendable, Hashable {
        public var label: String
        public var line: ChartLineStyle
        public var colour: String

        /// Creates the value from its parts; defaults are what charts normally use.
        public init(label: String, line: ChartLineStyle, colour: String) {
            self.label = label
            self.line = line
            self.colour = colour
        }
    }

    public var title: String
    public var swatches: [Swatch]
    public var lines: [Line]

    /// Creates the value from its parts; defaults are what charts normally use.
    public init(title: String, swatches: [Swatch], lines: [Line]) {
        self.title = title
        self.swatches = swatches
        self.lines = lines
    }
}
