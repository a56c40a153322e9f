import Foundation
import OrgChartCore
import Testing

/// The YAML fragment and merging it into models.
@Suite("Extract merge")
struct ExtractMergeTests {
    let seed = "seed-dongchuan-2021-02-25.txt"
    let emptyModel = """
        format: orgchart/1
        organisation:
          name: 东川区实施乡村振兴战略指挥部
          as_of: 2021-02-25
          sources:
            minutes: seed-dongchuan-2021-02-25.txt

        """

    /// Checks only the minutes themselves cause in a merged model.
    /// Findings the minutes themselves cause. `duplicate-duty`: units that 分别 (each) lead one undivided task get a
    /// duty each with the same name, which is the overlap the check is there to show.
    static let causedByMinutes: Set<String> = [
        "duty-without-lead", "diffuse-lead", "duty-multiple-leads", "count-mismatch", "unit-without-chief",
        "unit-without-office", "lead-overload", "placeholder", "duplicate-duty",
        // What the minutes leave open about time and overlap: 定期 with no interval, 每月上报 with no day, the same
        // work given twice, posts asked for duties they do not have.
        "vague-timing", "no-deadline", "near-duplicate-duty", "subcommand-without-duties",
        // The structure approved only in principle (会议原则同意…提交…审议), which the merge writes as
        // organisation.status and pending.
        "pending-approval",
    ]

    func merged(_ minutes: String, into text: String) throws -> (String, Model) {
        let model = try ModelLoader.load(text: text, file: "model.yaml")
        let e = try ExtractFixtures.extract(minutes, model: model)
        let r = try ModelMerger.merge(
            e, into: text, model: model, file: "model.yaml", minutesPath: minutes, sourceName: "minutes")
        return (r.text, try ModelLoader.load(text: r.text, file: "merged.yaml"))
    }

    @Test(
        "the extraction merged into an empty model loads and checks with only the minutes' own findings",
        arguments: ExtractFixtures.minutes)
    func intoEmptyModel(_ minutes: String) throws {
        let (text, model) = try merged(minutes, into: emptyModel)
        // Every byte of the model stays; only the approval's keys may join the organisation block.
        let approval = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.hasPrefix("  status: ") && !$0.hasPrefix("  pending: ")
        }
        #expect(approval.joined(separator: "\n").hasPrefix(emptyModel))
        let findings = CheckRunner.run(model, options: CheckOptions(asOf: Day(year: 2021, month: 2, day: 26)))
        let unexpected = findings.filter { !Self.causedByMinutes.contains($0.check) }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.check): \($0.message.en)" })")
        let e = try ExtractFixtures.extract(minutes)
        #expect(model.duties.count == e.assignments.count)
        // The gaps the extraction reports are the gaps `check` reports.
        #expect(
            findings.filter { $0.check == "duty-without-lead" }.count
                == e.findings.filter { $0.check == "duty-without-lead" }.count)
    }

    @Test("the YAML fragment after a model header is a model")
    func fragment() throws {
        let e = try ExtractFixtures.extract(seed)
        let yaml = ExtractionYAML(minutesPath: seed).render(e)
        let model = try ModelLoader.load(text: emptyModel + yaml, file: "x.yaml")
        #expect(model.duties.count == 26)
        let d = try #require(model.duties.first { $0.source == "minutes#一.四" })
        #expect(d.name == "加强防贫预警机制的动态跟踪和监测")
        #expect(d.cadence == .monthly && d.reportTo?.id == "district-government")
        #expect(d.assist.map(\.id) == ["poverty-alleviation-office", "townships"])
        let rp = try #require(model.units.first { $0.name == "乡村规划分指挥部" })
        #expect(rp.kind == "subcommand" && rp.parent != nil && rp.chief != nil && rp.deputies.count == 1)
        #expect(model.expect.count.map { "\($0.kind)=\($0.count)" } == ["subcommand=10", "workgroup=5"])
        #expect(yaml.contains("# line 5 [person-qian]"))
    }

    @Test("a post holder named only by post becomes a placeholder person, never a lost fact")
    func holderNamedByPost() throws {
        let minutes = """
            【虚构测试数据 INVENTED TEST DATA】
            2023年5月10日，县长刘明主持召开县人民政府第13次常务会议。
            一、关于成立县城市更新工作领导小组
            会议要求，一是成立县城市更新工作领导小组，由刘明县长担任组长，县住建局局长担任副组长，领导小组办公室设在县住建局。
            """
        let e = MinutesExtractor.extract(text: minutes)
        let deputy = try #require(e.structure.first { $0.kind == .deputy })
        #expect(deputy.person?.name == "县住建局局长" && deputy.person?.placeholder == true)
        #expect(deputy.role == "副组长" && deputy.unit?.name == "县城市更新工作领导小组")
        let model = try ModelLoader.load(text: emptyModel + ExtractionYAML(minutesPath: "m.txt").render(e), file: "x")
        let person = try #require(model.people.first { $0.name == "县住建局局长" })
        #expect(person.status == .placeholder)
        #expect(model.units.first { $0.name == "县城市更新工作领导小组" }?.deputies.map(\.id) == [person.id])
        let findings = CheckRunner.run(model, options: CheckOptions(asOf: Day(year: 2023, month: 5, day: 11)))
        #expect(findings.contains { $0.check == "placeholder" && $0.subject == person.id })
    }

    @Test("merging into a model keeps every byte of it and adds only what is new")
    func keepsOriginal() throws {
        let original = try String(contentsOfFile: ExtractFixtures.path("dongchuan-model.yaml"), encoding: .utf8)
        let (text, model) = try merged(seed, into: original)
        // The original lines, in order, with new lines only inserted between them.
        var rest = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        for line in original.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let i = rest.firstIndex(of: line) else {
                Issue.record("original line lost: \(line)")
                return
            }
            rest = rest[(i + 1)...]
        }
        #expect(model.duties.filter { $0.source == "minutes#一.四" }.map(\.id) == ["poverty-early-warning"])
        #expect(model.people.count == 6 && model.units.count == 16)
        #expect(model.duties.count == 26)
        // Merging again adds nothing.
        let again = try ModelLoader.load(text: text, file: "m.yaml")
        let e = try ExtractFixtures.extract(seed, model: again)
        let r = try ModelMerger.merge(
            e, into: text, model: again, file: "m.yaml", minutesPath: seed, sourceName: "minutes")
        #expect(r.text == text)
    }

    @Test("an empty flow list is opened; a full one is refused with a located error; CRLF stays CRLF")
    func listStyles() throws {
        let header = emptyModel + "people: []\nunits:\n- id: x\n  name: 区财政局\n  kind: bureau\nduties: []  # to do\n"
        let (text, model) = try merged("invented-1-spring.txt", into: header)
        #expect(text.hasPrefix(emptyModel))
        #expect(text.contains("\n- id: x\n  name: 区财政局\n  kind: bureau\n- id: "))
        #expect(model.units.first { $0.name == "区财政局" }?.id == "x")
        #expect(model.duties.count == 12)

        let flow = emptyModel + "duties: [{id: a, name: 已有任务}]\n"
        let m = try ModelLoader.load(text: flow, file: "f.yaml")
        let e = try ExtractFixtures.extract(seed, model: m)
        #expect(throws: FileError.self) {
            try ModelMerger.merge(e, into: flow, model: m, file: "f.yaml", minutesPath: seed, sourceName: "minutes")
        }

        let crlf = emptyModel.replacingOccurrences(of: "\n", with: "\r\n")
        let (text2, _) = try merged(seed, into: crlf)
        #expect(text2.hasPrefix(crlf))
        #expect(!text2.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
