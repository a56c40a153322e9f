import Foundation
import OrgChartCore

/// Paths and helpers the core tests share.
enum Fixtures {
    /// The folder of the core tests' fixtures.
    static var directory: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    /// The repository root (for seeds/ and docs/).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Whether golden files should be re-recorded (`ORGCHART_RECORD=1`).
    static var recording: Bool { ProcessInfo.processInfo.environment["ORGCHART_RECORD"] == "1" }

    /// Loads a model from text or fails the test with its errors.
    static func model(_ text: String, file: String = "test.yaml") throws -> Model {
        do {
            return try ModelLoader.load(text: text, file: file)
        } catch {
            throw ModelLoadError(
                description: error.errors.map { TextFindingPrinter(lang: .en, colour: false).line($0) }
                    .joined(separator: "\n"))
        }
    }

    /// Compares text with a golden file, or records it when `ORGCHART_RECORD=1`. Returns nil when they match.
    static func golden(_ text: String, _ url: URL) throws -> String? {
        if recording || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return recording ? nil : "golden file \(url.lastPathComponent) was missing and has been recorded"
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        return expected == text
            ? nil : "differs from \(url.lastPathComponent):\n--- expected\n\(expected)\n--- actual\n\(text)"
    }
}

struct ModelLoadError: Error, CustomStringConvertible {
    var description: String
}
