import ArgumentParser
import OrgChartCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a model from tabular hierarchies (CSV or JSON with id, name and parent columns).",
        discussion: """
            Each FILE may carry its own columns after a colon: parent=COLUMN, id=COLUMN, name=COLUMN, kind=KIND. \
            The id column defaults to `id`, else `code`; the name column to `name`. CSV may be UTF-8 (with or \
            without a byte-order mark) or GB18030 (what Excel saves on Chinese systems), detected unless \
            --encoding says; quoted fields may hold commas and line breaks. JSON is an array of records \
            (parent field `parent_id` or `parent` unless given).

            Examples:
              orgchart import provinces.csv:kind=province cities.csv:parent=provinceCode,kind=city \\
                  areas.csv:parent=cityCode,kind=county streets.csv:parent=areaCode,kind=township -o china.yaml
              orgchart import agencies.json:parent=parent_id,kind=department --name "US federal agencies" -o us.yaml
            """)

    @Argument(help: "Files to import, each FILE[:parent=COL,id=COL,name=COL,kind=KIND].", completion: .file())
    var files: [String]

    @Option(name: .long, help: "The organisation's name (default: the first file's name).")
    var name: String?

    @Option(name: .long, help: "auto, utf8 or gb18030.")
    var encoding: TextEncoding = .auto

    @OptionGroup var output: OutputOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Largest file read, in bytes; K, M or G multiply by 1024s (default 256M).", valueName: "size"))
    var maxBytes: ByteCount?

    @OptionGroup var options: GlobalOptions

    func run() throws {
        var specs: [ImportSpec] = []
        for f in files {
            do {
                specs.append(try ImportSpec(argument: f))
            } catch {
                printError("error: " + error.message.text(options.language))
                throw ExitCode(2)
            }
        }
        let result: ImportResult
        do {
            result = try HierarchyImporter.run(
                specs, name: name, encoding: encoding, maxBytes: maxBytes?.value ?? YAMLLimits.default.maxBytes)
        } catch {
            let printer = TextFindingPrinter(lang: options.language, colour: false)
            for f in error.errors { printError(printer.line(f)) }
            throw ExitCode(2)
        }
        let printer = TextFindingPrinter(lang: options.language, colour: false)
        for w in result.warnings.prefix(50) { printError(printer.line(w)) }
        if result.warnings.count > 50 { printError("… \(result.warnings.count - 50) more warnings") }
        let header = [
            "Imported by `orgchart import` from: "
                + specs.map { "\($0.path) (\(result.encodings[$0.path]?.rawValue ?? "?"))" }
                .joined(separator: ", "),
            "\(result.model.units.count) units. Each unit's `source` is fileN#LINE: the file (see organisation.sources) and line it came from.",
        ]
        let yaml = ModelWriter(header: header).yaml(result.model)
        try emit(yaml, to: output.path, inputs: specs.map(\.path), options: options)
        printError(
            options.language == .zh
                ? "导入 \(result.model.units.count) 个单位,\(result.warnings.count) 条警告"
                : "imported \(result.model.units.count) units, \(result.warnings.count) warnings")
    }
}
