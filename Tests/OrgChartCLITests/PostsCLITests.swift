import Foundation
import Testing

@Suite("orgchart with posts and offices (end to end)")
struct PostsCLITests {
    static let bad = "Tests/OrgChartCoreTests/Fixtures/bad/"

    @Test(
        "a post whose unit is a person, a holder that is a unit, host on a bureau: located errors, exit 2",
        arguments: [
            ("post-unit-is-person.yaml", "6:47: error: [wrong-target]"),
            ("post-holder-is-unit.yaml", "6:66: error: [wrong-target]"),
            ("host-on-bureau.yaml", "5:49: error: [misplaced-key]"),
        ])
    func badTargets(_ file: String, _ located: String) throws {
        let r = try CLI.run(["check", Self.bad + file, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(Self.bad + file + ":" + located), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("the notices check clean, and their matrix and report carry the new columns and sections")
    func notices() throws {
        let check = try CLI.run(["check", "seeds/notices/05-shanghai-new-towns-leading-group.yaml"])
        #expect(check.status == 0)
        let matrix = try CLI.run(["matrix", "seeds/dongchuan-2021.yaml", "--format", "csv", "--lang", "zh"])
        #expect(matrix.status == 0)
        #expect(matrix.stdout.contains("\"职责\",\"责任领导\",\"问题\""))
        #expect(matrix.stdout.contains("\"加强防贫预警机制的动态跟踪和监测\",\"李顺朝(副区长)\""))
    }
}
