import OrgChartCore

/// A sheet of paper a chart is printed on: A4 or A3, landscape or portrait (nil: whichever fits better).
public struct ChartPage: Sendable, Hashable, CustomStringConvertible {
    /// The paper sizes offered.
    public enum Paper: String, Sendable, Hashable, CaseIterable {
        case a4, a3
        /// Width and height in points, portrait.
        var portrait: (Double, Double) { self == .a4 ? (595.28, 841.89) : (841.89, 1190.55) }
    }

    /// Which way the sheet is turned.
    public enum Turn: String, Sendable, Hashable, CaseIterable { case landscape, portrait }

    public var paper: Paper
    /// nil tries both and keeps the one with the larger labels.
    public var turn: Turn?

    /// The smallest label a chart on A4 may print at, in points: smaller is not read on a printed notice.
    public static let minimumLabel = 8.0
    /// The blank margin on every side, in points (10 mm).
    public static let margin = 28.35

    /// Creates the value from its parts.
    public init(paper: Paper, turn: Turn? = nil) {
        self.paper = paper
        self.turn = turn
    }

    /// Reads `a4`, `a3`, `a4-landscape`, `a3-portrait`…
    public init?(argument: String) {
        let parts = argument.lowercased().split(separator: "-", maxSplits: 1).map(String.init)
        guard let paper = parts.first.flatMap(Paper.init(rawValue:)) else { return nil }
        self.paper = paper
        if parts.count == 2 {
            guard let turn = Turn(rawValue: parts[1]) else { return nil }
            self.turn = turn
        } else {
            self.turn = nil
        }
    }

    /// Width and height in points of the sheet turned `turn`.
    func size(_ turn: Turn) -> (width: Double, height: Double) {
        let (w, h) = paper.portrait
        return turn == .portrait ? (w, h) : (h, w)
    }

    /// `A4 landscape`, `A3`…
    public var description: String { paper.rawValue.uppercased() + (turn.map { " " + $0.rawValue } ?? "") }
}

/// A chart laid out for paper: one page when it fits with every label at 8 pt or more (long rows of posts wrap
/// onto more rows first), otherwise a first page with the top levels and one page per subtree, as one PDF.
public struct PagedChart: Sendable {
    /// The file (PDF with every page; SVG or PNG only when the chart fits one page).
    public var bytes: [UInt8]
    /// What each page shows, in order.
    public var pages: [String]
    /// The smallest label on any page, in points as printed.
    public var smallestLabel: Double
    /// The sheet, turned as it was laid out.
    public var sheet: String

    /// What `render` says about the pages on standard error.
    public func note(_ lang: Language) -> String {
        let label = DOTWriter.number((smallestLabel * 10).rounded(.down) / 10)
        if pages.count == 1 {
            return lang == .zh
                ? "页面:\(sheet),1 页,最小字号 \(label) pt" : "page: \(sheet), 1 page, smallest label \(label) pt"
        }
        return lang == .zh
            ? "页面:\(sheet),图太大,一页放不下(字号会小于 8 pt),已分为 \(pages.count) 页:"
                + "\(pages.joined(separator: "、"));跨页的对接衔接线不画出;最小字号 \(label) pt"
            : "page: \(sheet); the chart does not fit one page with labels of 8 pt or more, so it is split into "
                + "\(pages.count) pages, the top levels first, then one per subtree: \(pages.joined(separator: ", ")); "
                + "liaison lines between pages are not drawn; smallest label \(label) pt"
    }

