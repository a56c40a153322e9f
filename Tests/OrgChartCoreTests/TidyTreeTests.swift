@testable import OrgChartCore
import Testing

@Suite("Tidy tree layout")
struct TidyTreeTests {
    /// A random forest with uneven fan-out and uneven widths.
    static func forest(_ n: Int, seed: UInt64) -> TidyTree {
        var rng = SplitMix64(seed: seed)
        var parents = [-1]
        var widths = [60.0]
        for i in 1..<n {
            let r = Double(rng.next() % 1000) / 1000
            parents.append(i < 3 ? -1 : Int(Double(i) * r * r))
            widths.append(Double(20 + rng.next() % 120))
        }
        return TidyTree(widths: widths, heights: widths.map { _ in 30 }, parents: parents)
    }

    func check(_ tree: TidyTree) {
        let r = tree.layout()
        let n = tree.widths.count
        // No two boxes of one level overlap.
        var levels: [Int: [Int]] = [:]
        for v in 0..<n { levels[r.depth[v], default: []].append(v) }
        for (_, vs) in levels {
            let sorted = vs.sorted { r.x[$0] < r.x[$1] }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(r.x[a] + tree.widths[a] / 2 + tree.gap - 1e-6 <= r.x[b] - tree.widths[b] / 2)
            }
        }
        // Parents are centred over their first and last children, and sit a level above them.
        var kids: [Int: [Int]] = [:]
        for v in 0..<n where tree.parents[v] >= 0 { kids[tree.parents[v], default: []].append(v) }
        for (p, cs) in kids {
            #expect(abs(r.x[p] - (r.x[cs.first!] + r.x[cs.last!]) / 2) < 1e-6)
            for c in cs { #expect(r.y[c] > r.y[p] && r.depth[c] == r.depth[p] + 1) }
        }
        #expect(r.x.allSatisfy { $0 >= -1e-6 && $0 <= r.width + 1e-6 })
    }

    @Test("no overlaps and parents centred, on random forests", arguments: [1, 2, 10, 200, 5000] as [Int])
    func random(_ n: Int) {
        check(Self.forest(n, seed: UInt64(n)))
    }

    @Test("the same input gives the same layout")
    func deterministic() {
        let t = Self.forest(3000, seed: 7)
        #expect(t.layout().x == t.layout().x)
    }

    @Test("a deep chain and a wide star lay out without recursion limits")
    func shapes() {
        let chain = TidyTree(
            widths: Array(repeating: 10, count: 50_000), heights: Array(repeating: 10, count: 50_000),
            parents: (0..<50_000).map { $0 - 1 })
        let r = chain.layout()
        #expect(r.x.allSatisfy { abs($0 - r.x[0]) < 1e-6 })
        check(
            TidyTree(
                widths: Array(repeating: 10, count: 20_001), heights: Array(repeating: 10, count: 20_001),
                parents: [-1] + Array(repeating: 0, count: 20_000)))
    }

    @Test("a parent cycle does not hang: its nodes are placed as roots")
    func cycle() {
        let t = TidyTree(widths: [10, 10, 10, 10], heights: [10, 10, 10, 10], parents: [-1, 2, 1, 0])
        let r = t.layout()
        #expect(r.x.count == 4)
    }
}
