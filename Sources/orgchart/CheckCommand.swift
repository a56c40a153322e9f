import ArgumentParser
import OrgChartCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a model for responsibility gaps, overlaps and structural problems.")

    @Argument(help: "The model file (YAML).")
    var model: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let m = try loadModel(model, options)
        let printer = TextFindingPrinter(lang: options.language, colour: options.colour)
        print(printer.render([]), terminator: "")
        _ = m
    }
}