    /// Lays out the chart of `options.view` (the whole view or a subtree) for `page`, as `format`.
    public static func render(
        _ model: Model, options: ChartOptions, findings: [Finding] = [], page: ChartPage, format: ChartFormat,
        policy: LayoutPolicy = LayoutPolicy(), dpi: Double? = 144
    ) throws(ChartError) -> PagedChart {
        var fitted: [Fit] = []
        var names: [String] = []
        let index = ModelIndex(model)
        func name(_ id: String) -> String { index.unit(id).map { model.units[$0].name } ?? id }
        guard let whole = try fit(model, options, findings, page, policy) else {
            throw ChartError(
                Message(
                    en: "the chart is too large for the dot layout, so it cannot be laid out for paper; draw a part of "
                        + "it with --root UNIT --depth N",
                    zh: "此图超出 dot 布局的上限,无法按纸张排版;可用 --root 单位 与 --depth N 只画一部分"))
        }
        if whole.label >= ChartPage.minimumLabel {
            fitted = [whole]
            names = [model.organisation.name]
        } else {
            // One page per tree of the structure (the first with the units that head none, such as collectives);
            // a tree still too large gets a page with its top levels and one page per unit under them.
            let graph = try ChartBuilder.build(model, options: options, findings: findings)
            let ids = Set(graph.nodes.map(\.id))
            var tops: [String] = []
            switch options.view {
            case .subtree(let root, nil): tops = [root]
            case .whole:
                tops = model.units.filter { u in
                    ids.contains(u.id) && !(u.parent.map { ids.contains($0.id) && $0.id != u.id } ?? false)
                }.map(\.id)
            default: break
            }
            let trees = tops.filter { !(index.children[$0] ?? []).isEmpty }
            let loose = tops.filter { (index.children[$0] ?? []).isEmpty }
            if trees.isEmpty {
                fitted = [whole]
                names = [model.organisation.name]
            }
            for (k, t) in trees.enumerated() {
                var o = options
                o.view = .roots(k == 0 ? [t] + loose : [t], depth: nil)
                if let f = try fit(model, o, findings, page, policy), f.label >= ChartPage.minimumLabel {
                    fitted.append(f)
                    names.append(name(t))
                    continue
                }
                // The tree's top level on one page, then a page per unit under it that heads others.
                o.view = .roots(k == 0 ? [t] + loose : [t], depth: 1)
                guard let f = try fit(model, o, findings, page, policy) else { continue }
                fitted.append(f)
                names.append(name(t))
                for c in index.children[t] ?? [] where !(index.children[model.units[c].id] ?? []).isEmpty {
                    o.view = .roots([model.units[c].id], depth: nil)
                    guard let f = try fit(model, o, findings, page, policy) else { continue }
                    fitted.append(f)
                    names.append(model.units[c].name)
                    if fitted.count > 200 { break }
                }
            }
        }
        let smallest = fitted.map(\.label).min() ?? 0
        let sheet = fitted[0].sheet
        if fitted.count == 1 {
            return try single(fitted[0], format: format, dpi: dpi, name: names[0])
        }
        guard format == .pdf else {
            throw ChartError(
                Message(
                    en: "the chart needs \(fitted.count) pages at \(page) (labels of 8 pt or more); write it as PDF "
                        + "(-o chart.pdf), which holds every page",
                    zh: "此图按 \(page)(字号不小于 8 pt)需要 \(fitted.count) 页;请输出 PDF(-o chart.pdf),可容纳多页"))
        }
        var docs: [[UInt8]] = []
        for f in fitted { docs.append(try ChartRenderer.render(dot: f.dot, format: .pdf, engine: .dot, dpi: nil)) }
        guard let pdf = PDFJoiner.join(docs) else {
            throw ChartError(
                Message(
                    en: "cannot join the pages into one PDF (Graphviz wrote a PDF this version cannot read)",
                    zh: "无法将各页合并为一个 PDF(Graphviz 输出的 PDF 格式无法识别)"))
        }
        return PagedChart(bytes: pdf, pages: names, smallestLabel: smallest, sheet: sheet)
    }

    static func single(_ f: Fit, format: ChartFormat, dpi: Double?, name: String) throws(ChartError) -> PagedChart {
        let bytes =
            format == .dot
            ? Array(f.dot.utf8) : try ChartRenderer.render(dot: f.dot, format: format, engine: .dot, dpi: dpi)
        return PagedChart(bytes: bytes, pages: [name], smallestLabel: f.label, sheet: f.sheet)
    }

