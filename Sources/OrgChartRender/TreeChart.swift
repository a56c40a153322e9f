import OrgChartCore

/// Options of the large-hierarchy chart.
public struct TreeChartOptions: Sendable, Hashable {
    /// Draw only this unit and the units under it.
    public var root: String?
    /// How many levels under the root (or the tops) to draw; nil draws all.
    public var depth: Int?
    /// The most children drawn under one unit; the rest are folded into one "+ N more" box. 0 never folds.
    public var maxChildren: Int
    public var fontName: String
    public var fontSize: Double
    public var lang: Language
    public var colourByKind: Bool
    public var orientation: Orientation
    /// Styles that replace a unit's kind colours, by unit id (the visual diff marks added and changed units).
    public var styles: [String: ChartStyle] = [:]

    public init(
        root: String? = nil, depth: Int? = nil, maxChildren: Int = 40, fontName: String = ChartOptions.defaultFont,
        fontSize: Double = 10, lang: Language = .zh, colourByKind: Bool = true, orientation: Orientation = .topToBottom
    ) {
        self.root = root
        self.depth = depth
        self.maxChildren = maxChildren
        self.fontName = fontName
        self.fontSize = fontSize
        self.lang = lang
        self.colourByKind = colourByKind
        self.orientation = orientation
    }
}

/// A chart of a large hierarchy: positions from the linear-time `TidyTree` in Swift, elbow links, and DOT that
/// Graphviz only draws (engine `nop2`), never lays out. Used above a size where `dot` would take minutes.
public struct TreeChart: Sendable {
    /// The DOT text, with every node and edge positioned.
    public var dot: String
    /// Units drawn, and units folded into "+ N more" boxes or cut by the depth limit.
    public var drawn: Int
    public var folded: Int
    public var cut: Int
    /// Names drawn shortened (too long, too many lines or stacked marks; see `DOTWriter.bounded`).
    public var shortened = 0

