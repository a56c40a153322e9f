import Foundation
import Testing

@testable import OrgChartCore

/// A notice's draft added to an existing model through the merge path minutes use.
@Suite("Notice merge")
struct NoticeMergeTests {
    @Test("a notice merges into a model: new people and units appended, known units resolved, the result loads")
    func merge() throws {
        let base = """
            format: orgchart/1
            organisation: {name: 上海市}
            units:
              - id: planning
                name: 市规划资源局
                kind: bureau
            """
        let model = try Fixtures.model(base)
        let notice = """
            上海市人民政府办公厅关于成立上海市新城规划建设推进协调领导小组的通知
            组 长:龚 正 市长
            成 员:徐毅松 市规划资源局局长
            领导小组下设办公室(设在市规划资源局),办公室主任由徐毅松同志兼任。
            """
        let (e, notes) = NoticeExtractor.resolved(NoticeExtractor.extract(text: notice), against: model)
        // 领导小组 is a built-in kind (issue 14): the group keeps it, with nothing to map.
        #expect(!notes.contains { $0.en.contains("leading-group") })
        let host = try #require(e.structure.first { $0.kind == .office }?.other)
        #expect(host.id == "planning" && host.resolved)
        let merged = try ModelMerger.merge(
            e, into: base + "\n", model: model, file: "m.yaml", minutesPath: "n.txt", sourceName: "notice")
        let back = try Fixtures.model(merged.text)
        let group = try #require(back.units.first { $0.name == "上海市新城规划建设推进协调领导小组" })
        #expect(group.kind == "leading-group" && group.office?.id == "planning" && group.members.count == 1)
        #expect(back.units.contains { $0.name.hasSuffix("领导小组办公室") && $0.parent?.id == group.id })
        #expect(merged.text.hasPrefix(base))
    }
}