    /// One page's chart: its DOT (sized and padded to the sheet), the smallest label as printed, and the sheet.
    struct Fit {
        var dot: String
        var label: Double
        var sheet: String
    }

    /// The best way to put one view on one sheet: rows of 6, 5, 4, 3 or 2 posts, the sheet turned either way (when
    /// not given); the largest smallest label wins. nil when the chart is too large for `dot`.
    static func fit(
        _ model: Model, _ options: ChartOptions, _ findings: [Finding], _ page: ChartPage, _ policy: LayoutPolicy
    ) throws(ChartError) -> Fit? {
        var best: (fit: Fit, rows: Int)?
        let turns = page.turn.map { [$0] } ?? [.landscape, .portrait]
        for rowLimit in [options.rowLimit, 5, 4, 3, 2] where rowLimit <= options.rowLimit {
            var o = options
            o.rowLimit = rowLimit
            o.layoutEngine = .dot
            let graph = try ChartBuilder.build(model, options: o, findings: findings)
            guard policy.decide(graph, treeAvailable: false) == .dot else { return nil }
            let dot = DOTWriter.write(graph)
            // Lay it out once without padding: the drawing's size and the smallest font Graphviz draws. Then the
            // page: `size` scales the drawing, `margin` (each side, in inches) centres it on the sheet, so the
            // output is the sheet's size exactly.
            let measured = String(
                decoding: try ChartRenderer.render(
                    dot: withGraphAttributes(dot, "pad=\"0\""), format: .svg, engine: .dot, dpi: nil), as: UTF8.self)
            guard let (w, h) = svgSize(measured) else { continue }
            let font = smallestFont(measured)
            for turn in turns {
                let (pw, ph) = page.size(turn)
                let s = min(1, (pw - 2 * ChartPage.margin) / w, (ph - 2 * ChartPage.margin) / h)
                let label = font * s
                let n = DOTWriter.number
                let sized = withGraphAttributes(
                    dot,
                    "size=\"\(n(w * s / 72)),\(n(h * s / 72))\", pad=\"0\", "
                        + "margin=\"\(n((pw - w * s) / 144)),\(n((ph - h * s) / 144))\"")
                let sheet = page.paper.rawValue.uppercased() + " " + turn.rawValue
                // Keep the largest labels; between equal ones, the fewest rows changed.
                if best == nil || label > best!.fit.label + 0.05 {
                    best = (Fit(dot: sized, label: label, sheet: sheet), rowLimit)
                }
            }
            if let b = best, b.fit.label >= 11 { break }
        }
        return best?.fit
    }

    /// DOT with graph attributes appended (a later assignment wins).
    static func withGraphAttributes(_ dot: String, _ attributes: String) -> String {
        guard let end = dot.lastIndex(of: "}") else { return dot }
        return String(dot[..<end]) + "    graph [\(attributes)]\n}\n"
    }

    /// The width and height in points of Graphviz's SVG.
    static func svgSize(_ svg: String) -> (Double, Double)? {
        func attribute(_ name: String) -> Double? {
            guard let r = svg.firstRange(of: " \(name)=\"") else { return nil }
            let value = svg[r.upperBound...].prefix { $0.isNumber || $0 == "." }
            return Double(value)
        }
        guard let w = attribute("width"), let h = attribute("height"), w > 0, h > 0 else { return nil }
        return (w, h)
    }

    /// The smallest `font-size` of any text Graphviz drew, in points before scaling.
    static func smallestFont(_ svg: String) -> Double {
        var smallest = Double.infinity
        var rest = svg[...]
        while let r = rest.firstRange(of: "font-size=\"") {
            let value = rest[r.upperBound...].prefix { $0.isNumber || $0 == "." }
            if let v = Double(value), v > 0 { smallest = min(smallest, v) }
            rest = rest[r.upperBound...]
        }
        return smallest.isFinite ? smallest : 14
    }
}
