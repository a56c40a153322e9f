import Foundation
@testable import OrgChartCore
import OrgChartYAML
import TestSupport
import Testing

@Suite("Loader")
struct LoaderTests {
    static var badFiles: [String] {
        let dir = Fixtures.repository.appendingPathComponent("Tests/OrgChartCoreTests/Fixtures/bad")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// Every file of the bad-input corpus gives exactly the located errors written next to it (its golden file
    /// `NAME.expected`; `ORGCHART_RECORD=1` re-records them).
    @Test("bad input gives the expected located errors", arguments: badFiles)
    func badInput(_ name: String) throws {
        let dir = Fixtures.directory.appendingPathComponent("bad")
        let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
        let expected =
            "Tests/OrgChartCoreTests/Fixtures/bad/" + name.replacingOccurrences(of: ".yaml", with: ".expected")
        let printer = TextFindingPrinter(lang: .en, colour: false)
        do {
            _ = try ModelLoader.load(bytes: bytes, file: name)
            Issue.record("\(name) loaded but should not")
        } catch {
            let got = error.errors.map(printer.line).joined(separator: "\n") + "\n"
            Golden.expect(got, expected)
            #expect(error.errors.allSatisfy { $0.mark != nil }, "every error is located")
        }
    }

    @Test("three independent mistakes give three located errors")
    func threeMistakes() throws {
        let text = """
            format: orgchart/1
            organisation: {name: T}
            people:
              - {id: a, name: A, titel: x}
            units:
              - {id: u, name: U, kind: subcomand}
            duties:
              - {id: a, name: D}
            """
        #expect(throws: LoadFailure.self) { try ModelLoader.load(text: text, file: "m.yaml") }
        do {
            _ = try ModelLoader.load(text: text, file: "m.yaml")
        } catch {
            #expect(error.errors.map(\.check) == ["unknown-key", "unknown-kind", "duplicate-id"])
            #expect(
                error.errors.compactMap(\.mark) == [
                    SourceMark(line: 4, column: 22), SourceMark(line: 6, column: 22), SourceMark(line: 8, column: 6),
                ])
            #expect(error.errors[0].message.en.contains("did you mean `title`?"))
        }
    }

    @Test("messages come in Chinese too")
    func chinese() {
        do {
            _ = try ModelLoader.load(text: "format: orgchart/1\norganisation: {name: T}\nunits: {}\n")
        } catch {
            #expect(error.errors.first?.message.zh == "`units` 应为列表,而不是映射")
        }
    }

