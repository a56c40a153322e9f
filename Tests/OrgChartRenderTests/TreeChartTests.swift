import Foundation
import OrgChartCore
import OrgChartRender
import Testing

@Suite("Tree chart for large hierarchies")
struct TreeChartTests {
    /// Node boxes parsed back from the DOT: (x, y, width, height) in points.
    func boxes(_ dot: String) -> [String: (Double, Double, Double, Double)] {
        var out: [String: (Double, Double, Double, Double)] = [:]
        for line in dot.split(separator: "\n") where line.contains("pos=\"") && line.contains("width=") {
            let id = String(line.trimmingCharacters(in: .whitespaces).split(separator: " ")[0])
            func value(_ key: String) -> String {
                let r = line.range(of: key + "=")!
                var rest = line[r.upperBound...]
                if rest.first == "\"" { rest = rest.dropFirst() }
                return String(rest.prefix { $0 != "," && $0 != "\"" && $0 != "]" && $0 != "!" })
            }
            let pos = line.range(of: "pos=\"")!
            let coords = line[pos.upperBound...].prefix { $0 != "!" }.split(separator: ",").map { Double($0)! }
            out[id] = (coords[0], coords[1], Double(value("width"))! * 72, Double(value("height"))! * 72)
        }
        return out
    }

    func model(_ n: Int) throws -> Model {
        try ModelLoader.load(
            text: ModelWriter().yaml(ModelGenerator(units: n, people: 50, duties: 0, seed: 3).generate().0),
            file: "g.yaml")
    }

    @Test("no two boxes overlap, and the output is deterministic", arguments: [50, 2000])
    func noOverlap(_ n: Int) throws {
        let m = try model(n)
        let chart = try TreeChart.build(m, options: TreeChartOptions(maxChildren: 0))
        #expect(chart.dot == (try TreeChart.build(m, options: TreeChartOptions(maxChildren: 0))).dot)
        #expect(chart.drawn == n && chart.folded == 0)
        let b = boxes(chart.dot).values.sorted { $0.0 < $1.0 }
        #expect(b.count == n)
        // Sweep by x: compare each box with the boxes that start before it ends.
        for i in b.indices {
            var j = i + 1
            while j < b.count && b[j].0 - b[j].2 / 2 < b[i].0 + b[i].2 / 2 + 40 {
                let dx = abs(b[i].0 - b[j].0) * 2 < (b[i].2 + b[j].2) - 0.01
                let dy = abs(b[i].1 - b[j].1) * 2 < (b[i].3 + b[j].3) - 0.01
                #expect(!(dx && dy), "boxes overlap at \(b[i]) and \(b[j])")
                j += 1
            }
        }
    }

    @Test("wide fan-outs fold into one \"+ N more\" box and say so; depth cuts are counted")
    func folding() throws {
        var yaml =
            "format: orgchart/1\norganisation: {name: Star}\nunits:\n  - {id: hq, name: 指挥部, kind: headquarters}\n"
        for i in 0..<500 { yaml += "  - {id: u\(i), name: 单位\(i), kind: team, parent: hq}\n" }
        let m = try ModelLoader.load(text: yaml, file: "star.yaml")
        let chart = try TreeChart.build(m, options: TreeChartOptions(maxChildren: 40))
        #expect(chart.drawn == 40)
        #expect(chart.folded == 461)
        #expect(chart.dot.contains("+ 另有 461 个"))
        let cut = try TreeChart.build(m, options: TreeChartOptions(depth: 0))
        #expect(cut.drawn == 1 && cut.cut == 500)
    }

    @Test("a large chart renders to SVG through Graphviz's nop2 engine")
    func render() throws {
        let m = try model(3000)
        let svg = String(decoding: try TreeChart.build(m).render(.svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("指挥部"))
    }

    @Test("hostile names stay literal in the tree chart")
    func hostile() throws {
        let m = try ModelLoader.load(
            text: """
                format: orgchart/1
                organisation: {name: X}
                units:
                  - {id: a, name: "<script>alert(1)</script>", kind: team}
                  - {id: b, name: "say \\"hi\\" \\\\ {x} &amp;\\nline", kind: team, parent: a}
                """, file: "x.yaml")
        let svg = String(decoding: try TreeChart.build(m).render(.svg), as: UTF8.self)
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
