import ArgumentParser
import OrgChartCore

#if canImport(Glibc)
    import Glibc
#endif

@main
struct OrgChart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgchart",
        abstract: "Model an organisation as a graph, check it, chart it, compare restructurings.",
        discussion: """
            A model is one YAML file (see docs/model-format.md). Messages are in Chinese or English (--lang, \
            default from LANG). Exit codes: 0 success, 1 findings at the failing severity, 2 bad input or usage.
            """,
        version: OrgChartVersion.string,
        subcommands: [
            Check.self, Checks.self, Matrix.self, Render.self, Diff.self, Report.self, Extract.self, Import.self,
            Generate.self, Tasks.self, Notice.self,
        ]
    )

    /// Runs the command; usage errors exit 2 (not argument-parser's 64) so that 2 always means "bad input".
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
