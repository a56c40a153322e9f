import ArgumentParser
import OrgChartCore
import OrgChartOffice

struct Notice: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the structure section of a notice (通知): members, office, posts and groups, unit duties.",
        discussion: """
            The section a notice that sets up a 指挥部 carries: 一、组成人员 (指挥长, 副指挥长, 成员, the names lined \\
            up under each other), 二、办公室 (办公室设在…), then each kind of unit with a head (分指挥部, 工作组, …) \\
            with its own members and office, and 成员单位职责 (what each unit leads and assists). What the model \\
            leaves open is written 待定. As a Word document (.docx) it is in 公文 style (GB/T 9704): A4, 三号 \\
            仿宋_GB2312 body on 28.95-point lines, 黑体 and 楷体_GB2312 headings, 二号 小标宋 title, ready to paste \\
            into the notice. With .txt or no -o it is plain text.

            Examples:
              orgchart notice seeds/dongchuan-2021.yaml -o 组成人员.docx
              orgchart notice seeds/dongchuan-2021.yaml
            """)

    enum Format: String, ExpressibleByArgument { case text, docx }

    @Argument(help: "The model file (YAML).")
    var model: String

    @Option(name: .shortAndLong, help: "text or docx (default: from the -o extension, else text).")
    var format: Format?

    @OptionGroup var output: OutputOption

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let lang = options.language
        let m = try loadModel(model, options, limits: limits)
        let f = try outputFormat(
            output.path, given: format, extensions: [(".docx", .docx), (".txt", .text)], fallback: .text,
            inputs: [model],
            options: options)
        let notice = StructureNotice(m)
        switch f {
        case .text: try emit(notice.text, to: output.path, inputs: [model], options: options)
        case .docx:
            guard let file = output.file else {
                printError(lang == .zh ? "error: docx 需要 -o 文件名" : "error: docx needs -o FILE.docx")
                throw ExitCode(2)
            }
            let bytes: [UInt8]
            do {
                bytes = try DocxWriter.document(notice)
            } catch {
                printError("error: " + error.message.text(lang))
                throw ExitCode(2)
            }
            try write(bytes, to: file, inputs: [model], options: options)
        }
    }
}
