import Foundation
@testable import OrgChartCore
import Testing

/// `extract` reads a structure approved only in principle (会议原则同意《关于成立…的通知》…提交…审议) and `--merge`
/// writes it as `organisation.status` and `pending`, which `pending-approval` then reports.
@Suite("Approval in principle")
struct ApprovalTests {
    @Test("the seed minutes approve the notice setting up the headquarters in principle, pending 区委常委会")
    func seed() throws {
        let e = try ExtractFixtures.extract("seed-dongchuan-2021-02-25.txt")
        let a = try #require(e.approval)
        #expect(a.status == .approvedInPrinciple)
        #expect(a.pending == "按程序提交区委常委会审议")
        #expect(a.location.path == "五" && a.location.line == 20)
    }

    /// Sentences of the real minutes in seeds/real-minutes that approve other documents in principle.
    @Test(
        "a 原则同意 of a document that sets up no body is not read",
        arguments: [
            "会议原则同意县卫生和计划生育局提出的迎接国家卫生县城复审工作任务分解方案，按程序报县委常委会研究。",
            "会议原则通过了《广州市创建全国垃圾分类示范城市万人行工作方案》，要求市有关部门根据会议审议意见修改完善后，报市委常委会审议。",
            "会议原则同意了区本级2016年政府性债务收支计划。",
            "会议原则同意大足石刻文创园创建国家级文化产业示范园区行动计划（2023—2026年）（送审稿）。",
        ])
    func otherDocuments(_ sentence: String) {
        let e = MinutesExtractor.extract(text: "2021年3月1日，县长主持召开会议。\n一、测试\n" + sentence + "\n")
        #expect(e.approval == nil)
    }

    @Test("a plan adjusting a leading group approved in principle, awaiting the city government's decision")
    func adjustment() throws {
        let e = MinutesExtractor.extract(
            text: "2023年5月8日，市长主持召开会议。\n一、测试\n会议原则通过《市防汛抗旱指挥部成员调整方案》，修改后报市政府审定。\n")
        #expect(e.approval?.pending == "报市政府审定")
        #expect(e.approval?.location.path == "一")
    }

    @Test(
        "--merge writes status and pending into a block organisation, keeps a model's own, and says so for flow style")
    func merge() throws {
        let minutes = "seed-dongchuan-2021-02-25.txt"
        let block = "format: orgchart/1\norganisation:\n  name: 指挥部\n  sources:\n    minutes: m.txt\n"
        let model = try ModelLoader.load(text: block, file: "m.yaml")
        let e = try ExtractFixtures.extract(minutes, model: model)
        let r = try ModelMerger.merge(
            e, into: block, model: model, file: "m.yaml", minutesPath: minutes, sourceName: "minutes")
        let lines = r.text.split(separator: "\n").map(String.init)
        #expect(lines[5].hasPrefix("  status: approved-in-principle  # minutes#五: 会议原则同意《关于成立"))
        #expect(lines[6] == "  pending: 按程序提交区委常委会审议  # minutes#五")
        let merged = try ModelLoader.load(text: r.text, file: "merged.yaml")
        #expect(merged.organisation.status == .approvedInPrinciple)
        #expect(CheckRunner.run(merged, only: ["pending-approval"]).count == 1)

        let own = block + "  status: approved\n"
        let kept = try ModelMerger.merge(
            e, into: own, model: try ModelLoader.load(text: own, file: "m.yaml"), file: "m.yaml",
            minutesPath: minutes, sourceName: "minutes")
        #expect(kept.text.hasPrefix(own))
        #expect(kept.notes.contains { $0.en.contains("are kept as they are") })

        let flow = "format: orgchart/1\norganisation: {name: 指挥部}\n"
        let f = try ModelMerger.merge(
            e, into: flow, model: try ModelLoader.load(text: flow, file: "m.yaml"), file: "m.yaml",
            minutesPath: minutes, sourceName: "minutes")
        #expect(f.text.hasPrefix(flow))
        #expect(f.notes.contains { $0.en.contains("written in flow style") })
    }
}
