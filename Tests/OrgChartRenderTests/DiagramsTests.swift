import Foundation
import OrgChartCore
import OrgChartRender
import Testing

/// The committed charts in `diagrams/` against the models in `seeds/`.
enum DiagramSeeds {
    /// Every `*.yaml` under `seeds/`, as paths relative to the package root, sorted.
    static let all: [String] = {
        let root = Fixtures.packageRoot
        guard let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent("seeds").path) else {
            return []
        }
        var out: [String] = []
        while let p = walker.nextObject() as? String {
            if p.hasSuffix(".yaml") { out.append("seeds/" + p) }
        }
        return out.sorted()
    }()

    /// The options `scripts/diagrams` renders with (`--lang zh`, everything else default).
    static let options = ChartOptions(view: .whole, lang: .zh)
}

@Suite("diagrams/ is up to date with seeds/")
struct DiagramsTests {
    @Test(
        "the committed DOT of each seed matches a fresh render (run scripts/diagrams after changing either)",
        .enabled(if: !DiagramSeeds.all.isEmpty, "no model in seeds/ yet"), arguments: DiagramSeeds.all)
    func fresh(_ seed: String) throws {
        let root = Fixtures.packageRoot
        let bytes = try FileIO.read(root.appendingPathComponent(seed).path)
        let model = try ModelLoader.load(bytes: bytes, file: seed)
        let name = String(seed.split(separator: "/").last!.dropLast(".yaml".count))
        let folder = root.appendingPathComponent("diagrams")
        let committed = try? String(contentsOf: folder.appendingPathComponent("\(name).dot"), encoding: .utf8)
        let fresh = Fixtures.text(try ChartRenderer.render(model, options: DiagramSeeds.options, format: .dot))
        #expect(committed != nil, "diagrams/\(name).dot is missing: run scripts/diagrams")
        #expect(committed == nil || committed == fresh, "diagrams/\(name).dot is stale: run scripts/diagrams")
        for ext in ["svg", "png"] {
            #expect(
                FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name).\(ext)").path),
                "diagrams/\(name).\(ext) is missing: run scripts/diagrams")
        }
    }
}
