import OrgChartCore

// libFuzzer target for `extract` (built by scripts/fuzz, not by SwiftPM).
//
// Every input must either be refused with a located decoding error or give an extraction that every output can
// write, read against no model and against the seed model; merged into the seed model, what is found must give a
// model that loads (the merger reloads it and throws otherwise). A Swift trap, an address-sanitizer report or a
// timeout is a finding.

private let seedPath = "seeds/dongchuan-2021.yaml"

/// The seed model and its text, read once (scripts/fuzz runs from the repository root).
private let seed: (model: Model, text: String)? = {
    guard let bytes = try? FileIO.read(seedPath), let model = try? ModelLoader.load(bytes: bytes, file: seedPath)
    else { return nil }
    return (model, String(decoding: bytes, as: UTF8.self))
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func extractFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    precondition(seed != nil, "run from the repository root: \(seedPath) does not load")
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for model in [nil, seed?.model] {
        let options = ExtractOptions(model: model, meetingDate: Day(year: 2021, month: 2, day: 25))
        let e: Extraction
        do {
            e = try MinutesExtractor.extract(bytes: bytes, file: "fuzz.txt", options: options)
        } catch {
            _ = error.line(.en)
            return 0
        }
        _ = ExtractionYAML(minutesPath: "fuzz.txt", model: model).render(e)
        _ = e.json(.en).serialized()
        _ = ExtractionExplainer(lang: .zh).render(e)
        if let seed, model != nil {
            do {
                _ = try ModelMerger.merge(
                    e, into: seed.text, model: seed.model, file: seedPath, minutesPath: "fuzz.txt",
                    sourceName: "minutes")
            } catch {
                preconditionFailure("the merged model does not load: \(error.message.en)")
            }
        }
    }
    return 0
}
