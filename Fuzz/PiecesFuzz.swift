@testable import OrgChartCore

// libFuzzer target for parallel loading (built by scripts/fuzz, not by SwiftPM).
//
// Every input is loaded by the single pass and cut into pieces (at the loader's own cuts for 2, 3 and 4 pieces, and
// at up to four line starts picked from the input): the pieces must never give a model the single pass refuses,
// and when both load, the two models must be the same, marks included.

@_cdecl("LLVMFuzzerTestOneInput")
public func piecesFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let single = try? ModelLoader.loadIndexed(bytes: bytes, file: "fuzz.yaml", limits: .default, pieces: 1).model
    let expected = single.map { ParallelLoader.fingerprint($0) }
    func check(_ cuts: [ParallelLoader.Cut], _ how: String) {
        let model = bytes.withUnsafeBufferPointer {
            ParallelLoader.load($0, cuts: cuts, file: "fuzz.yaml", limits: .default)?.model
        }
        guard let model else { return }
        precondition(expected != nil, "\(how): the pieces loaded what the single pass refuses")
        precondition(ParallelLoader.fingerprint(model) == expected, "\(how): the pieces loaded another model")
    }
    for pieces in 2...4 {
        check(bytes.withUnsafeBufferPointer { ParallelLoader.cuts($0, pieces: pieces) }, "\(pieces) pieces")
    }
    // Line starts picked by the input's own bytes, each described independently of the cutter's search.
    let starts = bytes.indices.filter { $0 > 0 && bytes[$0 - 1] == 0x0A }
    guard !starts.isEmpty else { return 0 }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes.prefix(64) { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    for k in 0..<4 {
        let at = starts[Int((h >> UInt64(k * 16)) % UInt64(starts.count))]
        check(
            [ParallelLoader.Cut(offset: 0, line: 1, section: ""), ParallelLoader.Cut(at: at, in: bytes)],
            "cut at byte \(at)")
    }
    return 0
}
