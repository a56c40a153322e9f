import ArgumentParser
import OrgChartCore
import OrgChartOffice

struct Matrix: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the responsibility matrix: each duty with who leads (牵头/L) and who assists (配合/A).",
        discussion: """
            Rows with no lead (gap), several leads (overlap) or a collective lead (diffuse) are marked. The format \
            follows the -o extension (.md, .csv, .html, .xlsx); any other extension is refused.

            .xlsx is a workbook that opens and prints as it is: heading row and duty column frozen, 牵头/配合 cells \
            coloured, problems in red, A4 landscape fitted to the page width with the heading row on every page. \
            CSV is UTF-8 with a byte-order mark (Excel shows Chinese correctly); to open it headless in \
            LibreOffice, name the encoding: --infilter="CSV:44,34,76".

            Examples:
              orgchart matrix seeds/dongchuan-2021.yaml
              orgchart matrix seeds/dongchuan-2021.yaml -o matrix.xlsx
              orgchart matrix seeds/dongchuan-2021.yaml --format csv -o matrix.csv
            """)

    enum Format: String, ExpressibleByArgument { case markdown, csv, html, xlsx }

    @Argument(help: "The model file (YAML).")
    var model: String

    @Option(name: .shortAndLong, help: "markdown, csv, html or xlsx (default: from the -o extension, else markdown).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let m = try loadModel(model, options, limits: limits)
        let matrix = ResponsibilityMatrix(m)
        let lang = options.language
        let f = try outputFormat(
            output, given: format,
            extensions: [
                (".md", .markdown), (".markdown", .markdown), (".txt", .markdown), (".csv", .csv), (".html", .html),
                (".htm", .html), (".xlsx", .xlsx),
            ], fallback: .markdown, inputs: [model], options: options)
        if f == .xlsx {
            guard let output, output != "-" else {
                printError(lang == .zh ? "error: xlsx 需要 -o 文件名" : "error: xlsx needs -o FILE.xlsx")
                throw ExitCode(2)
            }
            let bytes: [UInt8]
            do {
                bytes = try MatrixWorkbook.workbook(matrix, title: m.organisation.name, lang: lang)
            } catch {
                printError("error: " + error.message.text(lang))
                throw ExitCode(2)
            }
            try write(bytes, to: output, inputs: [model], options: options)
            return
        }
        let text: String
        switch f {
        case .markdown: text = matrix.markdown(lang)
        case .csv: text = matrix.csv(lang)
        case .html: text = matrix.html(lang, title: m.organisation.name)
        case .xlsx: text = ""
        }
        try emit(text, to: output, inputs: [model], options: options)
    }
}
