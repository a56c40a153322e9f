import OrgChartCore
import Testing

/// The diff stays linear: two large generated models compare in time proportional to their size.
@Suite struct DiffScaleTests {
    /// A model of `n` units in a tree of fan-out 10, one chief per 20 units, one duty per unit. `merged` folds
    /// every tenth unit into its neighbour through `replaces` and points references at the neighbour, except for
    /// the first ten merged-away units, whose duties keep naming them (stale references).
    static func model(_ n: Int, merged: Bool) -> Model {
        func ref(_ i: Int) -> Ref {
            merged && i % 10 == 9 && i >= 100 ? Ref("u\(i - 1)") : Ref("u\(i)")
        }
        var people: [Person] = []
        for i in 0..<(n / 20 + 1) { people.append(Person(id: "p\(i)", name: "人员\(i)")) }
        var units: [Unit] = []
        units.reserveCapacity(n)
        for i in 0..<n {
            if merged && i % 10 == 9 { continue }
            var u = Unit(
                id: "u\(i)", name: "单位\(i)", kind: "team", parent: i == 0 ? nil : ref((i - 1) / 10),
                chief: Ref("p\(i / 20)"))
            if merged && i % 10 == 8 {
                u.replaces = [Ref("u\(i)"), Ref("u\(i + 1)")]
                u.name += "(合并)"
            }
            units.append(u)
        }
        let duties = (0..<n).map { Duty(id: "d\($0)", name: "职责\($0)", lead: [ref($0)]) }
        return Model(file: merged ? "after.yaml" : "before.yaml", people: people, units: units, duties: duties)
    }

    @Test func largeModelsDiffInLinearTime() {
        let clock = ContinuousClock()
        func time(_ n: Int) -> (Duration, ModelDiff) {
            let before = Self.model(n, merged: false)
            let after = Self.model(n, merged: true)
            var diff: ModelDiff?
            // The best of three: other tests share the cores, and a run they slow down says nothing of the diff.
            let t = (0..<3).map { _ in clock.measure { diff = ModelDiff(before: before, after: after) } }.min()!
            return (t, diff!)
        }
        let (small, d1) = time(5_000)
        let (large, d2) = time(20_000)
        #expect(d1.changes.filter { $0.change == .unitMerged }.count == 500)
        #expect(d2.changes.filter { $0.change == .unitMerged }.count == 2_000)
        #expect(d2.changes.filter { $0.change == .unitRenamed }.count == 2_000)
        #expect(d2.leadLosses.count == 10)
        // The ten stale duties, and the 90 children of the stale units that are not merged away themselves.
        #expect(d2.introduced.filter { $0.check == "dangling-reference" }.count == 100)
        // Four times the size: a linear diff takes about four times as long; a quadratic one sixteen.
        #expect(large < small * 10, "5k units: \(small), 20k units: \(large)")
    }

    /// BEFORE: `n` units under one headquarters; AFTER: one unit that `replaces` them all.
    static func oneReplacesMany(_ n: Int) -> (Model, Model) {
        var before = [Unit(id: "hq", name: "HQ", kind: "headquarters")]
        for i in 0..<n { before.append(Unit(id: "u\(i)", name: "U\(i)", kind: "team", parent: Ref("hq"))) }
        var one = Unit(id: "one", name: "One", kind: "team", parent: Ref("hq"))
        one.replaces = (0..<n).map { Ref("u\($0)") }
        return (
            Model(file: "before.yaml", units: before),
            Model(file: "after.yaml", units: [Unit(id: "hq", name: "HQ", kind: "headquarters"), one])
        )
    }

    @Test("one unit replacing 20,000 diffs in linear time (issue 20: 100,000 took 16 s)")
    func oneUnitReplacingManyIsLinear() {
        let clock = ContinuousClock()
        func time(_ n: Int) -> (Duration, ModelDiff) {
            let (before, after) = Self.oneReplacesMany(n)
            var diff: ModelDiff?
            // The best of three: other tests share the cores, and a run they slow down says nothing of the diff.
            let t = (0..<3).map { _ in clock.measure { diff = ModelDiff(before: before, after: after) } }.min()!
            return (t, diff!)
        }
        let (small, d1) = time(5_000)
        let (large, d2) = time(20_000)
        #expect(d1.changes.filter { $0.change == .unitMerged }.count == 1)
        #expect(d2.changes.filter { $0.change == .unitMerged }.count == 1)
        #expect(d2.leadLosses.isEmpty)
        #expect(large < small * 10, "5k replaced: \(small), 20k replaced: \(large)")
    }
}
