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

            The table has a cell for every duty and every person or unit that leads or assists one; it is written \
            a row at a time, and a table of more than --max-cells cells (default 5,000,000, a CSV of about 15 MB \
            when mostly empty) is refused with exit 2 before anything is written. Limits: docs/limits.md.

            Examples:
              orgchart matrix seeds/dongchuan-2021.yaml
              orgchart matrix seeds/dongchuan-2021.yaml -o matrix.xlsx
              orgchart matrix seeds/dongchuan-2021.yaml --format csv -o matrix.csv
            """)

    enum Format: String, ExpressibleByArgument { case markdown, csv, html, xlsx }

    @Argument(help: "The model file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var model: String

    @Option(name: .shortAndLong, help: "markdown, csv, html or xlsx (default: from the -o extension, else markdown).")
    var format: Format?

    @OptionGroup var output: OutputOption

    @Option(
        name: .customLong("max-cells"),
        help: ArgumentHelp("The largest table written, in cells (duties × people and units).", valueName: "n"))
    var maxCells: Int = Matrix.defaultMaxCells

    /// 5 million cells: 10,000 duties × 500 parties; a spreadsheet of that is already beyond reading.
    static let defaultMaxCells = 5_000_000

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if maxCells < 1 { throw ValidationError("--max-cells must be at least 1") }
    }

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let m = try loadModel(model, options, limits: limits)
        if let file = output.file { try refuseOverwritingInput(file, inputs: [model], options: options) }
        let matrix = ResponsibilityMatrix(m)
        let lang = options.language
        guard matrix.cellCount <= maxCells else {
            let (d, c, n) = (matrix.rows.count, matrix.columns.count, matrix.cellCount)
            printError(
                lang == .zh
                    ? "错误:职责矩阵有 \(d) 项职责 × \(c) 个人员和单位 = \(n) 个单元格,超过上限 \(maxCells)(--max-cells);"
                        + "如此大的表格无法阅读。可用 --max-cells 提高上限,或用 `orgchart report` 的职责表逐项查看牵头与配合"
                    : "error: the matrix has \(d) duties × \(c) people and units = \(n) cells, more than the \(maxCells) "
                        + "--max-cells allows; no one reads a table that size. Raise --max-cells, or see the leads and "
                        + "assists duty by duty in the duties table of `orgchart report`")
            throw ExitCode(2)
        }
        let f = try outputFormat(
            output.path, given: format,
            extensions: [
                (".md", .markdown), (".markdown", .markdown), (".txt", .markdown), (".csv", .csv), (".html", .html),
                (".htm", .html), (".xlsx", .xlsx),
            ], fallback: .markdown, inputs: [model], options: options)
        if f == .xlsx {
            guard let file = output.file else {
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
            try write(bytes, to: file, inputs: [model], options: options)
            return
        }
        func produce<E: Error>(_ emit: (String) throws(E) -> Void) throws(E) {
            switch f {
            case .markdown: try matrix.markdown(lang, emit)
            case .csv: try matrix.csv(lang, emit)
            case .html: try matrix.html(lang, title: m.organisation.name, emit)
            case .xlsx: break
            }
        }
        // Written a row at a time: the table is never held whole in memory.
        guard let file = output.file else {
            var chunk = ""
            produce { (piece: String) in
                chunk += piece
                if chunk.utf8.count >= 1 << 20 {
                    print(chunk, terminator: "")
                    chunk = ""
                }
            }
            print(chunk, terminator: "")
            exitProcess(0)
        }
        do {
            let writer = try FileIO.AtomicWriter(file)
            do {
                try produce { (piece: String) throws(FileError) in try writer.write(piece) }
                try writer.commit()
            } catch {
                writer.abandon()
                throw error
            }
        } catch let error as FileError {
            printError("error: " + error.message.text(lang))
            throw ExitCode(2)
        }
        exitProcess(0)
    }
}
