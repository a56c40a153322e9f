import Foundation
import OrgChartCore
import OrgChartRender
import Testing

@Suite("Visual diff")
struct DiffChartTests {
    static let before = """
        format: orgchart/1
        organisation: {name: 指挥部}
        units:
          - {id: hq, name: 指挥部, kind: headquarters}
          - {id: a, name: 产业分指挥部, kind: subcommand, parent: hq}
          - {id: b, name: 就业分指挥部, kind: subcommand, parent: hq}
          - {id: c, name: 改革分指挥部, kind: subcommand, parent: hq}
        """
    static let after = """
        format: orgchart/1
        organisation: {name: 指挥部}
        units:
          - {id: hq, name: 指挥部, kind: headquarters}
          - {id: ab, name: 产业就业分指挥部, kind: subcommand, parent: hq, replaces: [a, b]}
          - {id: new, name: "<新>分指挥部", kind: subcommand, parent: hq}
        """

    @Test("added, merged and removed units are marked, the removed one kept under its old parent")
    func marks() throws {
        let diff = ModelDiff(
            before: try ModelLoader.load(text: Self.before, file: "before.yaml"),
            after: try ModelLoader.load(text: Self.after, file: "after.yaml"))
        let g = try DiffChart.build(diff, options: ChartOptions(lang: .zh))
        let byID = Dictionary(uniqueKeysWithValues: g.nodes.map { ($0.id, $0) })
        #expect(byID["new"]?.style.border == "#2E7D32")
        #expect(byID["ab"]?.lines.contains { $0.text.contains("产业分指挥部") && $0.text.contains("就业分指挥部") } == true)
        let removed = try #require(byID["removed:c"])
        #expect(removed.style.dashed && removed.style.border == "#C62828")
        #expect(g.edges.contains { $0.from == "hq" && $0.to == "removed:c" })
        let svg = String(decoding: try ChartRenderer.render(g, format: .svg), as: UTF8.self)
        #expect(svg.contains("&lt;新&gt;分指挥部"))
        #expect(!svg.contains("<新>"))
    }
}
