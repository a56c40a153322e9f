import OrgChartCore
import Testing

/// What `diff` says about posts, office heads, 责任领导 and the duties that move with a merger.
@Suite("Diff: posts, office heads, leaders, duties moving with a merger")
struct PostsDiffTests {
    static let before = """
        format: orgchart/1
        organisation: {name: 兴业县抗震救灾指挥部}
        people:
          - {id: wang, name: 王某}
          - {id: li, name: 李某}
        posts:
          - {id: exec-deputy, title: 常务副县长, holder: wang}
          - {id: emergency-director, title: 局长, unit: emergency}
          - {id: old-post, title: 副主任, unit: fire}
        units:
          - {id: hq, name: 兴业县抗震救灾指挥部, kind: headquarters, chief: exec-deputy}
          - {id: hq-office, name: 指挥部办公室, kind: office, parent: hq, host: emergency, chief: emergency-director}
          - {id: emergency, name: 县应急管理局, kind: bureau}
          - {id: quake, name: 县地震局, kind: bureau}
          - {id: fire, name: 县消防救援大队, kind: armed-forces}
        duties:
          - {id: drill, name: 组织应急演练, leader: exec-deputy, lead: quake}
          - {id: monitor, name: 地震监测, lead: quake}
          - {id: rescue, name: 消防救援, lead: fire}
        """

    static let after = """
        format: orgchart/1
        organisation: {name: 兴业县抗震救灾指挥部}
        people:
          - {id: wang, name: 王某}
          - {id: li, name: 李某}
        posts:
          - {id: exec-deputy, title: 常务副县长, holder: li}
          - {id: emergency-director, title: 局长, unit: emergency}
          - {id: centre-director, title: 主任, unit: emergency}
        units:
          - {id: hq, name: 兴业县抗震救灾指挥部, kind: headquarters, chief: exec-deputy}
          - id: hq-office
            name: 指挥部办公室
            kind: office
            parent: hq
            host: emergency
            chief: [emergency-director, centre-director]
          - {id: emergency, name: 县应急管理局, kind: bureau, replaces: [emergency, quake]}
          - {id: fire, name: 县消防救援大队, kind: armed-forces}
        duties:
          - {id: drill, name: 组织应急演练, leader: emergency-director, lead: emergency}
          - {id: monitor, name: 地震监测, lead: emergency}
          - {id: rescue, name: 消防救援, lead: fire}
        """

    static func diff() throws -> ModelDiff {
        ModelDiff(
            before: try Fixtures.model(before, file: "before.yaml"),
            after: try Fixtures.model(after, file: "after.yaml"),
            options: CheckOptions(asOf: Day(year: 2022, month: 6, day: 1)))
    }

    func messages(_ d: ModelDiff, _ kind: ChangeKind, _ lang: Language = .en) -> [String] {
        d.changes.filter { $0.change == kind }.map { $0.text(lang) }
    }

    @Test("posts added, removed and changing holder are changes, in both languages")
    func posts() throws {
        let d = try Self.diff()
        #expect(messages(d, .postAdded) == ["new post 县应急管理局主任"])
        #expect(messages(d, .postAdded, .zh) == ["新增职务:县应急管理局主任"])
        #expect(messages(d, .postRemoved) == ["post 县消防救援大队副主任 is removed"])
        #expect(messages(d, .postHolderChanged) == ["常务副县长: held by 王某 → 李某"])
        #expect(messages(d, .postHolderChanged, .zh) == ["常务副县长任职人:王某 → 李某"])
        // The chief is the post: its holder changing is not a chief change.
        #expect(messages(d, .chiefChanged).isEmpty)
    }

    @Test("an office's head changing is an office-head change")
    func officeHead() throws {
        let d = try Self.diff()
        #expect(messages(d, .officeHeadChanged) == ["指挥部办公室: head 县应急管理局局长 → 县应急管理局局长, 县应急管理局主任"])
        #expect(messages(d, .officeHeadChanged, .zh) == ["“指挥部办公室”主任:县应急管理局局长 → 县应急管理局局长、县应急管理局主任"])
    }

    @Test("the 责任领导 changing is a leader change")
    func leader() throws {
        let d = try Self.diff()
        #expect(messages(d, .dutyLeaderChanged) == ["“组织应急演练”: leader (责任领导) 常务副县长 王某 → 县应急管理局局长"])
    }

    @Test("a merger says which duties move with it, in its line and in JSON")
    func merger() throws {
        let d = try Self.diff()
        let merge = try #require(d.changes.first { $0.change == .unitMerged })
        #expect(merge.moved.map(\.id) == ["drill", "monitor"])
        #expect(merge.text(.en).hasSuffix("; the duties they led move with them: “组织应急演练”, “地震监测”"))
        #expect(merge.text(.zh).contains("原由其牵头的职责随之转入:“组织应急演练”、“地震监测”"))
        #expect(TextDiffPrinter(lang: .en).render(d).contains("move with them: “组织应急演练”"))
        // The moved duties are not reported as lead changes as well.
        #expect(messages(d, .dutyLeadChanged).isEmpty)
    }
}
