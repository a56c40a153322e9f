import ArgumentParser
import OrgChartCore
import OrgChartOffice

extension TaskTable.Grouping: ExpressibleByArgument {}

struct Tasks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the task table (任务分解表) of a model, or read an office's edits of it back into the model.",
        discussion: """
            Writing: one row per duty with 序号, 工作任务, 责任领导, 牵头单位, 配合单位, 完成时限, 报送要求 (cadence and \\
            report target), 来源 (the minutes' item), 状态 and 完成情况, plus 编号 (the duty id, which the update \\
            uses to match rows). The status is as of --as-of (default: today): 已完成 (done: true, green), 已逾期 \\
            (past its deadline, red), 即将到期 (due within --due-within days, yellow), 推进中, 常态推进 (recurring, \\
            no deadline) or 未设时限. Rows are grouped by the source's item (--group-by item), by who leads \\
            (lead) or not at all (none). The format follows the -o extension: .xlsx, .csv or .md.

            Updating (--update MODEL TABLE.xlsx): the office's 状态 (已完成 → done: true; 推进中 and the other \\
            statuses → done: false), 完成时限 (a date, typed or as a date cell; empty removes it) and 完成情况 \\
            (written to `progress:`) go back into the model at the lines where they stand; comments, order and \\
            everything else in the file stay as they were. Each change is printed. Rows that match no duty, or a \\
            status or date that cannot be read, are errors with their row number, and nothing is written (exit 2). \\
            The model is replaced atomically, or the result goes to -o; --dry-run only prints the changes.

            Examples:
              orgchart tasks model.yaml -o 任务分解表.xlsx --as-of 2021-03-05
              orgchart tasks model.yaml --group-by lead -o tasks.csv
              orgchart tasks --update model.yaml 任务分解表.xlsx
              orgchart tasks --update model.yaml 任务分解表.xlsx --dry-run
            """)

    enum Format: String, ExpressibleByArgument { case markdown, csv, xlsx }

    @Argument(help: "The model file (YAML).")
    var model: String

    @Argument(help: "With --update: the task table the office edited (.xlsx).")
    var table: String?

    @Flag(name: .long, help: "Read the table's 状态, 完成时限 and 完成情况 back into the model.")
    var update = false

    @Flag(name: .long, help: "With --update: print the changes, write nothing.")
    var dryRun = false

    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: ArgumentHelp("Days before a deadline that count as 即将到期 (default 7).", valueName: "n"))
    var dueWithin = 7

    @Option(name: .long, help: "Group rows by item (the source's item, the default), lead, or none.")
    var groupBy: TaskTable.Grouping = .item

    @Option(name: .shortAndLong, help: "markdown, csv or xlsx (default: from the -o extension, else markdown).")
    var format: Format?

    @OptionGroup var output: OutputOption

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if update && table == nil {
            throw ValidationError("--update needs the model and the table: --update MODEL TABLE.xlsx")
        }
        if !update && table != nil { throw ValidationError("a second file is only read with --update") }
        if dryRun && !update { throw ValidationError("--dry-run goes with --update") }
        if dueWithin < 0 { throw ValidationError("--due-within must be 0 or more") }
    }

    func run() throws {
        if update { return try runUpdate() }
        let lang = options.language
        let m = try loadModel(model, options, limits: limits)
        let f = try outputFormat(
            output.path, given: format,
            extensions: [
                (".md", .markdown), (".markdown", .markdown), (".txt", .markdown), (".csv", .csv), (".xlsx", .xlsx),
            ],
            fallback: .markdown, inputs: [model], options: options)
        let table = TaskTable(
            m, asOf: asOf.day, warningDays: dueWithin, grouping: groupBy, lang: lang)
        switch f {
        case .markdown: try emit(table.markdown(lang), to: output.path, inputs: [model], options: options)
        case .csv: try emit(table.csv(lang), to: output.path, inputs: [model], options: options)
        case .xlsx:
            guard let file = output.file else {
                printError(lang == .zh ? "error: xlsx 需要 -o 文件名" : "error: xlsx needs -o FILE.xlsx")
                throw ExitCode(2)
            }
            let bytes: [UInt8]
            do {
                bytes = try TaskWorkbook.workbook(table, warningDays: dueWithin, lang: lang)
            } catch {
                printError("error: " + error.message.text(lang))
                throw ExitCode(2)
            }
            try write(bytes, to: file, inputs: [model], options: options)
        }
    }

    func runUpdate() throws {
        let lang = options.language
        guard let table else { throw ExitCode(2) }
        let m = try loadModel(model, options, limits: limits)
        let bytes: [UInt8]
        let original: [UInt8]
        do {
            bytes = try FileIO.read(table, limit: 256 << 20)
            original = try FileIO.read(model)
        } catch {
            printError("error: " + error.message.text(lang))
            throw ExitCode(2)
        }
        let found: (changes: [DutyEditor.Change], errors: [TaskTableUpdate.RowError])
        do {
            found = try TaskTableUpdate.changes(bytes, file: table, model: m)
        } catch {
            printError("\(table): error: " + error.message.text(lang))
            throw ExitCode(2)
        }
        for e in found.errors {
            printError("\(table):\(lang == .zh ? "第 \(e.row) 行" : "row \(e.row)"): error: " + e.message.text(lang))
        }
        if !found.errors.isEmpty {
            let n = found.errors.count
            printError(
                lang == .zh ? "未写入任何修改(\(n) 行有错误)" : "nothing written (\(n) row\(n == 1 ? "" : "s") with errors)")
            throw ExitCode(2)
        }
        for c in found.changes {
            let none = lang == .zh ? "(无)" : "(none)"
            let row = lang == .zh ? "第 \(c.row) 行" : "row \(c.row)"
            print("\(table):\(row): \(c.duty): \(c.field.rawValue): \(c.old ?? none) → \(c.new ?? none)")
        }
        let n = found.changes.count
        print(lang == .zh ? "\(n) 处修改" : "\(n) change\(n == 1 ? "" : "s")")
        if dryRun || (n == 0 && output.path == nil) { return }
        let text: String
        do {
            text = try DutyEditor().apply(found.changes, to: String(decoding: original, as: UTF8.self), model: m)
        } catch {
            printError("\(model): error: " + error.message.text(lang))
            throw ExitCode(2)
        }
        // The edited text must load and hold what the table says before it replaces anything.
        do {
            _ = try ModelLoader.load(text: text, file: model)
        } catch {
            printError(
                lang == .zh
                    ? "\(model): error: 修改后的模型无法加载,未写入"
                    : "\(model): error: the edited model does not load; nothing written")
            throw ExitCode(2)
        }
        if let path = output.path, path != model {
            try emit(text, to: path, inputs: [model, table], options: options)
        } else {
            try write(Array(text.utf8), to: model, inputs: [table], options: options, inPlace: true)
        }
    }
}
