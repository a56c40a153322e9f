import ArgumentParser
import OrgChartCore

@main
struct OrgChart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgchart",
        abstract: "Model an organisation as a graph, check it, chart it, compare restructurings.",
        discussion: """
            A model is one YAML file (see docs/model-format.md). Exit codes: 0 success, 1 findings at the \
            failing severity, 2 bad input or usage.
            """,
        version: OrgChartVersion.string,
        subcommands: [Check.self, Checks.self, Matrix.self, Extract.self]
    )
}
