import OrgChartCore

/// Writes a chart description as Graphviz DOT text: deterministic, with every name escaped.
public enum DOTWriter {
    /// The DOT text of a chart.
    public static func write(_ graph: ChartGraph) -> String {
        var out = DOTText(graph: graph)
        out.document()
        return out.text
    }

    /// The id of the legend node (`#` cannot occur in model ids, so it cannot clash with one).
    static let legendID = "#legend"

    /// `s` as a double-quoted DOT string: backslashes and quotes escaped, line breaks as `\n`, other control
    /// characters dropped.
    public static func quoted(_ s: String) -> String { quoted(s, backslash: "\\\\") }

    /// `s` double-quoted with each backslash written as `backslash`.
    static func quoted(_ s: String, backslash: String) -> String {
        var out = "\""
        for c in lines(s).joined(separator: "\n").unicodeScalars {
            switch c {
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: if !UnsafeCharacters.graphviz.contains(c) { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    /// `s` as the text of an HTML-like label: XML-escaped, backslashes doubled (Graphviz would read `\N` and
    /// friends in labels), line breaks as `<BR/>`, other control characters dropped.
    public static func html(_ s: String) -> String {
        lines(s).map { line in
            var out = ""
            for c in line.unicodeScalars {
                switch c {
                case "\\": out += "\\\\"
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                case "\t": out += " "
                default: if !UnsafeCharacters.graphviz.contains(c) { out.unicodeScalars.append(c) }
                }
            }
            return out
        }.joined(separator: "<BR/>")
    }

    /// `s` as a quoted tooltip. Graphviz expands backslash escapes in tooltips twice, so a backslash is written as
    /// four.
    static func tooltip(_ s: String) -> String { quoted(s, backslash: "\\\\\\\\") }

    /// The most lines of one text drawn in a chart; more are cut, the last line drawn ending in `…`.
    public static let maxLines = 12
    /// The most characters of one line drawn in a chart; a longer line is cut and ends in `…`.
    public static let maxLineLength = 160
    /// The most combining marks drawn on one character (accents stack; Pango's time grows with the square of a
    /// run of them); more are dropped.
    public static let maxMarksPerCharacter = 4

    /// Splits text at every kind of line break (LF, CR LF, CR, U+2028, U+2029), bounded for drawing: at most
    /// `maxLines` lines of `maxLineLength` characters, each carrying at most `maxMarksPerCharacter` combining
    /// marks; what is cut is marked with `…` (`isBounded` says whether a text is drawn whole).
    static func lines(_ s: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var length = 0
        var marks = 0
        var cut = false
        scan(s) { c, lineBreak in
            if lineBreak {
                if result.count == maxLines - 1 {
                    cut = true
                    return false
                }
                result.append(String(current))
                current = String.UnicodeScalarView()
                length = 0
                marks = 0
            } else if isCombining(c) {
                marks += 1
                if marks <= maxMarksPerCharacter && length <= maxLineLength { current.append(c) }
            } else {
                marks = 0
                length += 1
                if length <= maxLineLength { current.append(c) }
            }
            return true
        }
        if length > maxLineLength || cut {
            if length > maxLineLength {
                // Keep room for the marker: drop the last character drawn (with its marks).
                while let last = current.last, isCombining(last) { current.removeLast() }
                if !current.isEmpty { current.removeLast() }
            }
            current.append("…")
        }
        result.append(String(current))
        return result
    }

    /// The text as it is drawn in a chart: cut to `maxLines` lines of `maxLineLength` characters, with `…` where
    /// something was cut.
    public static func bounded(_ s: String) -> String {
        isBounded(s) ? s : lines(s).joined(separator: "\n")
    }

    /// Whether a text is drawn whole (within the bounds on lines, line length and combining marks).
    public static func isBounded(_ s: String) -> Bool {
        var lineCount = 1
        var length = 0
        var marks = 0
        var bounded = true
        scan(s) { c, lineBreak in
            if lineBreak {
                lineCount += 1
                length = 0
                marks = 0
                bounded = lineCount <= maxLines
            } else if isCombining(c) {
                marks += 1
                bounded = marks <= maxMarksPerCharacter
            } else {
                marks = 0
                length += 1
                bounded = length <= maxLineLength
            }
            return bounded
        }
        return bounded
    }

    /// Calls `body` with each character of `s` and whether it breaks the line (LF, CR, CR LF as one, U+2028,
    /// U+2029, U+0085), until `body` returns false.
    static func scan(_ s: String, _ body: (Unicode.Scalar, _ lineBreak: Bool) -> Bool) {
        var previousCR = false
        for c in s.unicodeScalars {
            if c == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = c == "\r"
            let lineBreak = c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{85}"
            if !body(c, lineBreak) { return }
        }
    }

    /// A mark drawn on the character before it (accents, Indic vowel signs, enclosing circles).
    static func isCombining(_ c: Unicode.Scalar) -> Bool {
        guard c.value >= 0x300 else { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A number with at most two decimals and no trailing zeros: 0.7, 1, 12.35.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        let whole = a / 100
        let frac = a % 100
        if frac == 0 { return "\(sign)\(whole)" }
        if frac % 10 == 0 { return "\(sign)\(whole).\(frac / 10)" }
        return "\(sign)\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }
}

/// The DOT text of one chart, written line by line.
struct DOTText {
    let graph: ChartGraph
    var text = ""

    init(graph: ChartGraph) { self.graph = graph }

    typealias W = DOTWriter

    mutating func line(_ s: String, indent: Int = 1) {
        text += String(repeating: "    ", count: indent) + s + "\n"
    }

    static func attributes(_ pairs: [(String, String?)]) -> String {
        "[" + pairs.compactMap { k, v in v.map { "\(k)=\($0)" } }.joined(separator: ", ") + "]"
    }

    mutating func document() {
        let font = W.quoted(graph.fontName)
        text += "digraph \"orgchart\" {\n"
        var graphAttributes: [(String, String?)] = [
            ("charset", "\"UTF-8\""), ("rankdir", "\"\(graph.orientation.rawValue)\""),
            ("ranksep", "\"\(W.number(graph.rankSeparation))\""), ("nodesep", "\"\(W.number(graph.nodeSeparation))\""),
            ("pad", "\"0.3\""), ("bgcolor", "\"#FFFFFF\""), ("outputorder", "\"edgesfirst\""), ("ordering", "\"out\""),
            ("compound", graph.edges.contains { $0.headCluster != nil } ? "\"true\"" : nil),
            ("fontname", font),
            ("fontsize", "\"12\""),
        ]
        if let title = graph.title {
            var label = "<FONT POINT-SIZE=\"20\"><B>\(W.html(title))</B></FONT>"
            if let sub = graph.subtitle {
                label += "<BR/><FONT POINT-SIZE=\"12\" COLOR=\"\(ChartPalette.caption)\">\(W.html(sub))</FONT>"
            }
            graphAttributes += [("labelloc", "\"t\""), ("label", "<\(label)>")]
        }
        line("graph " + Self.attributes(graphAttributes))
        line(
            "node "
                + Self.attributes([
                    ("fontname", font), ("fontsize", "\"11\""), ("fontcolor", "\"#1A1A1A\""), ("shape", "\"box\""),
                    ("margin", "\"0.14,0.07\""),
                ]))
        line(
            "edge "
                + Self.attributes([
                    ("fontname", font), ("fontsize", "\"10\""), ("fontcolor", "\"#37474F\""), ("arrowsize", "\"0.7\""),
                ]))
        var inCluster: Set<String> = []
        for c in graph.clusters { inCluster.formUnion(c.nodes) }
        for n in graph.nodes where !inCluster.contains(n.id) { node(n, indent: 1) }
        for c in graph.clusters { cluster(c) }
        if graph.topRank.count > 1 {
            line("{ rank=\"min\"; " + graph.topRank.map { W.quoted($0) + ";" }.joined(separator: " ") + " }")
        }
        for e in graph.edges { edge(e) }
        var bottom = graph.bottomRank.map(W.quoted)
        if let legend = graph.legend {
            line("\(W.quoted(W.legendID)) [shape=\"plain\", label=<\(legendTable(legend))>]")
            bottom.append(W.quoted(W.legendID))
        }
        if !bottom.isEmpty {
            line("{ rank=\"sink\"; " + bottom.map { $0 + ";" }.joined(separator: " ") + " }")
        }
        text += "}\n"
    }

    mutating func node(_ n: ChartNode, indent: Int) {
        var style: [String] = ["filled"]
        if n.shape == .box { style.insert("rounded", at: 0) }
        if n.style.dashed { style.append("dashed") }
        line(
            W.quoted(n.id) + " "
                + Self.attributes([
                    ("shape", "\"\(n.shape.rawValue)\""), ("style", "\"\(style.joined(separator: ","))\""),
                    ("fillcolor", "\"\(n.style.fill)\""), ("color", "\"\(n.style.border)\""),
                    ("penwidth", "\"\(W.number(n.style.penWidth))\""),
                    ("fontcolor", n.style.dashed ? "\"\(n.style.text)\"" : nil),
                    ("tooltip", n.tooltip.map(W.tooltip)), ("id", n.svgID.map(W.quoted)),
                    ("pos", n.position.map { "\"\(W.number($0.x)),\(W.number($0.y))!\"" }),
                    ("label", "<\(nodeTable(n))>"),
                ]), indent: indent)
    }

    func nodeTable(_ n: ChartNode) -> String {
        var rows: [String] = []
        var heading = "<B>\(W.html(n.heading))</B>"
        if n.marker { heading = "<FONT COLOR=\"\(ChartPalette.error)\">⚠ </FONT>" + heading }
        rows.append(
            "<TR><TD COLSPAN=\"2\"><FONT POINT-SIZE=\"13\" COLOR=\"\(n.style.text)\">\(heading)</FONT></TD></TR>")
        for l in n.lines {
            let text = l.muted ? "<FONT COLOR=\"\(ChartPalette.muted)\">\(W.html(l.text))</FONT>" : W.html(l.text)
            if let caption = l.caption {
                rows.append(
                    "<TR><TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(ChartPalette.caption)\">\(W.html(caption))\(colon(caption))"
                        + "</FONT></TD><TD ALIGN=\"LEFT\">\(text)</TD></TR>")
            } else if n.lines.contains(where: { $0.caption != nil }) {
                rows.append("<TR><TD></TD><TD ALIGN=\"LEFT\">\(text)</TD></TR>")
            } else {
                rows.append("<TR><TD COLSPAN=\"2\">\(text)</TD></TR>")
            }
        }
        if !n.grid.isEmpty {
            let columns = max(1, n.gridColumns)
            var cells: [String] = []
            var row: [String] = []
            for name in n.grid {
                row.append("<TD BGCOLOR=\"#FFFFFF\">\(W.html(name))</TD>")
                if row.count == columns {
                    cells.append("<TR>" + row.joined() + "</TR>")
                    row = []
                }
            }
            if !row.isEmpty { cells.append("<TR>" + row.joined() + "</TR>") }
            rows.append(
                "<TR><TD COLSPAN=\"2\"><TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"3\" "
                    + "COLOR=\"\(n.style.border)\">" + cells.joined() + "</TABLE></TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + Self.rows(rows)
            + "</TABLE>"
    }

    /// Table rows one per line, so that a change to one line of a label is one line of a DOT diff (Graphviz ignores
    /// white space between table elements).
    static func rows(_ rows: [String]) -> String {
        rows.map { "\n        " + $0 }.joined() + "\n    "
    }

    /// The colon after a caption: full width after Chinese, `: ` otherwise.
    func colon(_ caption: String) -> String {
        guard let last = caption.unicodeScalars.last else { return "" }
        return ChartAssembly.displayWidth(String(last)) == 2 ? "\u{FF1A}" : ": "
    }

    mutating func cluster(_ c: ChartCluster) {
        var style = ["rounded", "filled"]
        if c.style.dashed { style.append("dashed") }
        line("subgraph \(W.quoted(c.id)) {")
        line(
            "graph "
                + Self.attributes([
                    ("label", "<<B>\(W.html(c.label))</B>>"), ("labeljust", "\"l\""),
                    ("style", "\"\(style.joined(separator: ","))\""), ("color", "\"\(c.style.border)\""),
                    ("fillcolor", "\"\(c.style.fill)\""), ("fontcolor", "\"\(c.style.text)\""), ("margin", "\"14\""),
                ]), indent: 2)
        for id in c.nodes {
            if let n = graph.nodes.first(where: { $0.id == id }) { node(n, indent: 2) }
        }
        if c.sameRank && c.nodes.count > 1 {
            line("{ rank=\"same\"; " + c.nodes.map { W.quoted($0) + ";" }.joined(separator: " ") + " }", indent: 2)
            // Invisible edges along the band keep its nodes in model order.
            // Left to right, dot stacks a rank's flat edges bottom up: chain them the other way to keep the first on
            // top.
            let chain = graph.orientation == .leftToRight ? c.nodes.reversed() : c.nodes
            line(chain.map(W.quoted).joined(separator: " -> ") + " [style=\"invis\"]", indent: 2)
        }
        line("}")
    }

    mutating func edge(_ e: ChartEdge) {
        line(
            "\(W.quoted(e.from)) -> \(W.quoted(e.to)) "
                + Self.attributes([
                    ("color", "\"\(e.colour)\""), ("penwidth", "\"\(W.number(e.penWidth))\""),
                    ("style", e.line == .solid ? nil : "\"\(e.line == .invisible ? "invis" : e.line.rawValue)\""),
                    ("minlen", e.minLength.map { "\"\($0)\"" }),
                    ("arrowhead", e.arrow ? nil : "\"none\""), ("constraint", e.constraint ? nil : "\"false\""),
                    ("lhead", e.headCluster.map(W.quoted)), ("label", e.label.map { "<\(W.html($0))>" }),
                ]))
    }

    func legendTable(_ legend: ChartLegend) -> String {
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(W.html(legend.title))</B></TD></TR>"]
        for s in legend.swatches {
            let border = max(1, Int(s.style.penWidth.rounded()))
            rows.append(
                "<TR><TD BORDER=\"\(border)\" COLOR=\"\(s.style.border)\" BGCOLOR=\"\(s.style.fill)\""
                    + (s.style.dashed ? " STYLE=\"dashed\"" : "") + " WIDTH=\"34\" HEIGHT=\"16\"> </TD>"
                    + "<TD ALIGN=\"LEFT\">\(W.html(s.label))</TD></TR>")
        }
        for l in legend.lines {
            let style = l.line == .solid ? "" : " STYLE=\"\(l.line.rawValue)\""
            // The sample line is the bottom border of the upper half of a two-row cell pair: it sits mid-text.
            rows.append(
                "<TR><TD SIDES=\"B\" BORDER=\"2\" COLOR=\"\(l.colour)\"\(style) WIDTH=\"34\" HEIGHT=\"9\"></TD>"
                    + "<TD ROWSPAN=\"2\" ALIGN=\"LEFT\">\(W.html(l.label))</TD></TR><TR><TD HEIGHT=\"9\"></TD></TR>")
        }
        return "<TABLE BORDER=\"1\" COLOR=\"#B0BEC5\" BGCOLOR=\"#FFFFFF\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
            + "CELLPADDING=\"3\">" + Self.rows(rows) + "</TABLE>"
    }
}
