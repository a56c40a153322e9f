import Foundation
@testable import OrgChartCore
import TestSupport
import Testing

/// The seed model holds what the minutes say, and `check` reports the minutes' real open points.
@Suite("Seed model (Dongchuan, 2021-02-25)")
struct SeedModelTests {
    static let path = Fixtures.repository.appendingPathComponent("seeds/dongchuan-2021.yaml").path
    static let asOf = CheckOptions(asOf: Day(year: 2021, month: 4, day: 7))

    func load() throws -> (Model, ModelIndex) {
        let m = try ModelLoader.load(path: Self.path)
        return (m, ModelIndex(m))
    }

    @Test("the structure the minutes fix: 10 posts, 5 groups, one named post with chief, deputy and office")
    func structure() throws {
        let (m, index) = try load()
        #expect(m.organisation.name == "东川区实施乡村振兴战略指挥部")
        #expect(m.organisation.asOf == Day(year: 2021, month: 2, day: 25))
        #expect(m.units.filter { $0.kind == "subcommand" }.count == 10)
        #expect(m.units.filter { $0.kind == "workgroup" }.count == 5)
        let rp = m.units[try #require(index.unit("rural-planning"))]
        #expect(rp.name == "乡村规划分指挥部")
        #expect(rp.parent?.id == "hq")
        #expect(m.people[try #require(index.person(rp.chief?.id ?? ""))].name == "黄杰")
        #expect(rp.deputies.map { m.people[index.person($0.id)!].name } == ["黄大龙"])
        #expect(m.units[try #require(index.unit(rp.office?.id ?? ""))].name == "区自然资源局")
        // The nine other posts and the five groups are not named by the minutes: placeholders, nothing invented.
        let others = m.units.filter { ($0.kind == "subcommand" && $0.id != "rural-planning") || $0.kind == "workgroup" }
        #expect(others.count == 14)
        #expect(others.allSatisfy { $0.status == .placeholder && $0.chief == nil && $0.deputies.isEmpty })
        #expect(m.units.allSatisfy { $0.liaises.isEmpty }, "the minutes do not say which post liaises with which group")
        #expect(m.units[index.unit("hq")!].chief == nil)
    }

    @Test("the officials the minutes name, with their titles")
    func people() throws {
        let (m, _) = try load()
        let byName = Dictionary(uniqueKeysWithValues: m.people.map { ($0.name, $0.title ?? "") })
        #expect(
            byName == ["陈江": "区长", "李顺朝": "副区长", "颜静": "副区长", "赵国明": "副区长", "黄杰": "副书记", "黄大龙": "副区长"])
    }

