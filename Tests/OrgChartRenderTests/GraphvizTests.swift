import Foundation
import OrgChartCore
import Testing

@testable import OrgChartRender

@Suite("Rendering through the Graphviz library")
struct GraphvizTests {
    static let pngMagic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    @Test("SVG, PNG and PDF come out with their headers")
    func formats() throws {
        let model = try Fixtures.sample()
        let svg = try ChartRenderer.render(model, format: .svg)
        #expect(Fixtures.text(svg).hasPrefix("<?xml"))
        #expect(Fixtures.text(svg).contains("<svg"))
        let png = try ChartRenderer.render(model, format: .png)
        #expect(Array(png.prefix(8)) == Self.pngMagic)
        let pdf = try ChartRenderer.render(model, format: .pdf)
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
        let dot = try ChartRenderer.render(model, format: .dot)
        #expect(Fixtures.text(dot).hasPrefix("digraph \"orgchart\" {"))
    }

    @Test("the PNG's resolution follows dpi")
    func dpi() throws {
        let model = try Fixtures.sample()
        func width(_ png: [UInt8]) -> Int { png[16..<20].reduce(0) { $0 << 8 | Int($1) } }
        let small = try ChartRenderer.render(model, format: .png, dpi: 72)
        let large = try ChartRenderer.render(model, format: .png, dpi: 144)
        #expect(abs(width(large) - 2 * width(small)) <= 2)
    }

    @Test("Chinese text is in the SVG with the CJK font, and the PDF embeds only Noto Sans CJK")
    func chinese() throws {
        let model = try Fixtures.sample()
        let svg = Fixtures.text(try ChartRenderer.render(model, format: .svg))
        #expect(svg.contains(">黄杰(区委副书记)<"))
        #expect(svg.contains(">乡村规划分指挥部<"))
        #expect(svg.contains("font-family=\"Noto Sans CJK SC\""))
        // cairo embeds the fonts it drew with: if a fallback face had been used for the Chinese glyphs, its name
        // would be listed here.
        let pdf = String(decoding: try ChartRenderer.render(model, format: .pdf), as: UTF8.self)
        let fonts = pdf.components(separatedBy: "/FontName /").dropFirst().map { $0.prefix { $0 != "\n" } }
        #expect(!fonts.isEmpty)
        #expect(fonts.allSatisfy { $0.contains("NotoSansCJKsc") })
    }

    @Test("eight renders at once do not crash and agree")
    func parallel() async throws {
        let model = try Fixtures.sample()
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for i in 0..<8 {
                group.addTask {
                    let format: ChartFormat = i % 2 == 0 ? .svg : .png
                    return (i, try ChartRenderer.render(model, format: format))
                }
            }
            var out: [Int: [UInt8]] = [:]
            for try await (i, bytes) in group { out[i] = bytes }
            return out
        }
        #expect(results.count == 8)
        for i in stride(from: 0, to: 8, by: 2) { #expect(results[i] == results[0]) }
        for i in stride(from: 1, to: 8, by: 2) {
            #expect(Array(results[i]!.prefix(8)) == Self.pngMagic)
            #expect(results[i] == results[1])
        }
    }

    @Test("invalid DOT becomes a Swift error carrying Graphviz's message")
    func syntaxError() throws {
        #expect {
            try Graphviz.render(dot: "digraph { a -> }", format: .svg)
        } throws: { error in
            guard let e = error as? GraphvizError else { return false }
            return e.message.hasPrefix("syntax error in line") && e.message.hasSuffix("near '}'")
        }
        // Graphviz is usable again afterwards.
        let svg = try Graphviz.render(dot: "digraph { a -> b }", format: .svg)
        #expect(Fixtures.text(svg).contains("<svg"))
    }

    @Test("a broken HTML label is an error, not a silently plain label")
    func htmlError() throws {
        #expect {
            try Graphviz.render(dot: "digraph { a [label=<<B>x>] }", format: .png)
        } throws: { error in
            (error as? GraphvizError)?.message.contains("mismatched tag") == true
        }
    }

    @Test("the chart renderer wraps Graphviz errors in a ChartError")
    func wrapped() throws {
        var graph = ChartGraph(nodes: [ChartNode(id: "a", heading: "a", style: ChartPalette.plain)])
        graph.fontName = "x"
        // A layout engine that needs positions, given none.
        #expect(throws: ChartError.self) {
            try ChartRenderer.render(
                ChartGraph(nodes: [ChartNode(id: "a", heading: "a", style: ChartPalette.plain)]), format: .svg,
                engine: .nop2)
        }
        // An unknown font is no error: Graphviz falls back to another and draws the one node.
        let svg = String(decoding: try ChartRenderer.render(graph, format: .svg), as: UTF8.self)
        #expect(svg.hasSuffix("</svg>\n") && svg.contains("font-family=\"x\""))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 1 && svg.contains("<title>a</title>"))
    }

    @Test("nodes with positions are drawn where they are put (nop2), for layouts computed in Swift")
    func positioned() throws {
        func chart(_ bx: Double) -> ChartGraph {
            ChartGraph(
                nodes: [
                    ChartNode(id: "a", heading: "甲", style: ChartPalette.plain, position: ChartPoint(x: 0, y: 0)),
                    ChartNode(id: "b", heading: "乙", style: ChartPalette.plain, position: ChartPoint(x: bx, y: 0)),
                ],
                edges: [ChartEdge(from: "a", to: "b")])
        }
        #expect(chart(300).hasPositions)
        #expect(DOTWriter.write(chart(300)).contains("pos=\"300,0!\""))
        func width(_ svg: String) -> Double? {
            guard let r = svg.range(of: "<svg width=\"") else { return nil }
            return Double(svg[r.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        let near = try #require(width(Fixtures.text(try ChartRenderer.render(chart(100), format: .svg))))
        let far = try #require(width(Fixtures.text(try ChartRenderer.render(chart(400), format: .svg))))
        #expect(abs((far - near) - 300) < 2)
    }

    @Test("the library reports its version")
    func version() {
        #expect(Graphviz.version().hasPrefix("2."))
    }
}