    @Test("a 10,000-deep nesting is refused at the depth limit, not by the stack")
    func deepNesting() {
        let text =
            "format: orgchart/1\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        do {
            _ = try ModelLoader.load(text: text)
            Issue.record("loaded")
        } catch {
            #expect(error.errors.first?.check == "limit")
            #expect(error.errors.first?.message.en.contains("deeper than 64") == true)
        }
    }

    @Test("a 10 MB single scalar loads within the limits, and a lower byte limit refuses it")
    func bigScalar() throws {
        let text =
            "format: orgchart/1\norganisation: {name: T, note: " + String(repeating: "x", count: 10 << 20) + "}\n"
        let model = try ModelLoader.load(text: text)
        #expect(model.organisation.name == "T")
        do {
            _ = try ModelLoader.load(text: text, limits: YAMLLimits(maxBytes: 1 << 20))
            Issue.record("loaded over the byte limit")
        } catch {
            #expect(error.errors.first?.check == "limit")
        }
    }

    @Test("a model loads with every key, references kept with positions")
    func fullModel() throws {
        let m = try Fixtures.model(
            """
            format: orgchart/1
            organisation:
              name: 东川区实施乡村振兴战略指挥部
              as_of: 2021-02-25
              sources: {minutes: seeds/m.txt}
            expect:
              count: {subcommand: 1, workgroup: 1}
              max_lead_roles: 3
            kinds:
              - {id: office, zh: 办公室, en: office, needs_chief: true}
            checks:
              lead-overload: {severity: error, max: 2}
              placeholder: off
            people:
              - {id: huang-jie, name: 黄杰, title: 区委副书记, source: "minutes#五.二"}
            units:
              - {id: hq, name: 指挥部, kind: headquarters}
              - id: rp
                name: 乡村规划分指挥部
                kind: subcommand
                parent: hq
                chief: huang-jie
                deputies: []
                office: nr
                liaises: [wg]
                ignore: [{check: unit-without-office, reason: test}]
              - {id: nr, name: 区自然资源局, kind: bureau, aliases: [自然资源局]}
              - {id: wg, name: 工作组(一), kind: workgroup, status: placeholder}
            duties:
              - {id: d, name: 任务, lead: [huang-jie, nr], assist: nr, due: 2021-03-10, cadence: monthly, done: false}
            """)
        #expect(m.organisation.asOf == Day(year: 2021, month: 2, day: 25))
        #expect(m.organisation.sources == [NamedSource(key: "minutes", path: "seeds/m.txt")])
        #expect(m.expect.count.map(\.kind) == ["subcommand", "workgroup"])
        #expect(m.expect.maxLeadRoles == 3)
        #expect(m.checkSettings["lead-overload"]?.max == 2)
        #expect(m.checkSettings["placeholder"]?.severity == .off)
        #expect(m.customKinds.first?.needsChief == true)
        #expect(m.units.count == 4)
        let rp = m.units[1]
        #expect(rp.chief?.id == "huang-jie")
        #expect(rp.chief?.mark == SourceMark(line: 22, column: 12))
        #expect(rp.liaises.map(\.id) == ["wg"])
        #expect(rp.ignore.first?.reason == "test")
        #expect(m.units[3].status == .placeholder)
        #expect(m.duties[0].lead.map(\.id) == ["huang-jie", "nr"])
        #expect(m.duties[0].assist.map(\.id) == ["nr"])
        #expect(m.duties[0].cadence == .monthly)
        #expect(m.duties[0].due?.description == "2021-03-10")
    }

    @Test("a missing file is an error with the file name, not a crash")
    func missingFile() {
        do {
            _ = try ModelLoader.load(path: "/nonexistent/model.yaml")
        } catch {
            #expect(error.errors.first?.message.en.contains("/nonexistent/model.yaml") == true)
        }
    }

    @Test("dates are checked for real calendars")
    func dates() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2021-02-29") == nil)
        #expect(Day("2021-13-01") == nil)
        #expect(Day("21-01-01") == nil)
    }
}

/// Large inputs: the whole model, errors at the end, many errors, a file of comments.
@Suite("Loader on large inputs")
struct PipelinedLoaderTests {
    static let big = ModelWriter().yaml(ModelGenerator(units: 6000, people: 1000, duties: 8000, seed: 5).generate().0)

    @Test("a large model loads whole")
    func loads() throws {
        #expect(Self.big.utf8.count > 1 << 20)
        let m = try ModelLoader.load(text: Self.big, file: "big.yaml")
        #expect(m.units.count == 6000 && m.people.count == 1000 && m.duties.count == 8000)
        #expect(m.duties.last?.id == "d7999")
    }

    @Test("a syntax error at the end of a large file is reported at its line, alone")
    func lateSyntaxError() throws {
        let lines = Self.big.split(separator: "\n", omittingEmptySubsequences: false).count
        do {
            _ = try ModelLoader.load(text: Self.big + "units: [unclosed\n", file: "big.yaml")
            Issue.record("loaded")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].check == "syntax")
            #expect((error.errors[0].mark?.line ?? 0) >= lines)
        }
    }

    @Test("decoding errors in a large file are all reported, and a second document is refused")
    func errors() throws {
        let text = Self.big.replacingOccurrences(of: "{id: d17,", with: "{id: d17, colour: red,")
            .replacingOccurrences(of: "{id: d4000,", with: "{id: d4000, done: maybe,")
        do {
            _ = try ModelLoader.load(text: text, file: "big.yaml")
        } catch {
            #expect(error.errors.map(\.check) == ["unknown-key", "invalid-value"])
        }
        do {
            _ = try ModelLoader.load(text: Self.big + "---\nformat: orgchart/1\n", file: "big.yaml")
        } catch {
            #expect(error.errors.first?.message.en.contains("more than one YAML document") == true)
        }
    }

    @Test("a megabyte of comments is an empty file")
    func comments() {
        let text = String(repeating: "# nothing here but a comment line of some length\n", count: 30_000)
        do {
            _ = try ModelLoader.load(text: text, file: "c.yaml")
        } catch {
            #expect(error.errors.first?.check == "empty")
        }
    }
}
