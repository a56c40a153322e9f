import Foundation
@testable import OrgChartCore
import TestSupport
import Testing

/// The pages of docs/ generated from the code, and the error codes they document. `ORGCHART_RECORD=1 swift test
/// --filter Documentation` regenerates the pages.
@Suite("Documentation")
struct DocumentationTests {
    @Test("docs/checks.md is generated from the check types and is up to date")
    func checks() {
        Golden.expect(
            CheckDocumentation.markdown(), "docs/checks.md",
            also: "`orgchart checks --format markdown > docs/checks.md`")
    }

    @Test("docs/errors.md is generated from ErrorCode and is up to date")
    func errors() {
        Golden.expect(ErrorDocumentation.markdown(), "docs/errors.md")
    }

    @Test("error codes are unique and kebab-case, each described in both languages on one table line")
    func errorCodes() {
        let ids = ErrorCode.allCases.map(\.id)
        #expect(Set(ids).count == ids.count)
        for code in ErrorCode.allCases {
            #expect(code.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(code.id)")
            for text in [code.summary.en, code.summary.zh] {
                #expect(!text.isEmpty && !text.contains("|") && !text.contains("\n"), "\(code.id): \(text)")
            }
        }
    }

    /// The bad-input corpus shows the codes users meet; each is one of `ErrorCode`.
    @Test("every code of the bad-input corpus is an ErrorCode")
    func corpusCodes() throws {
        let folder = Fixtures.repository.appendingPathComponent("Tests/OrgChartCoreTests/Fixtures/bad")
        var seen = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".expected") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: #/: (?:error|warning): \[([a-z-]+)\]/#) { seen.insert(String(match.1)) }
        }
        #expect(seen.count >= 10)
        #expect(seen.subtracting(ErrorCode.allCases.map(\.id)).isEmpty, "\(seen.sorted())")
    }

    /// Findings are made with an `ErrorCode` or a check's `id`, never with a string literal that could drift.
    @Test("no finding in Sources is made with a literal check id")
    func noLiteralIDs() throws {
        let root = Fixtures.repository
        let walker = try #require(FileManager.default.enumerator(atPath: root.appendingPathComponent("Sources").path))
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: root.appendingPathComponent("Sources/" + path), encoding: .utf8)
            #expect(!text.contains(#/check: "[a-z-]+"/#), "Sources/\(path) makes a finding with a literal id")
        }
    }
}
