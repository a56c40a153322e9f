import Foundation
import OrgChartCore
import Testing

/// docs/extract.md holds the notice rule table generated from `NoticeRules` (`ORGCHART_RECORD=1` rewrites it).
@Suite("Notice docs")
struct NoticeDocsTests {
    @Test("docs/extract.md holds the notice rule table generated from the rules")
    func docs() throws {
        let path = Fixtures.repository.appendingPathComponent("docs/extract.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let begin = "<!-- notice-rules:begin (generated from NoticeRules) -->\n"
        let end = "<!-- notice-rules:end -->"
        let start = try #require(text.range(of: begin))
        let stop = try #require(text.range(of: end))
        let table = NoticeRules.markdown()
        if Fixtures.recording {
            try (String(text[..<start.upperBound]) + table + String(text[stop.lowerBound...]))
                .write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[start.upperBound..<stop.lowerBound]) == table)
    }
}
