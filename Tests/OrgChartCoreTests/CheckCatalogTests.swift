import Foundation
@testable import OrgChartCore
import Testing

@Suite("Check catalog")
struct CheckCatalogTests {
    static let ids = CheckCatalog.ids

    /// Each check fires on its own triggering examples and stays silent on its non-triggering ones; a check without
    /// examples of both sorts fails. (The registry test below makes sure every check is in the catalog, so every
    /// check's examples run.)
    @Test("every check's own examples", arguments: ids)
    func examples(_ id: String) throws {
        let rule = try #require(CheckCatalog.rule(id))
        #expect(!rule.triggeringExamples.isEmpty, "\(id) has no example it fires on (`triggeringExamples`)")
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(id) has no example it is silent on (`nonTriggeringExamples`)")
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

    @Test("ids are unique and kebab-case, and no check id is also an error code")
    func idsUnique() {
        #expect(Set(Self.ids).count == Self.ids.count)
        for id in Self.ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }) }
        #expect(Set(Self.ids).isDisjoint(with: ErrorCode.allCases.map(\.id)))
    }

    /// A `CheckRule` type that is not listed in `CheckCatalog.all` compiles and is never run: the sources are read
    /// for every type that conforms, and each must be in the catalog, in a file of `Checks/` named after it.
    @Test("every CheckRule type in the sources is in CheckCatalog.all, in Checks/ in a file named after it")
    func registry() throws {
        let declared = try CheckRuleSources.declarations()
        let listed = CheckCatalog.all.map { String(describing: $0) }
        for (type, file) in declared.sorted(by: { $0.key < $1.key }) {
            if !listed.contains(type) {
                Issue.record(
                    """
                    \(type) (\(file)) conforms to CheckRule but is not in CheckCatalog.all, so it never runs: add \
                    `\(type).self` to the list in Sources/OrgChartCore/Checks/CheckCatalog.swift (in documentation \
                    order), then regenerate docs/checks.md with `ORGCHART_RECORD=1 swift test --filter Documentation`
                    """)
            }
            #expect(
                file == "Sources/OrgChartCore/Checks/\(type).swift",
                "\(type) is declared in \(file): a check lives in Sources/OrgChartCore/Checks/\(type).swift")
        }
        for type in listed {
            #expect(
                declared[type] != nil, "\(type) is in the catalog but no declaration `\(type): CheckRule` was found")
        }
        #expect(Set(listed).count == listed.count, "a check is listed twice")
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

/// The check types the sources declare, read from the `.swift` files of `Sources/OrgChartCore`.
enum CheckRuleSources {
    /// Each type that conforms to `CheckRule`, with the file that says so (from the repository root).
    static func declarations() throws -> [String: String] {
        let root = Fixtures.repository
        let folder = "Sources/OrgChartCore"
        guard let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else {
            return [:]
        }
        // A type declaration (or an extension) with an inheritance list: the type's name and the list.
        let declaration = #/(?:struct|enum|class|actor|extension)\s+(\w+)\s*:\s*([^{]*)\{/#
        var found: [String: String] = [:]
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let file = folder + "/" + path
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: declaration) {
                let inherits = match.2.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if inherits.contains("CheckRule") { found[String(match.1)] = file }
            }
        }
        return found
    }
}
