import Foundation
import OrgChartCore
import OrgChartRender
import Testing

/// The real notices modelled in `seeds/notices/`: they load, check with no error, and draw what they say.
@Suite("Real notices modelled (seeds/notices)")
struct NoticeModelsTests {
    static let models = [
        "seeds/notices/02-xingye-earthquake-hq.yaml", "seeds/notices/05-shanghai-new-towns-leading-group.yaml",
        "seeds/notices/07-longsheng-earthquake-workgroups.yaml",
    ]

    static func load(_ path: String) throws -> Model {
        try ModelLoader.load(path: Fixtures.packageRoot.appendingPathComponent(path).path)
    }

    static func dot(_ path: String) throws -> String {
        DOTWriter.write(try ChartBuilder.build(try load(path), options: ChartOptions(lang: .zh)))
    }

    @Test("each loads, checks with no error and no warning, and its sources are described", arguments: models)
    func checks(_ path: String) throws {
        let m = try Self.load(path)
        let findings = CheckRunner.run(m, options: CheckOptions(asOf: Day(year: 2024, month: 1, day: 1)))
        #expect(findings.filter { $0.severity >= .warning }.isEmpty, "\(findings.map(\.message.en))")
        #expect(m.organisation.sources.allSatisfy { $0.isDescribed && !$0.path.isEmpty })
        for s in m.organisation.sources {
            #expect(FileManager.default.fileExists(atPath: Fixtures.packageRoot.appendingPathComponent(s.path).path))
        }
        #expect(!m.posts.isEmpty)
    }

    @Test("兴业: the 指挥长 and the office's two heads are drawn by post, the members end in 等")
    func xingye() throws {
        let dot = try Self.dot(Self.models[0])
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("指挥长") && $0.contains("县委常委、常务副县长") })
        #expect(lines.contains { $0.contains("主任") && $0.contains(">县应急管理局局长<") })
        #expect(lines.contains { $0.contains(">县地震监测服务中心主任<") })
        #expect(dot.contains("武警兴业中队分管领导等"))
        #expect(!dot.contains("待定"), "nothing the notice settles is provisional")
    }

    @Test("上海: the group's heads and the office head are drawn as posts with their holders")
    func shanghai() throws {
        let dot = try Self.dot(Self.models[1])
        #expect(dot.contains("市长 龚正"))
        #expect(dot.contains("市规划资源局局长 徐毅松"))
        let office = try #require(dot.split(separator: "\n").firstIndex { $0.contains("\"group-office\" [") })
        let box = dot.split(separator: "\n")[office..<(office + 5)].joined(separator: "\n")
        #expect(box.contains("主任") && box.contains("市规划资源局局长 徐毅松"))
    }

    @Test("龙胜: every group's 组长 is the 负责人 of a unit")
    func longsheng() throws {
        let dot = try Self.dot(Self.models[2])
        for head in ["县市容局负责人", "县公安局负责人", "武警龙胜县中队负责人", "县公安局消防大队负责人", "县发展和改革局负责人"] {
            #expect(dot.contains(head), "\(head)")
        }
        #expect(dot.contains("龙胜汽车总站等"))
    }
}
