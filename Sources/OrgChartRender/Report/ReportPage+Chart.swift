import OrgChartCore

extension ReportPage {
    /// The chart section: the whole view as inline SVG with the units that have findings marked, each unit's node
    /// carrying an id the script (and a link such as `#unit-hq`) finds it by, the search box and the side panel.
    mutating func chartSection() throws(ChartError) -> String {
        let title = diff == nil ? ReportWords.chartSection : ReportWords.diffChartSection
        let svg = try chartSVG()
        var out = "<section id=\"chart\" class=\"card\">\n<h2>\(t(title))</h2>\n"
        if diff != nil { out += "<p class=\"intro\">\(t(ReportWords.diffChartIntro))</p>\n" }
        out += """
            <div class="toolbar" role="search">\
            <label class="search"><span class="visually-hidden">\(t(ReportWords.search))</span>\
            <input id="search" type="search" autocomplete="off" spellcheck="false" \
            placeholder="\(t(ReportWords.search)): \(t(ReportWords.searchPlaceholder))"></label>\
            <output id="search-count" for="search"></output>\
            <span class="zoom"><button type="button" id="zoom-out" title="\(t(ReportWords.zoomOut))">−</button>\
            <output id="zoom-level">100%</output>\
            <button type="button" id="zoom-in" title="\(t(ReportWords.zoomIn))">+</button>\
            <button type="button" id="zoom-fit">\(t(ReportWords.fit))</button></span>\
            </div>
            <p class="hint">\(t(explorable ? ReportWords.explorerHint : ReportWords.chartHint))</p>
            <ul id="search-results" class="search-results" hidden></ul>

            """
        out += "<div class=\"chart-layout\">\n"
        if let svg {
            out += "<div id=\"chart-scroll\" class=\"chart-scroll \(explorable ? "explore" : "fit")\">\n\(svg)</div>\n"
        } else {
            out += "<div id=\"chart-scroll\" class=\"chart-scroll empty\"><p>\(t(ReportWords.noChart))</p></div>\n"
        }
        out += """
            <aside id="panel" class="panel" aria-live="polite">\
            <button type="button" id="panel-close" class="panel-close" hidden>×</button>\
            <div id="panel-body"></div></aside>

            """
        out += "</div>\n</section>\n"
        return out
    }

    /// The SVG of the whole view (for two models, the visual diff: the AFTER structure with added, removed and
    /// changed units coloured), or nil when it draws no unit.
    mutating func chartSVG() throws(ChartError) -> String? {
        let chartOptions = ChartOptions(view: .whole, fontName: options.fontName, lang: lang, title: false)
        // The same layout policy as `render`: above its limits the chart is explored in the page, never given to dot.
        let units = model.units.count + (diff?.removedUnits.count ?? 0)
        if units == 0 { return nil }
        if options.layout.decide(units: units, treeAvailable: true) == .tree { return explorerSVG() }
        var graph: ChartGraph
        var removed: [String: String] = [:]
        if let diff {
            graph = try DiffChart.build(diff, options: chartOptions)
            for r in diff.removedUnits { removed[DiffChart.removedNodeID(r.unit.id)] = r.unit.id }
        } else {
            graph = try ChartBuilder.build(model, options: chartOptions, findings: findings)
        }
        for i in graph.nodes.indices {
            let id = graph.nodes[i].id
            if index.unit(id) != nil {
                graph.nodes[i].svgID = ReportAnchor.unit(id)
                chartIDs[id] = ReportAnchor.unit(id)
            } else if let old = removed[id] {
                graph.nodes[i].svgID = ReportAnchor.removed(old)
                removedChartIDs[old] = ReportAnchor.removed(old)
            }
        }
        guard !chartIDs.isEmpty else { return nil }
        if options.layout.decide(graph, treeAvailable: true) != .dot {
            chartIDs = [:]
            removedChartIDs = [:]
            return explorerSVG()
        }
        let svg = try ChartRenderer.render(graph, format: .svg)
        return InlineSVG.prepare(
            String(decoding: svg, as: UTF8.self), className: "chart-svg",
            label: organisationName + " " + ReportWords.chartSection.text(lang))
    }
}
