import OrgChartCore

// libFuzzer target for the model loader (built by scripts/fuzz, not by SwiftPM).
//
// Every input must either load or fail with located errors; a model that loads must survive the whole check
// catalog, every findings printer and the matrix, and the YAML that `import` and `generate` would write for it must
// load again. A Swift trap, an address-sanitizer report or a timeout is a finding.

/// The fixed date deadlines are checked against, so a run is reproducible.
private let asOf = Day(year: 2021, month: 4, day: 1)

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let model: Model
    do {
        model = try ModelLoader.load(bytes: bytes, file: "fuzz.yaml")
    } catch {
        precondition(!error.errors.isEmpty, "a load failure without an error")
        for e in error.errors {
            precondition(e.mark != nil, "an unlocated load error: \(e.check) \(e.message.en)")
            _ = TextFindingPrinter(lang: .en, colour: false).line(e)
        }
        return 0
    }
    let findings = CheckRunner.run(model, options: CheckOptions(asOf: asOf))
    _ = TextFindingPrinter(lang: .zh, colour: false).render(findings)
    _ = JSONFindingPrinter(lang: .en).render(findings)
    _ = SARIFFindingPrinter(lang: .en).render(findings)
    _ = MarkdownFindingPrinter(lang: .zh).render(findings)
    let matrix = ResponsibilityMatrix(model)
    _ = matrix.csv(.en)
    _ = matrix.markdown(.zh)
    _ = matrix.html(.en, title: model.organisation.name)
    let yaml = ModelWriter(header: ["fuzz"]).yaml(model)
    do {
        _ = try ModelLoader.load(text: yaml, file: "written.yaml")
    } catch {
        let why = error.errors.map { TextFindingPrinter(lang: .en, colour: false).line($0) }
        preconditionFailure("the written model does not load:\n\(why.joined(separator: "\n"))\n\(yaml)")
    }
    return 0
}
