import Foundation
import OrgChartCore
import Testing

@Suite("Check catalog")
struct CheckCatalogTests {
    static let ids = CheckCatalog.ids

    /// Each check fires on its own triggering examples and stays silent on its non-triggering ones.
    @Test("every check's own examples", arguments: ids)
    func examples(_ id: String) throws {
        let rule = try #require(CheckCatalog.rule(id))
        #expect(!rule.triggeringExamples.isEmpty && !rule.nonTriggeringExamples.isEmpty)
        let options = CheckOptions(asOf: Day(year: 2021, month: 4, day: 1))
        for example in rule.triggeringExamples {
            let model = try Fixtures.model(example.model)
            let found = CheckRunner.run(model, options: options).filter { $0.check == id }
            #expect(!found.isEmpty, "\(id) should fire on:\n\(example.yaml)")
        }
        for example in rule.nonTriggeringExamples {
            let model = try Fixtures.model(example.model)
            let found = CheckRunner.run(model, options: options).filter { $0.check == id }
            #expect(found.isEmpty, "\(id) should be silent on:\n\(example.yaml)\nbut found \(found.map(\.message.en))")
        }
    }

    @Test("ids are unique and kebab-case")
    func idsUnique() {
        #expect(Set(Self.ids).count == Self.ids.count)
        for id in Self.ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }) }
    }

    /// A model with one planted instance of each check makes each check fire exactly once.
    @Test("one planted instance of each check fires each check exactly once")
    func planted() throws {
        let url = Fixtures.directory.appendingPathComponent("planted.yaml")
        let model = try ModelLoader.load(path: url.path)
        let findings = CheckRunner.run(model, options: CheckOptions(asOf: Day(year: 2021, month: 4, day: 1)))
        var counts: [String: Int] = [:]
        for f in findings { counts[f.check, default: 0] += 1 }
        for id in Self.ids {
            #expect(
                counts[id] == 1,
                "\(id) fired \(counts[id] ?? 0) times: \(findings.filter { $0.check == id }.map(\.message.en))")
        }
        #expect(Set(counts.keys) == Set(Self.ids), "no other findings")
    }

    @Test("severities can be changed per model, and off removes a check")
    func settings() throws {
        let model = try Fixtures.model(
            """
            checks:
              duty-without-lead: warning
              placeholder: {severity: off}
            units: [{id: wg, name: 工作组(一), kind: workgroup, status: placeholder, chief: p}]
            people: [{id: p, name: 甲}]
            duties: [{id: d, name: 任务}]
            """.withHeader)
        let f = CheckRunner.run(model)
        #expect(f.first { $0.check == "duty-without-lead" }?.severity == .warning)
        #expect(!f.contains { $0.check == "placeholder" })
    }

    @Test("a suppression with a reason hides the finding; one without a reason is an error")
    func suppressions() throws {
        let model = try Fixtures.model(
            """
            duties:
              - {id: a, name: 任务一, ignore: [{check: duty-without-lead, reason: 会议未明确}]}
              - {id: b, name: 任务二, ignore: [{check: duty-without-lead}]}
              - {id: c, name: 任务三, ignore: [{check: duty-withot-lead, reason: typo}]}
            """.withHeader)
        let f = CheckRunner.run(model)
        #expect(f.filter { $0.check == "duty-without-lead" }.compactMap(\.subject) == ["b", "c"])
        let settings = f.filter { $0.check == "check-settings" }
        #expect(settings.count == 2)
        #expect(settings.contains { $0.message.en.contains("without a reason") })
        #expect(settings.contains { $0.message.en.contains("did you mean `duty-without-lead`?") })
    }

    @Test("lead-overload takes its threshold from the model")
    func overloadThreshold() throws {
        let body = """
            people: [{id: p, name: 甲}]
            duties:
              - {id: a, name: 一, lead: p}
              - {id: b, name: 二, lead: p}
              - {id: c, name: 三, lead: p}
            """
        #expect(CheckRunner.run(try Fixtures.model(body.withHeader)).filter { $0.check == "lead-overload" }.isEmpty)
        let strict = try Fixtures.model((body + "\nchecks: {lead-overload: {max: 2}}").withHeader)
        #expect(CheckRunner.run(strict).filter { $0.check == "lead-overload" }.count == 1)
    }

    @Test("a parent cycle is reported once per cycle, and the check stays linear on long chains")
    func cycles() throws {
        var yaml = "units:\n"
        for i in 0..<20_000 { yaml += "  - {id: u\(i), name: U\(i), kind: team, parent: u\((i + 1) % 20_000)}\n" }
        let model = try Fixtures.model(yaml.withHeader)
        let f = CheckRunner.run(model, only: ["hierarchy-cycle"])
        #expect(f.count == 1)
    }

    @Test("duplicate-duty normalises punctuation and width")
    func normalise() {
        #expect(DuplicateDuty.normalise("建立健全 督查工作制度。") == DuplicateDuty.normalise("建立健全督查工作制度"))
        #expect(DuplicateDuty.normalise("“美丽县城”") == DuplicateDuty.normalise("美丽县城"))
        #expect(DuplicateDuty.normalise("ＡＢＣ１") == DuplicateDuty.normalise("abc1"))
    }
}

extension String {
    var withHeader: String { CheckExample.header + self }
}
