import Foundation
import OrgChartCore
import Testing

@testable import OrgChartRender

/// The real China administrative divisions (44,703 units, `seeds/data/china-divisions`), imported once per test run.
enum ChinaDivisions {
    static let model: Model? = {
        let dir = Fixtures.packageRoot.appendingPathComponent("seeds/data/china-divisions").path
        let specs = try? [
            "\(dir)/provinces.csv:kind=province", "\(dir)/cities.csv:parent=provinceCode,kind=city",
            "\(dir)/areas.csv:parent=cityCode,kind=county", "\(dir)/streets.csv:parent=areaCode,kind=township",
        ].map { try ImportSpec(argument: $0) }
        return specs.flatMap { try? HierarchyImporter.run($0, name: "中国行政区划").model }
    }()

    /// The report of the model, written once.
    static let report: String? = model.flatMap {
        try? HTMLReport.render($0, options: ReportOptions(lang: .zh, asOf: Day(year: 2021, month: 3, day: 20)))
    }
}

@Suite("The report and the charts at real sizes")
struct ReportScaleTests {
    @Test("one layout policy: dot for small charts, the tree layout above 400 units or 2,000 boxes, else a refusal")
    func policy() throws {
        let auto = LayoutPolicy()
        #expect(auto.decide(units: 401, treeAvailable: true) == .tree)
        #expect(auto.decide(units: 400, treeAvailable: true) == nil)
        #expect(auto.decide(units: 50_000, treeAvailable: false) == nil)
        let wide = ChartGraph(
            nodes: (0..<2001).map { ChartNode(id: "n\($0)", heading: "x", style: ChartPalette.plain) })
        #expect(auto.decide(wide, treeAvailable: true) == .tree)
        #expect(auto.decide(wide, treeAvailable: false) == .refuse(size: 2001))
        #expect(LayoutPolicy(choice: .dot).decide(wide, treeAvailable: true) == .refuse(size: 2001))
        #expect(auto.decide(wide, treeAvailable: false, needsLayout: false) == .dot)
        let message = auto.tooLargeMessage(size: 2001, wholeView: true)
        #expect(message.en.contains("--root") && message.zh.contains("--max-layout-nodes"))
    }

    @Test("the report of the China divisions (44,703 units) is built without dot: an explorable chart and its data")
    func chinaReport() throws {
        let html = try #require(ChinaDivisions.report, "the China divisions could not be imported or reported")
        #expect(html.contains("<svg id=\"tree-chart\""))
        #expect(html.contains("Content-Security-Policy"))
        // Graphviz drew nothing: no node group of its SVG is in the page.
        #expect(!html.contains("class=\"node\""))
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"report-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let data = try #require(
            try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
                as? [String: Any])
        let units = try #require(data["units"] as? [[String: Any]])
        #expect(units.count == 44_703)
        let tree = try #require(data["tree"] as? [String: Any])
        let parents = try #require(tree["parent"] as? [Int])
        #expect(parents.count == 44_703)
        #expect(parents.filter { $0 < 0 }.count == 31)  // the provinces
        // 东川区 (530113) is under 昆明市 (5301) and has its nine townships.
        let position = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1["id"] as! String, $0) })
        let dongchuan = try #require(position["530113"])
        #expect(units[parents[dongchuan]]["id"] as? String == "5301")
        #expect(parents.filter { $0 == dongchuan }.count == 9)
        #expect(html.utf8.count < 16_000_000, "the page is \(html.utf8.count) bytes")
    }

    @Test("the visual diff of a large model is drawn with the tree layout, never handed to dot")
    func largeDiffPicture() throws {
        let before = ModelGenerator(units: 3000, people: 10, duties: 10, seed: 7).generate().0
        var after = before
        after.units.removeLast()
        after.units[5].name += "(新)"
        let diff = ModelDiff(
            before: before, after: after, options: CheckOptions(asOf: Day(year: 2021, month: 1, day: 1)))
        let (svg, note) = try DiffChart.render(diff, format: .svg)
        #expect(note?.en.contains("layout: tree") == true)
        #expect(note?.en.contains("1 removed units not drawn") == true)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }
}
