import ArgumentParser
import OrgChartCore

struct Matrix: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the responsibility matrix: each duty with who leads (牵头/L) and who assists (配合/A).",
        discussion: """
            Rows with no lead (gap), several leads (overlap) or a collective lead (diffuse) are marked. CSV is \
            UTF-8 with a byte-order mark so Excel shows Chinese correctly.

            Examples:
              orgchart matrix seeds/dongchuan-2021.yaml
              orgchart matrix seeds/dongchuan-2021.yaml --format csv -o matrix.csv
            """)

    enum Format: String, ExpressibleByArgument { case markdown, csv, html }

    @Argument(help: "The model file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var model: String

    @Option(name: .shortAndLong, help: "markdown, csv or html (default: from the -o extension, else markdown).")
    var format: Format?

    @Option(
        name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.", completion: .file())
    var output: String?

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let m = try loadModel(model, options, limits: limits)
        let matrix = ResponsibilityMatrix(m)
        let lang = options.language
        var f = format ?? .markdown
        if format == nil, let o = output {
            if o.hasSuffix(".csv") { f = .csv } else if o.hasSuffix(".html") || o.hasSuffix(".htm") { f = .html }
        }
        let text: String
        switch f {
        case .markdown: text = matrix.markdown(lang)
        case .csv: text = matrix.csv(lang)
        case .html: text = matrix.html(lang, title: m.organisation.name)
        }
        try emit(text, to: output, inputs: [model], options: options)
    }
}
