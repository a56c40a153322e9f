import Foundation
@testable import OrgChartCore

/// Paths and helpers the core tests share.
enum Fixtures {
    /// The folder of the core tests' fixtures.
    static var directory: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    /// The repository root (for seeds/ and docs/).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

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
}

struct ModelLoadError: Error, CustomStringConvertible {
    var description: String
}
