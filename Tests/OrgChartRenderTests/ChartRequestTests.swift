import OrgChartCore
import Testing

@testable import OrgChartRender

/// The render policy `orgchart render` asks of the renderer: which view, which flags go with it, which layout.
@Suite("Chart requests")
struct ChartRequestTests {
    @Test("each view says which of --person and --root go with it")
    func viewProblems() {
        typealias View = ChartRequest.View
        #expect(View.default(person: nil) == .whole && View.default(person: "p") == .person)
        #expect(View.person.problem(person: nil, root: nil) == "--view person needs --person ID")
        #expect(View.person.problem(person: "p", root: "u") == "--root only works with the whole view")
        #expect(View.duties.problem(person: "p", root: "u") == "--person only works with --view person")
        #expect(View.duties.problem(person: nil, root: "u") == "--root only works with the whole view")
        #expect(View.whole.problem(person: "p", root: nil) == "--person only works with --view person")
        #expect(View.whole.problem(person: nil, root: "u") == nil)
        #expect(View.person.problem(person: "p", root: nil) == nil)
        for view in View.allCases { #expect(view.problem(person: view.takesPerson ? "p" : nil, root: nil) == nil) }
    }

    @Test("the whole view of a large model is drawn with the tree layout and says so; --layout dot refuses it")
    func policy() throws {
        var text =
            "format: orgchart/1\norganisation: {name: Wide}\nunits:\n  - {id: hq, name: HQ, kind: headquarters}\n"
        for i in 0..<450 { text += "  - {id: u\(i), name: U\(i), kind: team, parent: hq}\n" }
        let model = try ModelLoader.load(text: text, file: "wide.yaml")
        var notes: [Message] = []
        let dot = try ChartRequest(look: ChartOptions(lang: .en)).draw(model) { notes.append($0) }
        #expect(String(decoding: dot, as: UTF8.self).hasPrefix("digraph"))
        #expect(notes.first?.en.hasPrefix("layout: tree") == true, "\(notes)")
        notes = []
        let request = ChartRequest(
            format: .svg, look: ChartOptions(lang: .en), policy: LayoutPolicy(choice: .dot, maxLayoutNodes: 100))
        #expect(throws: ChartError.self) { try request.draw(model) { notes.append($0) } }
        #expect(notes.isEmpty)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let small = try ModelLoader.load(text: lines.prefix(10).joined(separator: "\n") + "\n", file: "small.yaml")
        _ = try ChartRequest(format: .dot, look: ChartOptions(lang: .en)).draw(small) { notes.append($0) }
        #expect(notes.map(\.en) == ["layout: dot (\(small.units.count) units)"])
    }

    @Test("the request's view is the chart builder's")
    func chartView() {
        #expect(ChartRequest(root: "u", depth: 2).chartView == .subtree(root: "u", depth: 2))
        #expect(ChartRequest(view: .person, person: "p").chartView == .person("p"))
        #expect(ChartRequest(view: .duties).chartView == .duties)
        #expect(ChartRequest().chartView == .whole)
    }
}
