import Foundation
import Testing

/// Golden files: expected output committed in the source tree, compared byte for byte, and re-recorded only when
/// the run says so with `ORGCHART_RECORD=1`. Every test target uses this one helper, for every golden file (printer
/// output, DOT, the bad-input corpus's `.expected` files, the generated docs).
///
/// - A golden file is read from the source tree (never from the test bundle's copy), by its path from the
///   repository root.
/// - A missing or different golden file fails the test, saying where the first difference is and how to
///   re-record.
/// - With `ORGCHART_RECORD=1`, a missing or different golden file is written, and the test still fails, saying it
///   recorded: a recording run is never green, so a recording cannot pass unnoticed. Review the change with
///   `git diff`, then run the tests again without the variable.
public enum Golden {
    /// The repository root (this file is `Tests/TestSupport/Golden.swift`).
    public static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Whether this run re-records golden files (`ORGCHART_RECORD=1`).
    public static var recording: Bool { ProcessInfo.processInfo.environment["ORGCHART_RECORD"] == "1" }

    /// The text of a golden file, by its path from the repository root; nil when there is none.
    public static func text(_ path: String) -> String? {
        try? String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
    }

    /// Expects `actual` to be the content of the golden file at `path` (from the repository root). `also` names
    /// another way to regenerate it, for the failure message (e.g. a command of `orgchart`).
    public static func expect(
        _ actual: String, _ path: String, also: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = text(path)
        if expected == actual { return }
        let how =
            "if the change is intended, re-record with `ORGCHART_RECORD=1 swift test` and review `git diff`"
            + (also.map { " (or: \($0))" } ?? "")
        if recording {
            do {
                let url = repository.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
                Issue.record(
                    "recorded \(path) (ORGCHART_RECORD=1): review `git diff`, then run again without it",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record("golden file \(path) is missing; \(how)", sourceLocation: sourceLocation)
            return
        }
        Issue.record(
            "\(path) differs from the output at \(firstDifference(expected, actual)); \(how)",
            sourceLocation: sourceLocation)
    }

    /// Expects `actual` to be what stands between the lines `begin` and `end` in the file at `path` (a generated
    /// section of a hand-written document); recording replaces that section only.
    public static func expect(
        section actual: String, of path: String, between begin: String, and end: String, also: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let whole = text(path), let start = whole.range(of: begin),
            let stop = whole.range(of: end, range: start.upperBound..<whole.endIndex)
        else {
            Issue.record("\(path) lacks the markers \(begin) … \(end)", sourceLocation: sourceLocation)
            return
        }
        let spliced = String(whole[..<start.upperBound]) + actual + String(whole[stop.lowerBound...])
        expect(spliced, path, also: also, sourceLocation: sourceLocation)
    }

    /// Where two texts first differ, with a little of each around it.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let x = line < a.count ? Array(a[line]) : []
        let y = line < b.count ? Array(b[line]) : []
        let column = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
        func around(_ c: [Character]) -> String {
            c.isEmpty ? "<end>" : String(c[max(0, column - 40)..<min(c.count, max(0, column - 40) + 100)])
        }
        return """
            line \(line + 1), column \(column + 1) (expected \(expected.utf8.count) bytes, got \(actual.utf8.count))
            expected: …\(around(x))
            actual:   …\(around(y))
            """
    }
}
