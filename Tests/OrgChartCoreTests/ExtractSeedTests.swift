import Foundation
@testable import OrgChartCore
import Testing

/// The seed minutes: every assignment the issue names, items 一 to 五, the structure, and name resolution.
@Suite("Extract seed minutes")
struct ExtractSeedTests {
    let seed = "seed-dongchuan-2021-02-25.txt"

    func assignment(_ e: Extraction, _ source: String, lead: String) -> Assignment? {
        e.assignments.first { $0.location.path == source && $0.lead.map(\.name) == [lead] }
    }

    @Test("the issue's assignments are read with lead, assists, deadline, cadence, report target and source")
    func issueExamples() throws {
        let e = try ExtractFixtures.extract(seed)
        #expect(e.meetingDate == Day(year: 2021, month: 2, day: 25))

        let a = try #require(assignment(e, "一.四", lead: "李顺朝"))
        #expect(a.lead.first?.title == "副区长")
        #expect(a.assist.map(\.name) == ["区扶贫办", "各乡镇(街道)"])
        #expect(a.task == "加强防贫预警机制的动态跟踪和监测")
        #expect(a.cadence == .monthly)
        #expect(a.reportTo?.name == "区人民政府")
        #expect(a.location.line == 5)
        #expect(a.rule == .personQian)

        let b = try #require(assignment(e, "一.五", lead: "颜静"))
        #expect(b.assist.map(\.name) == ["区人社局", "各乡镇(街道)"])
        #expect(b.task == "持续开展劳动力转移就业调查工作")
        #expect(b.cadence == .monthly && b.reportTo?.name == "区人民政府")

        let c = try #require(assignment(e, "一.六", lead: "移民新区管委会"))
        #expect(c.task == "持续做好易地扶贫搬迁群众就业再就业工作")
        #expect(c.cadence == .monthly && c.reportTo?.name == "区人民政府")

        let d = try #require(assignment(e, "二.二", lead: "赵国明"))
        #expect(d.task.hasPrefix("建立健全分解督办、审核反馈、回访复核、情况通报、结果运用等督查工作制度"))
        #expect(d.rule == .leadQiantou)

        let f = try #require(assignment(e, "二.三", lead: "区政府督查室"))
        #expect(f.task == "制定2021年政府督查工作重点、计划和清单")

        let g = try #require(assignment(e, "三", lead: "区发展改革局"))
        #expect(g.task == "将《意见》进行分解,每条措施明确责任领导、责任单位、责任人")
        #expect(g.due == Day(year: 2021, month: 3, day: 10))
        #expect(g.location.line == 13)

        let h = try #require(assignment(e, "五", lead: "区农业农村局"))
        #expect(h.reportTo?.name == "区委常委会")
    }

    @Test("item 四's tasks without an owner are duty-without-lead findings, located in the minutes")
    func ownerless() throws {
        let e = try ExtractFixtures.extract(seed)
        let gaps = e.findings.filter { $0.check == "duty-without-lead" }
        let sources = gaps.compactMap { f in e.assignments.first { $0.dutyID == f.subject }?.location.path }
        #expect(sources.filter { $0.hasPrefix("四.") } == ["四.一", "四.二", "四.三"])
        let tasks = e.assignments.filter { $0.location.item == "四" && $0.lead.isEmpty }.map(\.task)
        #expect(tasks == ["全面推进乡村振兴", "全面建设“美丽县城”", "全面提升生态文明建设"])
        #expect(e.assignments.first { $0.location.path == "四.三" }?.due == Day(year: 2021, month: 12, day: 31))
        #expect(gaps.allSatisfy { $0.file == seed && [9, 13, 17, 19].contains($0.mark?.line ?? 0) })
        // 二's 会议强调, 三's 年内定期听取…汇报 (who hears is not said) and 五.三's liaison have no owner either.
        #expect(Set(sources) == ["二", "三", "四.一", "四.二", "四.三", "五.三"])
        // Collective owners are diffuse.
        let diffuse = Set(
            e.findings.filter { $0.check == "diffuse-lead" }.flatMap(\.subjects).compactMap { s in
                e.assignments.first { $0.dutyID == s }?.location.path
            })
        #expect(diffuse == ["一.一", "一.二", "一.三", "二.一", "三", "四"])
    }

