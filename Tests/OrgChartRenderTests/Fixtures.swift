import Foundation
import OrgChartCore
import OrgChartRender
import Testing

/// Shared fixtures: the sample model, golden files, and a switch to re-record them.
enum Fixtures {
    /// The folder of golden files as copied into the test bundle.
    static var goldenBundleFolder: URL {
        Bundle.module.url(forResource: "Golden", withExtension: nil)!
    }

    /// The folder of golden files in the source tree, where `ORGCHART_RECORD=1` writes them.
    static var goldenSourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// The root of the package (two levels above this file).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["ORGCHART_RECORD"] == "1" }

    /// The sample model (Dongchuan-shaped) from `Golden/sample.yaml`.
    static func sample() throws -> Model {
        let path = goldenBundleFolder.appendingPathComponent("sample.yaml").path
        return try ModelLoader.load(path: path)
    }

    /// Compares `text` with the golden file `name`, or writes it when recording.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try text.write(to: goldenSourceFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            return
        }
        let url = goldenBundleFolder.appendingPathComponent(name)
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(name); run with ORGCHART_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let x = line < a.count ? Array(a[line]) : []
            let y = line < b.count ? Array(b[line]) : []
            let column = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
            func around(_ c: [Character]) -> String {
                c.isEmpty ? "<end>" : String(c[max(0, column - 40)..<min(c.count, column + 60)])
            }
            Issue.record(
                """
                \(name) differs from the golden file at line \(line + 1), column \(column + 1) \
                (re-record with ORGCHART_RECORD=1 if the change is intended):
                expected: …\(around(x))
                actual:   …\(around(y))
                """, sourceLocation: sourceLocation)
        }
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
