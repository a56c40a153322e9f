import Foundation
import OrgChartCore
import OrgChartRender
import Testing

/// Shared fixtures: the sample model and the folder of golden files.
enum Fixtures {
    /// The folder of golden files as copied into the test bundle (for the sample model).
    static var goldenBundleFolder: URL {
        Bundle.module.url(forResource: "Golden", withExtension: nil)!
    }

    /// The folder of golden files in the source tree, from the repository root (for `Golden.expect`).
    static let golden = "Tests/OrgChartRenderTests/Golden/"

    /// The root of the package (two levels above this file).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The sample model (Dongchuan-shaped) from `Golden/sample.yaml`.
    static func sample() throws -> Model {
        let path = goldenBundleFolder.appendingPathComponent("sample.yaml").path
        return try ModelLoader.load(path: path)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
