import Foundation
import OrgChartCore
import Testing

@testable import OrgChartRender

@Suite("Charts for paper")
struct ChartPageTests {
    static func model(_ path: String) throws -> Model {
        try ModelLoader.load(path: Fixtures.packageRoot.appendingPathComponent(path).path)
    }

    /// The smallest font size printed in a PDF, measured apart from the layout: each word's box from poppler's
    /// `pdftotext -bbox`, divided by Noto Sans CJK's line height (ascent 1.160 + descent 0.288 em). nil when
    /// poppler-utils is not installed.
    static func printedSmallest(_ pdf: [UInt8]) throws -> Double? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("orgchart-page-\(UUID()).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        p.arguments = ["-bbox", file.path, "-"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        var smallest = Double.infinity
        for line in text.split(separator: "\n") where line.contains("<word ") {
            func value(_ name: String) -> Double? {
                guard let r = line.firstRange(of: name + "=\"") else { return nil }
                return Double(line[r.upperBound...].prefix { $0.isNumber || $0 == "." })
            }
            if let a = value("yMin"), let b = value("yMax") { smallest = min(smallest, (b - a) / 1.448) }
        }
        return smallest.isFinite ? smallest : nil
    }

    static func pageCount(_ pdf: [UInt8]) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page ").count - 1
            + text.components(separatedBy: "/Type /Page\n").count
            - 1
    }

    @Test(
        "on A4 landscape the seed and the ten-post proposal print every label at 8 pt or more",
        arguments: ["seeds/dongchuan-2021.yaml", "seeds/proposals/dongchuan-10-posts-illustrative.yaml"])
    func legibleOnA4(_ path: String) throws {
        let paged = try PagedChart.render(
            try Self.model(path), options: ChartOptions(lang: .zh), page: ChartPage(paper: .a4, turn: .landscape),
            format: .pdf)
        #expect(paged.smallestLabel >= 8, "smallest label \(paged.smallestLabel) pt")
        #expect(Self.pageCount(paged.bytes) == paged.pages.count)
        let text = String(decoding: paged.bytes, as: UTF8.self)
        #expect(
            text.contains("/MediaBox [ 0 0 841") || text.contains("/MediaBox [ 0 0 842"), "not an A4 landscape page")
        if let printed = try Self.printedSmallest(paged.bytes) {
            #expect(printed >= 7.95, "pdftotext measures \(printed) pt")
        }
        if paged.pages.count > 1 { #expect(paged.note(.en).contains("split into \(paged.pages.count) pages")) }
    }

    @Test("a chart that fits is one page; paper names are read as written")
    func onePage() throws {
        let paged = try PagedChart.render(
            try Self.model("seeds/dongchuan-2021.yaml"),
            options: ChartOptions(view: .subtree(root: "rural-planning", depth: nil), lang: .zh),
            page: ChartPage(paper: .a3), format: .svg)
        #expect(paged.pages.count == 1 && paged.smallestLabel >= 8)
        #expect(ChartPage(argument: "a4-landscape") == ChartPage(paper: .a4, turn: .landscape))
        #expect(ChartPage(argument: "A3") == ChartPage(paper: .a3))
        #expect(ChartPage(argument: "a5") == nil && ChartPage(argument: "a4-sideways") == nil)
    }
}
