@testable import OrgChartCore

/// Fixture files of the diff tests, read from the source tree.
enum DiffFixtures {
    /// The folder `Fixtures/diff` next to this file.
    static let folder: String = {
        let file = #filePath
        let dir = file[..<file.lastIndex(of: "/")!]
        return dir + "/Fixtures/diff"
    }()

    /// The folder of the diff's golden files, from the repository root (for `Golden.expect`).
    static let golden = "Tests/OrgChartCoreTests/Fixtures/diff/golden/"

    /// The text of a fixture file.
    static func text(_ name: String) throws -> String {
        String(decoding: try FileIO.read(folder + "/" + name), as: UTF8.self)
    }

    /// Loads a fixture model; findings name it by its bare file name.
    static func model(_ name: String) throws -> Model {
        try ModelLoader.load(text: text(name), file: name)
    }

    /// Loads a model from text.
    static func model(text: String, file: String) throws -> Model {
        try ModelLoader.load(text: text, file: file)
    }

    /// The worked example: 14 sub-command posts restructured into 10, checked as of 2021-03-01.
    static func example() throws -> ModelDiff {
        ModelDiff(
            before: try model("before14.yaml"), after: try model("after10.yaml"),
            options: CheckOptions(asOf: Day(year: 2021, month: 3, day: 1)))
    }
}
