import Foundation
import OrgChartCore
import OrgChartRender
import Testing

/// Charts ask a unit's kind what it is and what its head is called, so a model's own kinds draw like built-in ones.
@Suite("A model's own kinds in charts")
struct KindChartTests {
    static let text = """
        format: orgchart/1
        organisation: {name: 专项工作指挥部}
        kinds:
          - {id: squad, zh: 专项组, en: squad, needs_chief: true, head: 组长, head_en: Squad leader, role: workgroup}
          - {id: hall, zh: 大厅, en: hall}
        people:
          - {id: wang, name: 王某}
        units:
          - {id: hq, name: 专项工作指挥部, kind: headquarters, chief: wang}
          - {id: p, name: 第一分指挥部, kind: subcommand, parent: hq, liaises: [s1, s2, w]}
          - {id: s1, name: 第一专项组, kind: squad, parent: hq, chief: wang}
          - {id: s2, name: 第二专项组, kind: squad, parent: hq}
          - {id: w, name: 综合工作组, kind: workgroup, parent: hq}
          - {id: h, name: 服务大厅, kind: hall, parent: hq}
          - {id: b, name: 县应急管理局, kind: bureau, parent: hq}
          - {id: d, name: 县档案馆, kind: department, parent: hq}
        """

    @Test("units of a kind with the work-group role share the band with the work groups")
    func band() throws {
        let m = try ModelLoader.load(text: Self.text, file: "own.yaml")
        let zh = try ChartBuilder.build(m)
        #expect(zh.clusters.map(\.nodes) == [["s1", "s2", "w"]])
        #expect(zh.clusters.first?.label == "专项组")
        let en = try ChartBuilder.build(m, options: ChartOptions(lang: .en))
        #expect(en.clusters.first?.label == "Work groups")
        // The post liaises with every group of the band: one edge to the band, aimed at its middle group.
        #expect(zh.edges.filter { $0.from == "p" && $0.line == .dashed }.map(\.to) == ["s2"])
    }

    @Test("a kind's own head title labels its chief, in either language")
    func headTitles() throws {
        let m = try ModelLoader.load(text: Self.text, file: "own.yaml")
        let en = try ChartBuilder.build(m, options: ChartOptions(view: .person("wang"), lang: .en))
        #expect(en.edges.compactMap(\.label) == ["Commander", "Squad leader"])
        let zh = try ChartBuilder.build(m, options: ChartOptions(view: .person("wang")))
        #expect(zh.edges.compactMap(\.label) == ["指挥长", "组长"])
        let whole = try ChartBuilder.build(m)
        let s2 = try #require(whole.nodes.first { $0.id == "s2" })
        #expect(s2.lines.first == ChartLine(caption: "组长", "待定", muted: true))
    }

    @Test("the legend gives each colour once: bureau's and department's are the same, a declared kind has its own")
    func legend() throws {
        let m = try ModelLoader.load(text: Self.text, file: "own.yaml")
        let en = try ChartBuilder.build(m, options: ChartOptions(lang: .en))
        let labels = try #require(en.legend).swatches.map(\.label)
        #expect(labels == ["headquarters", "sub-command post", "work group", "bureau", "squad", "hall"])
    }
}
