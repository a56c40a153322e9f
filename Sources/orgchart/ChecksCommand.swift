import ArgumentParser
import OrgChartCore

struct Checks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the checks of the catalog with their ids, severities and descriptions.",
        discussion: "`orgchart checks --format markdown > docs/checks.md` regenerates the documentation.")

    enum Format: String, ExpressibleByArgument { case text, json, markdown }

    @Option(name: .shortAndLong, help: "text, json or markdown.")
    var format: Format = .text

    @OptionGroup var options: GlobalOptions

    func run() throws {
        switch format {
        case .text: print(CheckDocumentation.text(options.language), terminator: "")
        case .json: print(CheckDocumentation.json(), terminator: "")
        case .markdown: print(CheckDocumentation.markdown(), terminator: "")
        }
    }
}
