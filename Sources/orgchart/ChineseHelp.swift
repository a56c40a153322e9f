import ArgumentParser
import OrgChartCore

/// `--help` in Chinese (under `LANG=zh_CN.UTF-8` or `--lang zh`): argument-parser's help text, rewritten line by
/// line from one table of translations. A sentence missing from the table fails `ChineseHelpTests`, so a new option
/// cannot ship with English help in the Chinese text.
enum ChineseHelp {
    /// The help of `command` in Chinese.
    static func message(for command: ParsableCommand.Type) -> String {
        let english = OrgChart.helpMessage(for: command, columns: 10_000)
        var out: [String] = []
        var skippingDiscussion = false
        for line in english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("OVERVIEW: ") {
                let abstract = String(line.dropFirst(10))
                out.append("概述:" + (abstracts[abstract] ?? abstract))
                out.append("")
                out.append(discussion(command))
                skippingDiscussion = true
                continue
            }
            if skippingDiscussion {
                if line.hasPrefix("USAGE:") { skippingDiscussion = false } else { continue }
            }
            out.append(translate(line))
        }
        return out.joined(separator: "\n")
    }

    /// One line of help: section headings, and the sentence after an option's name.
    static func translate(_ line: String) -> String {
        for (en, zh) in headings where line.hasPrefix(en) { return zh + line.dropFirst(en.count) }
        if line.trimmingCharacters() == "See 'orgchart help <subcommand>' for detailed help." {
            return "  用 'orgchart help <子命令>' 查看各子命令的详细说明。"
        }
        // One value of an option with its help, as argument-parser lists them under the option:
        // "        text           - compiler-style lines …".
        if line.hasPrefix("        "), let dash = line.firstRange(of: " - "),
            let zh = sentence(String(line[dash.upperBound...]))
        {
            return line[..<dash.upperBound] + zh
        }
        // "  -o, --output <output>   Write …": the sentence starts after two or more spaces.
        guard line.hasPrefix("  "), let gap = line.dropFirst(2).firstRange(of: "  ") else {
            return sentence(line.trimmingCharacters()).map { "  " + $0 } ?? line
        }
        let head = line[..<gap.lowerBound]
        var start = gap.lowerBound
        while start < line.endIndex, line[start] == " " { start = line.index(after: start) }
        let text = String(line[start...])
        return head + line[gap.lowerBound..<start] + (sentence(text) ?? text)
    }

    /// A help sentence with its "(values: …)" and "(default: …)" in Chinese; nil when the table lacks it.
    static func sentence(_ text: String) -> String? {
        var body = text
        var tail = ""
        while let open = body.lastIndex(of: "("), body.hasSuffix(")") {
            let inner = body[body.index(after: open)..<body.index(before: body.endIndex)]
            guard inner.hasPrefix("values: ") || inner.hasPrefix("default: ") else { break }
            let zh = inner.replacingPrefix("values: ", with: "可选值:").replacingPrefix("default: ", with: "默认:")
                .replacingOccurrences("; default: ", with: ";默认:")
            tail = "(" + zh + ")" + tail
            body = String(body[..<open]).trimmingCharacters()
        }
        guard let zh = options[body] ?? abstracts[body] ?? generated[body] else { return nil }
        return zh + tail
    }

    static func discussion(_ command: ParsableCommand.Type) -> String {
        let name = command == OrgChart.self ? "" : " " + command._commandName
        return command == OrgChart.self
            ? "模型是一个 YAML 文件(见 docs/model-format.md)。消息为中文或英文(--lang,默认取自 LANG)。退出码:0 成功,1 有达到失败级别的检查结果,2 输入或用法错误。"
            : "详细说明、示例与限制见 README.md 和 docs/ 目录(英文说明:LANG=C orgchart\(name) --help)。"
    }

    /// The help the printer lists generate (`--format` and one line per format), in Chinese.
    static let generated: [String: String] = {
        func entries<C: PrinterCatalog>(_: C.Type) -> [(String, String)] {
            [(FormatOption<C>.abstract.en, FormatOption<C>.abstract.zh)] + C.formats.map { ($0.help.en, $0.help.zh) }
        }
        return Dictionary(PrinterCatalogs.all.flatMap { entries($0) }, uniquingKeysWith: { first, _ in first })
    }()

    static let headings: [(String, String)] = [
        ("USAGE:", "用法:"), ("ARGUMENTS:", "参数:"), ("OPTIONS:", "选项:"), ("SUBCOMMANDS:", "子命令:"),
        ("LIMITS:", "限制:"),
    ]

    static let abstracts: [String: String] = [
        "Model an organisation as a graph, check it, chart it, compare restructurings.":
            "把组织机构建成模型:检查、绘图、比较调整方案。",
        "Check a model for responsibility gaps, overlaps and structural problems.": "检查模型中的责任空档、交叉和结构问题。",
        "List the checks of the catalog with their ids, severities and descriptions.": "列出全部检查项及其编号、级别和说明。",
        "Print the responsibility matrix: each duty with who leads (牵头/L) and who assists (配合/A).":
            "输出责任矩阵:每项职责由谁牵头(L)、谁配合(A)。",
        "Draw an org chart of a model with Graphviz (SVG, PNG, PDF or DOT).": "用 Graphviz 绘制组织架构图(SVG、PNG、PDF 或 DOT)。",
        "Compare two models: what a restructuring changes, and what it breaks.": "比较两个模型:调整改变了什么、破坏了什么。",
        "Write one self-contained HTML report: chart, findings, responsibility matrix and duties.":
            "生成一个独立的 HTML 报告:架构图、检查结果、责任矩阵和职责。",
        "Write the task table (任务分解表) of a model, or read an office's edits of it back into the model.":
            "写出模型的任务分解表,或把办公室在表中的修改读回模型。",
        "Write the structure section of a notice (通知): members, office, posts and groups, unit duties.":
            "写出通知的组成人员部分:成员、办公室、分指挥部与工作组、成员单位职责。",
        "Draft duties and structure from meeting minutes (会议纪要) or a model from a notice (通知).":
            "从会议纪要中提取职责分工和机构设置草稿,或从成立机构的通知中起草模型。",
        "Build a model from tabular hierarchies (CSV or JSON with id, name and parent columns).":
            "由表格形式的层级数据(含编号、名称、上级列的 CSV 或 JSON)生成模型。",
        "Write a valid synthetic model of any size, deterministically, for benchmarks and tests.":
            "生成任意规模、可重复的合成模型,用于性能测试。",
    ]

    static let options: [String: String] = [
        "Show the version.": "显示版本。",
        "Show help information.": "显示帮助。",
        "Language of messages: zh or en (default: from LANG).": "消息语言:zh 或 en(默认取自 LANG)。",
        "Never colour the output (colour is only used on a terminal anyway).": "不使用颜色(仅在终端上才会着色)。",
        "Largest model file read, in bytes; K, M or G multiply by 1024s (default 256M).":
            "可读取的最大模型文件(字节;K、M、G 按 1024 倍计,默认 256M)。",
        "Largest file read, in bytes; K, M or G multiply by 1024s (default 256M).":
            "可读取的最大文件(字节;K、M、G 按 1024 倍计,默认 256M)。",
        "Deepest nesting of YAML lists and mappings (default 64).": "YAML 列表和映射的最大嵌套层数(默认 64)。",
        "Most YAML nodes in a model (default 20000000).": "模型中 YAML 节点数上限(默认 20000000)。",
        "The model file (YAML).": "模型文件(YAML);- 表示从标准输入读取。",
        "The model file (YAML); or two, BEFORE and AFTER, for the report of a restructuring.":
            "模型文件(YAML);给出调整前、调整后两个文件则生成调整方案报告。",
        "The model before the change (YAML).": "调整前的模型(YAML)。",
        "The model after the change (YAML).": "调整后的模型(YAML)。",
        "The date deadlines are checked against (YYYY-MM-DD; default: today).": "核对期限所用的日期(YYYY-MM-DD;默认今天)。",
        "The lowest severity of a finding that makes the exit code 1: error, warning or info.":
            "检查结果达到此级别(error、warning 或 info)时退出码为 1。",
        "Run only these checks (comma-separated ids).": "只运行这些检查(以逗号分隔的编号)。",
        "Under a finding that covers several subjects, list them, one line each.": "在涉及多个对象的检查结果下逐行列出这些对象。",
        "Order of the findings: importance (errors first, then by check) or position (file order).":
            "检查结果的排列顺序:importance(先错误,再按检查项)或 position(按文件位置)。",
        "The address of the published checks documentation (https://…/checks.md) SARIF links each rule to (default: ORGCHART_DOCS_URL, else no links).":
            "SARIF 中各检查项链接到的已发布检查文档地址(https://…/checks.md;默认取 ORGCHART_DOCS_URL,未设置则不加链接)。",
        "Write the output to this file (atomically) instead of standard output.": "写入此文件(原子写入),而不是标准输出。",
        "Print how long loading (and in how many pieces at once), checking and printing took, to standard error.":
            "在标准错误输出加载(及并行分块数)、检查和输出各用的时间。",
        "markdown, csv or html (default: from the -o extension, else markdown).":
            "markdown、csv 或 html(默认按 -o 的扩展名,否则 markdown)。",
        "Output format: svg, png, pdf or dot (default: from the -o extension; dot on standard output).":
            "输出格式:svg、png、pdf 或 dot(默认按 -o 的扩展名;标准输出为 dot)。",
        "What to draw: whole, person or duties (default: person with --person, otherwise whole).":
            "绘制内容:whole(整体)、person(人员)或 duties(职责)(给出 --person 时默认 person,否则 whole)。",
        "Draw only this unit and the units under it.": "只画此单位及其下属单位。",
        "With --root: how many levels under the root to draw.": "与 --root 同用:画到根以下几级。",
        "The person whose roles and duties to draw.": "要绘制其职务和职责的人员。",
        "TB (top to bottom) or LR (left to right); default TB for the whole view, LR for person and duties.":
            "TB(自上而下)或 LR(自左向右);整体视图默认 TB,人员和职责视图默认 LR。",
        "Gap between ranks in inches (default 0.7 top to bottom, 1.0 left to right).": "层间距(英寸;自上而下默认 0.7,自左向右默认 1.0)。",
        "Font of every label; it needs Chinese glyphs.": "所有标签的字体;须含中文字形。",
        "Font of the chart's labels; it needs Chinese glyphs.": "架构图标签的字体;须含中文字形。",
        "Lay the chart out for paper: a4, a3, a4-landscape, a4-portrait, a3-landscape or a3-portrait. Rows of posts wrap so that no label prints below 8 pt; a chart still too large is split into a first page with the top levels and one page per subtree (PDF).":
            "按纸张排版:a4、a3、a4-landscape(横向)、a4-portrait(纵向)、a3-landscape 或 a3-portrait。分指挥部等会分行排列,使所有字号不小于 8 pt;仍放不下的图分为多页 PDF:首页为上层结构,其后每个下级一页。",
        "Resolution of PNG output.": "PNG 输出的分辨率。",
        "Fill units in their kind's colour (--no-kind-colors: black on white).": "按单位类别着色(--no-kind-colors:白底黑字)。",
        "Draw the legend.": "绘制图例。",
        "Mark units that have check errors (red border; the findings as SVG tooltips).":
            "标出有检查错误的单位(红框;SVG 中悬停显示检查结果)。",
        "auto, dot or tree. tree: a linear-time layout in Swift that Graphviz only draws, for large hierarchies; auto picks it above 400 units.":
            "auto、dot 或 tree。tree:用于大型层级的线性时间布局,Graphviz 只负责绘制;auto 在超过 400 个单位时使用它。",
        "Tree layout: the most children drawn under one unit; the rest fold into one \"+ N more\" box (0: never).":
            "树形布局:一个单位下最多画出的下级数,其余折叠为“+ 另有 N 个”(0:不折叠)。",
        "The largest chart given to the dot layout, in boxes (each rank a long edge crosses counts as one); a larger one is drawn with the tree layout (whole view, --layout auto) or refused.":
            "交给 dot 布局的最大图(按方框计,长边跨越的每一层计一个);更大的图用树形布局绘制(整体视图、--layout auto)或拒绝。",
        "markdown, csv, html or xlsx (default: from the -o extension, else markdown).":
            "markdown、csv、html 或 xlsx(默认按 -o 的扩展名,否则 markdown)。",
        "text or docx (default: from the -o extension, else text).":
            "text 或 docx(默认按 -o 的扩展名,否则 text)。",
        "The minutes or notice: a Word document (.docx) or a text file in UTF-8 or GB18030.":
            "会议纪要或通知:Word 文档(.docx),或 UTF-8、GB18030 编码的文本文件。",
        "Print the text as read (a .docx with its numbers restored) and exit.":
            "输出读到的文本(.docx 恢复自动编号)后退出。",
        "With --update: the task table the office edited (.xlsx).":
            "与 --update 同用:办公室修改过的任务分解表(.xlsx)。",
        "With --update: print the changes, write nothing.":
            "与 --update 同用:只列出改动,不写文件。",
        "Group rows by item (the source's item, the default), lead, or none.":
            "分组方式:item(按来源条目,默认)、lead(按牵头单位)或 none。",
        "markdown, csv or xlsx (default: from the -o extension, else markdown).":
            "markdown、csv 或 xlsx(默认按 -o 的扩展名,否则 markdown)。",
        "The largest table written, in cells (duties × people and units).": "写出的表格的最大单元格数(职责 × 人员与单位)。",
        "The minutes: a text file in UTF-8 or GB18030.": "会议纪要:UTF-8 或 GB18030 编码的文本文件。",
        "The minutes or notice: a text file in UTF-8 or GB18030.": "会议纪要或通知:UTF-8 或 GB18030 编码的文本文件。",
        "What the document is: minutes or notice (default: recognised from the text).":
            "文件类型:minutes(会议纪要)或 notice(通知)(默认按文本识别)。",
        "Resolve names against this model (YAML).": "按此模型(YAML)识别名称。",
        "Add what is new to this model; the result goes to -o, --in-place or stdout.":
            "把新内容并入此模型;结果写到 -o、--in-place 或标准输出。",
        "With --merge: replace the model file itself (atomically).": "与 --merge 同用:直接替换模型文件(原子写入)。",
        "The model of the body before this notice adjusts it (调整); writes the adjusted model, ids kept.":
            "本通知调整(调整)之前该机构的模型;写出调整后的模型,沿用原有 id。",
        "The minutes' encoding: utf8, gb18030 or auto (default).": "纪要的编码:utf8、gb18030 或 auto(默认)。",
        "List the extraction rules and exit.": "列出提取规则后退出。",
        "Print on standard error which rule read each assignment and fact.": "在标准错误输出每条分工和事实由哪条规则读出。",
        "Files to import, each FILE[:parent=COL,id=COL,name=COL,kind=KIND].":
            "要导入的文件,每个写作 FILE[:parent=列,id=列,name=列,kind=类别]。",
        "The organisation's name (default: the first file's name).": "组织名称(默认取第一个文件的名称)。",
        "auto, utf8 or gb18030.": "auto、utf8 或 gb18030。",
        "text, json or markdown.": "text、json 或 markdown。",
        "The key of the minutes in organisation.sources (default: minutes).":
            "纪要在 organisation.sources 中的键(默认 minutes)。",
        "The meeting's date, when the text does not give it (YYYY-MM-DD).": "会议日期,纪要中未写明时使用(YYYY-MM-DD)。",
        "Number of units.": "单位数。",
        "Number of people.": "人员数。",
        "Number of duties.": "职责数。",
        "Random seed.": "随机种子。",
    ]
}

extension StringProtocol {
    fileprivate func trimmingCharacters() -> String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    fileprivate func replacingPrefix(_ prefix: String, with new: String) -> String {
        hasPrefix(prefix) ? new + dropFirst(prefix.count) : String(self)
    }

    fileprivate func replacingOccurrences(_ old: String, with new: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: old) {
            out += rest[..<r.lowerBound] + new
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