    @Test("the structure of item 五: chief, deputy, office, parent, counts and liaison")
    func structure() throws {
        let e = try ExtractFixtures.extract(seed)
        func fact(_ k: StructureFact.Kind) -> StructureFact? { e.structure.first { $0.kind == k } }
        #expect(fact(.chief)?.person?.name == "黄杰" && fact(.chief)?.unit?.name == "乡村规划分指挥部")
        #expect(fact(.chief)?.role == "分指挥长")
        #expect(fact(.deputy)?.person?.name == "黄大龙" && fact(.deputy)?.role == "副分指挥长")
        #expect(fact(.office)?.other?.name == "区自然资源局")
        #expect(fact(.parent)?.other?.name == "东川区实施乡村振兴战略指挥部")
        let counts = e.structure.filter { $0.kind == .count }
        #expect(
            counts.map { "\($0.unitKind ?? ""):\($0.from.map(String.init) ?? "")→\($0.count ?? 0)" }
                == ["subcommand:14→10", "workgroup:→5"])
        #expect(fact(.liaison)?.location.path == "五.三")
        #expect(fact(.chair)?.person?.name == "陈江")
    }

    @Test("with --model every official and body resolves, short forms and aliases included")
    func resolution() throws {
        let model = try ExtractFixtures.model()
        let e = try ExtractFixtures.extract(seed, model: model)
        #expect(e.unresolved.isEmpty, "\(e.unresolved.map(\.name))")
        var ids: [String: String] = [:]
        for p in e.people + e.units { ids[p.name] = p.id }
        #expect(ids["李顺朝"] == "li-shunchao" && ids["黄杰"] == "huang-jie" && ids["陈江"] == "chen-jiang")
        #expect(ids["区人社局"] == "hr-social-security")
        #expect(ids["区扶贫办"] == "poverty-office")
        #expect(ids["区发展改革局"] == "development-reform")
        #expect(ids["移民新区管委会"] == "resettlement-committee")
        #expect(ids["区人民政府"] == "district-government")
        #expect(ids["区自然资源局"] == "natural-resources")
        #expect(ids["区委常委会"] == "standing-committee")
        #expect(ids["各乡镇(街道)"] == "townships" && ids["全区各级各部门"] == "all-departments")
        // The duty the model already has is not proposed again.
        let plan = ExtractionPlan(e, model: model, sourceName: "minutes")
        #expect(plan.existing.map(\.modelID) == ["poverty-early-warning"])
        #expect(plan.people.isEmpty && plan.units.isEmpty)
    }

    @Test("a name the model lacks is listed as unresolved with a proposed id")
    func unresolved() throws {
        var model = try ExtractFixtures.model()
        model.people.removeAll { $0.id == "yan-jing" }
        let e = try ExtractFixtures.extract(seed, model: model)
        #expect(e.unresolved.map(\.name) == ["颜静"])
        #expect(e.unresolved.first?.location.path == "一.五")
    }

    @Test("JSON keeps the issue's field names")
    func json() throws {
        let e = try ExtractFixtures.extract(seed)
        let text = e.json(.en).serialized()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["assignments", "structure", "findings", "unresolved"] { #expect(root[key] != nil, "\(key)") }
        let first = try #require(
            (root["assignments"] as? [[String: Any]])?.first { ($0["id"] as? String) == "duty-1-4" })
        for key in ["lead", "assist", "task", "due", "cadence", "report_to", "source"] {
            #expect(first.keys.contains(key))
        }
        let source = try #require(first["source"] as? [String: Any])
        #expect(source["item"] as? String == "一" && source["point"] as? String == "四" && source["line"] as? Int == 5)
        #expect((first["lead"] as? [String: Any])?["name"] as? String == "李顺朝")
    }
}

/// Once the project's seed model is in the tree: the minutes resolve against it completely.
@Suite("Extract against the seed model")
struct ExtractSeedModelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardized
    static let model = root.appendingPathComponent("seeds/dongchuan-2021.yaml").path
    static let minutes = root.appendingPathComponent("seeds/dongchuan-2021-02-25-minutes.txt").path
    static let present =
        FileManager.default.fileExists(atPath: model)
        && FileManager.default.fileExists(atPath: minutes)

    @Test("every official and body of the minutes resolves in seeds/dongchuan-2021.yaml", .enabled(if: present))
    func resolves() throws {
        let model = try ModelLoader.load(path: Self.model)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.minutes)))
        let e = try MinutesExtractor.extract(bytes: bytes, file: Self.minutes, options: ExtractOptions(model: model))
        #expect(e.unresolved.isEmpty, "\(e.unresolved.map(\.name))")
        let plan = ExtractionPlan(e, model: model, sourceName: "minutes")
        print("extract vs seed model: \(plan.existing.count) of \(e.assignments.count) assignments already there")
    }
}
