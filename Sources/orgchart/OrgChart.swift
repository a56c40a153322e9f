import ArgumentParser
import OrgChartCore

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
        // An interrupted write leaves no temporary file; running out of memory under a limit exits 2 with a message.
        SignalCleanup.install(zh: Language.fromEnvironment(ProcessEnvironment.locale) == .zh)
        let arguments = Array(CommandLine.arguments.dropFirst())
        let zh: Bool = {
            if let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count { return arguments[i + 1] == "zh" }
            return Language.fromEnvironment(ProcessEnvironment.locale) == .zh
        }()
        let names = configuration.subcommands.map { $0._commandName }
        // A mistyped command (`orgchart chek`, `orgchart help chek`) gets a suggestion, never the top-level help.
        if let first = arguments.first, !first.hasPrefix("-") {
            let word = first == "help" ? arguments.dropFirst().first { !$0.hasPrefix("-") } : first
            if let word, !names.contains(word), word != "help" {
                printError(unknownCommand(word, names: names, zh: zh))
                exitProcess(2)
            }
        }
        // --help in Chinese under a Chinese locale or --lang zh.
        if zh, arguments.contains(where: { $0 == "--help" || $0 == "-h" }) || arguments.first == "help" {
            let name = arguments.first { names.contains($0) }
            let command = configuration.subcommands.first { $0._commandName == name } ?? OrgChart.self
            print(ChineseHelp.message(for: command))
            exitProcess(0)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                exitProcess(2)
            }
            exit(withError: error)
        }
    }
}

extension OrgChart {
    /// What to say about a word that is not a command: the command it is closest to, or, for a file, the command
    /// that reads it.
    static func unknownCommand(_ word: String, names: [String], zh: Bool) -> String {
        if let hint = Suggest.closest(to: word, in: names) {
            return zh
                ? "错误:没有 `\(word)` 这个命令;是否想写 `orgchart \(hint)`?(orgchart --help 列出全部命令)"
                : "error: `\(word)` is not an orgchart command; did you mean `orgchart \(hint)`? (orgchart --help lists them)"
        }
        if word.contains(".") || word.contains("/") {
            let command = word.hasSuffix(".txt") ? "extract" : "check"
            return zh
                ? "错误:`\(word)` 不是命令;要处理这个文件,请写 `orgchart \(command) \(word)`"
                : "error: `\(word)` is not a command; to read that file, run `orgchart \(command) \(word)`"
        }
        return zh
            ? "错误:没有 `\(word)` 这个命令;可用的命令:\(names.joined(separator: "、"))"
            : "error: `\(word)` is not an orgchart command; the commands are \(names.joined(separator: ", "))"
    }
}