    @Test("the townships of 各乡镇(街道) are Dongchuan's nine real township-level units")
    func townships() throws {
        let (m, index) = try load()
        let t = m.units[try #require(index.unit("townships"))]
        #expect(t.kind == "collective")
        let names = t.members.map { m.name(of: $0.id, index: index) }
        #expect(names == ["铜都街道", "碧谷街道", "汤丹镇", "因民镇", "阿旺镇", "乌龙镇", "红土地镇", "拖布卡镇", "舍块乡"])
    }

    @Test("the assignments of items 一 to 三 with lead, assists, deadline and cadence")
    func duties() throws {
        let (m, index) = try load()
        func duty(_ id: String) throws -> Duty { m.duties[try #require(index.duty(id))] }
        let warn = try duty("poverty-early-warning")
        // 李顺朝副区长牵区扶贫办、各乡镇(街道): the official answers for it (责任领导), the bureau leads the work.
        #expect(warn.leader.map(\.id) == ["li-shunchao"])
        #expect(warn.lead.map(\.id) == ["poverty-office"])
        #expect(warn.assist.map(\.id) == ["townships"])
        #expect(warn.cadence == .monthly)
        #expect(warn.reportTo?.id == "district-government")
        #expect(warn.source == "minutes#一.四")
        let survey = try duty("labour-transfer-survey")
        #expect(survey.leader.map(\.id) == ["yan-jing"])
        #expect(survey.lead.map(\.id) == ["hrss"])
        #expect(survey.assist.map(\.id) == ["townships"])
        #expect(try duty("relocated-employment").lead.map(\.id) == ["resettlement-committee"])
        #expect(try duty("inspection-system").lead.map(\.id) == ["zhao-guoming"])
        let split = try duty("decompose-22-measures")
        #expect(split.lead.map(\.id) == ["development-reform"])
        #expect(split.due == Day(year: 2021, month: 3, day: 10))
        // Every fact carries its source, and every source names a declared document.
        #expect(m.duties.allSatisfy { $0.source != nil })
        #expect(m.units.allSatisfy { $0.source != nil })
        #expect(m.people.allSatisfy { $0.source != nil })
    }

    @Test("check reports the minutes' open points and nothing the minutes settle")
    func openPoints() throws {
        let (m, _) = try load()
        let f = CheckRunner.run(m, options: Self.asOf)
        func subjects(_ check: String) -> Set<String> { Set(f.filter { $0.check == check }.flatMap(\.subjects)) }
        func count(_ check: String) -> Int { f.count { $0.check == check } }
        let unnamedPosts = Set((2...10).map { "sc-\($0)" })
        // The nine posts the minutes leave to the revised notice are one finding, what they lack (chief, office)
        // part of it; 区委's five work groups are context (`scope: context`), not gaps of this decision.
        #expect(subjects("placeholder") == unnamedPosts)
        #expect(count("placeholder") == 1)
        #expect(subjects("unit-without-chief") == ["hq"])
        #expect(subjects("unit-without-office") == ["hq"])
        // 五.三 leaves the pairing of the ten posts with the five groups unstated: one note.
        #expect(subjects("liaison-gap") == unnamedPosts.union(["rural-planning"]))
        #expect(f.filter { $0.check == "liaison-gap" }.map(\.severity) == [.info])
        #expect(
            subjects("duty-without-lead") == [
                "inspection-results-in-assessment", "rural-revitalisation-2021",
                "beautiful-county-town", "ecological-civilisation", "environmental-rectification-2021",
                "post-group-liaison",
            ])
        // One addressee phrase, one note: 各位副区长、全区各级各部门 (six duties of item 一) and 全区各级各部门 alone.
        #expect(subjects("diffuse-lead").contains("study-inspection-regulation"))
        #expect(f.filter { $0.check == "diffuse-lead" }.map(\.count) == [6, 3])
        // What the minutes settle raises nothing; addressing a meeting is not an overlap.
        for settled in [
            "dangling-reference", "wrong-reference-type", "hierarchy-cycle", "count-mismatch",
            "role-conflict", "office-host-invalid", "unknown-source", "check-settings", "duty-multiple-leads",
            "orphan-unit",
        ] {
            #expect(subjects(settled).isEmpty && !f.contains { $0.check == settled }, "\(settled) fired")
        }
        // The one post the minutes name is complete (name, chief, deputy, office): what it still lacks is what 五.三
        // leaves open for all ten posts, its work groups and its duties.
        #expect(
            !f.contains {
                $0.subjects.contains("rural-planning")
                    && !["liaison-gap", "subcommand-without-duties"].contains($0.check)
            })
        #expect(!f.contains { $0.severity == .error })
    }

    @Test("the seed's check fits one screen, the work nobody owns first")
    func oneScreen() throws {
        let (m, _) = try load()
        let f = CheckRunner.run(m, options: Self.asOf)
        let text = TextFindingPrinter(lang: .en, colour: false).render(f)
        let lines = text.split(separator: "\n").dropLast()
        #expect(lines.count <= 25, "\(lines.count) lines before the summary")
        #expect(f.first?.check == "duty-without-lead")
        let order = f.map(\.check)
        func first(_ id: String) -> Int { order.firstIndex(of: id) ?? Int.max }
        #expect(first("duty-without-lead") < first("deadline-passed"))
        #expect(first("deadline-passed") < first("placeholder"))
        #expect(first("placeholder") < first("liaison-gap"))
        #expect(first("liaison-gap") < first("diffuse-lead"))
        // With -v the nine posts are listed under their finding.
        let expanded = TextFindingPrinter(lang: .en, colour: false, expand: true).render(f)
        #expect(expanded.split(separator: "\n").count == lines.count + 1 + f.reduce(0) { $0 + $1.related.count })
    }

    /// The language a printer's golden file is in: English, but for the Markdown table, which is Chinese.
    static let goldenLanguage: [String: Language] = ["markdown": .zh]

    @Test(
        "every printer of the list matches its golden file (seed-check + its first extension) on the seed model",
        arguments: FindingPrinters.formats.map(\.id))
    func printers(_ id: String) throws {
        let (m, _) = try load()
        var model = m
        model.file = "seeds/dongchuan-2021.yaml"
        let f = CheckRunner.run(model, options: Self.asOf)
        let format = try #require(FindingPrinters.format(id))
        let out = FindingPrinters.printer(format, PrinterOptions(lang: Self.goldenLanguage[id] ?? .en)).render(f)
        Golden.expect(out, "Tests/OrgChartCoreTests/Fixtures/golden/seed-check\(format.extensions[0])")
    }
}

/// The corrections of issue 14: the seed says what the minutes say, and says where it reads more.
@Suite("Seed model corrected (issue 14)")
struct SeedCorrectionTests {
    func load() throws -> (Model, ModelIndex) {
        let m = try ModelLoader.load(path: SeedModelTests.path)
        return (m, ModelIndex(m))
    }

    @Test("二.二's further sentences are duties of their own, with candidate leads said to be inferred")
    func inspectionPoint() throws {
        let (m, index) = try load()
        let point = m.duties.filter { $0.source == "minutes#二.二" }
        #expect(point.map(\.id) == ["inspection-system", "supervision-assessment-link", "inspection-coordination"])
        for d in point.dropFirst() {
            #expect(d.note?.contains("ambiguous") == true, "\(d.id) says the minutes are ambiguous")
            #expect(!d.lead.isEmpty)
        }
        #expect(m.duties[try #require(index.duty("inspection-coordination"))].lead.map(\.id) == ["inspection-office"])
    }

    @Test("三's hearings are led by their grammatical subject, and the note says the minutes are ambiguous")
    func hearings() throws {
        let (m, index) = try load()
        let d = m.duties[try #require(index.duty("measures-22-progress-hearings"))]
        #expect(d.lead.map(\.id) == ["development-reform"])
        #expect(d.note?.contains("ambiguous") == true)
    }

    @Test("年终 is a timing, 黄杰's title is as written, the overlaps are noted, the publication date is cited")
    func details() throws {
        let (m, index) = try load()
        let results = m.duties[try #require(index.duty("inspection-results-in-assessment"))]
        #expect(results.due == Day(year: 2021, month: 12, day: 31))
        #expect(results.lead.isEmpty)
        let huang = m.people[try #require(index.person("huang-jie"))]
        #expect(huang.title == "副书记")
        #expect(huang.note?.contains("inferred") == true)
        #expect(
            m.duties[try #require(index.duty("prevent-poverty-relapse"))].note?.contains("poverty-early-warning")
                == true)
        #expect(
            m.duties[try #require(index.duty("poverty-early-warning"))].note?.contains("prevent-poverty-relapse")
                == true)
        let text = try String(contentsOfFile: SeedModelTests.path, encoding: .utf8)
        #expect(text.contains("shared/seeds/SOURCE.md"), "the publication date's source is cited")
    }
}
