import Foundation
@testable import OrgChartCore
import TestSupport
import Testing

/// docs/extract.md holds the notice rule table generated from `NoticeRules` (`ORGCHART_RECORD=1` rewrites it).
@Suite("Notice docs")
struct NoticeDocsTests {
    @Test("docs/extract.md holds the notice rule table generated from the rules")
    func docs() {
        Golden.expect(
            section: NoticeRules.markdown(), of: "docs/extract.md",
            between: "<!-- notice-rules:begin (generated from NoticeRules) -->\n", and: "<!-- notice-rules:end -->")
    }
}