    /// Builds the chart of a model's unit hierarchy.
    public static func build(_ model: Model, options: TreeChartOptions = TreeChartOptions()) throws(ChartError)
        -> TreeChart
    {
        try ChartRenderer.checkFont(options.fontName)
        let index = ModelIndex(model, children: false)
        let n = model.units.count
        var children = [[Int]](repeating: [], count: n)
        var parentOf = [Int](repeating: -1, count: n)
        for i in 0..<n {
            if let p = model.units[i].parent, let pi = index.unit(p.id), pi != i {
                children[pi].append(i)
                parentOf[i] = pi
            }
        }
        var tops: [Int]
        if let root = options.root {
            guard let r = index.unit(root) else {
                let hint = Suggest.hint(for: root, in: model.units.map(\.id))
                throw ChartError(
                    Message(
                        en: "no unit `\(root)` in the model" + hint.en,
                        zh: "模型中没有单位 `\(root)`" + hint.zh))
            }
            tops = [r]
        } else {
            tops = (0..<n).filter { parentOf[$0] < 0 }
            if tops.isEmpty && n > 0 { tops = [0] }  // everything is in a cycle: start somewhere
        }

        // Choose what to draw: breadth first from the tops, folding wide fan-outs and stopping at the depth.
        struct Box {
            var unit: Int  // -1 for a "+ N more" box
            var parent: Int  // index in boxes, -1 for a top
            var label: String
            var more: Int
        }
        var boxes: [Box] = []
        var visited = [Bool](repeating: false, count: n)
        var queue: [(unit: Int, box: Int, level: Int)] = []
        for t in tops where !visited[t] {
            visited[t] = true
            boxes.append(Box(unit: t, parent: -1, label: DOTWriter.bounded(model.units[t].name), more: 0))
            queue.append((t, boxes.count - 1, 0))
        }
        var folded = 0
        var cut = 0
        var head = 0
        while head < queue.count {
            let (u, b, level) = queue[head]
            head += 1
            let kids = children[u].filter { !visited[$0] }
            if let d = options.depth, level >= d {
                cut += kids.count
                continue
            }
            let limit =
                options.maxChildren > 0 && kids.count > options.maxChildren ? options.maxChildren - 1 : kids.count
            for k in kids.prefix(limit) {
                visited[k] = true
                boxes.append(Box(unit: k, parent: b, label: DOTWriter.bounded(model.units[k].name), more: 0))
                queue.append((k, boxes.count - 1, level + 1))
            }
            if limit < kids.count {
                let rest = kids.count - limit
                var hidden = 0
                // Count everything under the folded children too, so the box says what is left out.
                var stack = Array(kids[limit...])
                while let v = stack.popLast() {
                    if visited[v] { continue }
                    visited[v] = true
                    hidden += 1
                    stack.append(contentsOf: children[v])
                }
                folded += hidden
                let label = options.lang == .zh ? "+ 另有 \(rest) 个" : "+ \(rest) more"
                boxes.append(Box(unit: -1, parent: b, label: label, more: rest))
            }
        }

        // Sizes: CJK glyphs are one em wide, others about 0.6 em; 14 points of padding.
        let fs = options.fontSize
        func textWidth(_ s: String) -> Double {
            var w = 0.0
            for u in s.unicodeScalars { w += u.value >= 0x2E80 ? fs : fs * 0.6 }
            return w
        }
        let horizontal = options.orientation == .topToBottom
        let widths = boxes.map { max(36, textWidth($0.label) + 14) }
        let heights = boxes.map { _ in fs * 2.2 }
        // Children that are all leaves are stacked in a column under their parent (top to bottom only), so a
        // county's townships take one column instead of a row as wide as all of them.
        var kidsOf = [[Int]](repeating: [], count: boxes.count)
        for (i, b) in boxes.enumerated() where b.parent >= 0 { kidsOf[b.parent].append(i) }
        var column = [Int](repeating: -1, count: boxes.count)  // leaf → its parent, when stacked
        if horizontal {
            for p in boxes.indices where kidsOf[p].count >= 2 && kidsOf[p].allSatisfy({ kidsOf[$0].isEmpty }) {
                for k in kidsOf[p] { column[k] = p }
            }
        }
        // The layout sees each column as one tall box standing for all its leaves.
        var layoutOf = [Int](repeating: -1, count: boxes.count)
        var lw: [Double] = []
        var lh: [Double] = []
        var lp: [Int] = []
        var columnBox = [Int: Int]()
        let rowGap = 4.0
        let indent = 10.0
        for i in boxes.indices {
            if column[i] >= 0 {
                let p = column[i]
                if let c = columnBox[p] {
                    lw[c] = max(lw[c], widths[i] + indent)
                    lh[c] += heights[i] + rowGap
                } else {
                    columnBox[p] = lw.count
                    lw.append(widths[i] + indent)
                    lh.append(heights[i])
                    lp.append(layoutOf[p])
                }
                continue
            }
            layoutOf[i] = lw.count
            lw.append(widths[i])
            lh.append(heights[i])
            lp.append(boxes[i].parent >= 0 ? layoutOf[boxes[i].parent] : -1)
        }
        let layout = TidyTree(
            widths: horizontal ? lw : lh, heights: horizontal ? lh : lw, parents: lp, gap: 8,
            levelGap: horizontal ? 30 : 48
        ).layout()
        // Positions in layout space (y down), then each stacked leaf inside its column.
        var lx = [Double](repeating: 0, count: boxes.count)
        var ly = [Double](repeating: 0, count: boxes.count)
        var drawnHeight = layout.height
        var nextInColumn = [Int: Double]()
        // Columns hang from the top of their level rather than being centred in it.
        var levelHeight = [Int: Double]()
        for c in lw.indices { levelHeight[layout.depth[c]] = max(levelHeight[layout.depth[c]] ?? 0, lh[c]) }
        for i in boxes.indices {
            if column[i] >= 0 {
                let c = columnBox[column[i]]!
                let colX = horizontal ? layout.x[c] : layout.y[c]
                let colTop = layout.y[c] - (levelHeight[layout.depth[c]] ?? lh[c]) / 2
                let top = nextInColumn[c] ?? colTop
                lx[i] = colX - lw[c] / 2 + indent + widths[i] / 2
                ly[i] = top + heights[i] / 2
                nextInColumn[c] = top + heights[i] + rowGap
                drawnHeight = max(drawnHeight, ly[i] + heights[i] / 2)
            } else {
                let l = layoutOf[i]
                lx[i] = horizontal ? layout.x[l] : layout.y[l]
                ly[i] = horizontal ? layout.y[l] : layout.x[l]
            }
        }
        // Graphviz's y grows upwards; the layout's downwards. In LR the layout's axes are swapped.
        let extent = horizontal ? drawnHeight : layout.width
        func point(_ i: Int) -> (Double, Double) {
            horizontal ? (lx[i], extent - ly[i]) : (ly[i], extent - lx[i])
        }

        var out = "digraph orgchart {\n"
        out += "  graph [bgcolor=\"white\", pad=\"0.3\", splines=\"line\", outputorder=\"edgesfirst\"];\n"
        out +=
            "  node [shape=box, style=\"rounded,filled\", fixedsize=true, fontsize=\(fmt(fs)), fontname=\(DOTWriter.quoted(options.fontName)), margin=\"0.04,0.02\", penwidth=1];\n"
        out += "  edge [arrowhead=none, color=\"#90A4AE\", penwidth=0.8];\n"
        for (i, box) in boxes.enumerated() {
            let (x, y) = point(i)
            let style: ChartStyle
            if box.unit < 0 {
                style = ChartStyle(fill: "#FFFFFF", border: "#9E9E9E", text: "#616161", dashed: true)
            } else {
                let u = model.units[box.unit]
                style =
                    options.styles[u.id]
                    ?? ChartPalette.style(
                        kind: u.kind, placeholder: u.status == .placeholder, model: model,
                        colourByKind: options.colourByKind)
            }
            let id = box.unit < 0 ? "more\(i)" : "u\(box.unit)"
            var attrs =
                "label=\(DOTWriter.quoted(box.label)), pos=\"\(fmt(x)),\(fmt(y))!\", width=\(fmt(widths[i] / 72)), height=\(fmt(heights[i] / 72)), fillcolor=\"\(style.fill)\", color=\"\(style.border)\", fontcolor=\"\(style.text)\""
            if style.dashed { attrs += ", style=\"rounded,filled,dashed\"" }
            if box.unit >= 0 {
                let u = model.units[box.unit]
                attrs += ", id=\(DOTWriter.quoted("unit-" + u.id)), tooltip=\(DOTWriter.quoted(u.id))"
            }
            out += "  \(id) [\(attrs)];\n"
        }
        for (i, box) in boxes.enumerated() where box.parent >= 0 {
            let p = box.parent
            let (px, py) = point(p)
            let (cx, cy) = point(i)
            let pts: [(Double, Double)]
            if column[i] >= 0 {
                // Down a spine at the column's left edge, then right into the leaf.
                let start = (px, py - heights[p] / 2)
                let spineX = cx - widths[i] / 2 - indent / 2
                let firstTop = point(kidsOf[p][0]).1 + heights[i] / 2
                let mid = (start.1 + firstTop) / 2 + 2
                pts = [
                    start, start, (px, mid), (px, mid), (px, mid), (spineX, mid), (spineX, mid), (spineX, mid),
                    (spineX, cy), (spineX, cy), (spineX, cy), (cx - widths[i] / 2, cy), (cx - widths[i] / 2, cy),
                ]
            } else if horizontal {
                let start = (px, py - heights[p] / 2)
                let end = (cx, cy + heights[i] / 2)
                let mid = (start.1 + end.1) / 2
                pts = [start, start, (px, mid), (px, mid), (px, mid), (cx, mid), (cx, mid), (cx, mid), end, end]
            } else {
                let start = (px + widths[p] / 2, py)
                let end = (cx - widths[i] / 2, cy)
                let mid = (start.0 + end.0) / 2
                pts = [start, start, (mid, py), (mid, py), (mid, py), (mid, cy), (mid, cy), (mid, cy), end, end]
            }
            let from = boxes[p].unit < 0 ? "more\(p)" : "u\(boxes[p].unit)"
            let to = box.unit < 0 ? "more\(i)" : "u\(box.unit)"
            out += "  \(from) -> \(to) [pos=\"\(pts.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " "))\"];\n"
        }
        out += "}\n"
        let drawn = boxes.filter { $0.unit >= 0 }.count
        var chart = TreeChart(dot: out, drawn: drawn, folded: folded, cut: cut)
        chart.shortened = boxes.reduce(0) {
            $0 + ($1.unit >= 0 && !DOTWriter.isBounded(model.units[$1.unit].name) ? 1 : 0)
        }
        return chart
    }

    /// Renders the chart with Graphviz's `nop2` engine (positions as given).
    public func render(_ format: ChartFormat, dpi: Double? = 72) throws(ChartError) -> [UInt8] {
        try ChartRenderer.render(dot: dot, format: format, engine: .nop2, dpi: dpi)
    }
}

/// Numbers in the DOT text, written as the chart writer writes them.
private func fmt(_ v: Double) -> String { DOTWriter.number(v) }
