import OrgChartCore

extension ReportPage {
    /// The chart section: the whole view as inline SVG with the units that have findings marked, each unit's node
    /// carrying an id the script (and a link such as `#unit-hq`) finds it by, the search box and the side panel.
    mutating func chartSection() throws(ChartError) -> String {
        var out = "<section id=\"chart\" class=\"card\">\n<h2>\(t(ReportWords.chartSection))</h2>\n"
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
            <p class="hint">\(t(ReportWords.chartHint))</p>
            <ul id="search-results" class="search-results" hidden></ul>

            """
        out += "<div class=\"chart-layout\">\n"
        if let svg = try chartSVG() {
            out += "<div id=\"chart-scroll\" class=\"chart-scroll fit\">\n\(svg)</div>\n"
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

    /// The SVG of the whole view, or nil when it draws no unit.
    mutating func chartSVG() throws(ChartError) -> String? {
        let chartOptions = ChartOptions(view: .whole, fontName: options.fontName, lang: lang, title: false)
        var graph = try ChartBuilder.build(model, options: chartOptions, findings: findings)
        for i in graph.nodes.indices where index.unit(graph.nodes[i].id) != nil {
            let anchor = ReportAnchor.unit(graph.nodes[i].id)
            graph.nodes[i].svgID = anchor
            chartIDs[graph.nodes[i].id] = anchor
        }
        guard !chartIDs.isEmpty else { return nil }
        let svg = try ChartRenderer.render(graph, format: .svg)
        return InlineSVG.prepare(
            String(decoding: svg, as: UTF8.self), className: "chart-svg",
            label: organisationName + " " + ReportWords.chartSection.text(lang))
    }
}
