import Foundation
import Testing

/// `orgchart extract` on real published minutes nobody here wrote (seeds/real-minutes/), scored against their hand
/// labels by the scorer that ships with them. `shared` is the set the rules were first measured on; `set-a` and
/// `set-b` were collected and labelled later, without running the tool (`set-b` was not looked at while the rules
/// were written, until its first score). The floors sit a little under today's scores, so that a rule that
/// loses real assignments fails here; `scripts/score-extract` prints the scores per file.
@Suite("Extract on real minutes")
struct RealMinutesTests {
    struct Floor: Sendable, CustomStringConvertible {
        var set: String
        var recall: Double
        var precision: Double
        var ownerless: Double
        var description: String { self.set }
    }

    static let floors: [Floor] = [
        Floor(set: "shared", recall: 0.85, precision: 0.9, ownerless: 0.8),
        Floor(set: "set-a", recall: 0.75, precision: 0.85, ownerless: 0.7),
        Floor(set: "set-b", recall: 0.6, precision: 0.85, ownerless: 0.45),
    ]

    @Test("lead recall, precision and ownerless tasks stay above their floors", arguments: floors)
    func floor(_ floor: Floor) throws {
        let dir = CLI.repository.appendingPathComponent("seeds/real-minutes/\(floor.set)").path
        let scorer = CLI.repository.appendingPathComponent("seeds/real-minutes/shared/score.py").path
        let r = try CLI.launch(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", scorer, "--tool", CLI.binary.path, "--dir", dir, "--json"])
        try #require(r.status == 0, "score.py failed: \(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let total = try #require(json["total"] as? [String: Int])
        let expected = Double(total["expected"] ?? 0)
        let recall = Double(total["lead_found"] ?? 0) / max(expected, 1)
        let precision = Double(total["extracted_right"] ?? 0) / Double(max(total["extracted_with_lead"] ?? 0, 1))
        let ownerless = Double(total["ownerless_found"] ?? 0) / Double(max(total["ownerless_expected"] ?? 0, 1))
        print("real minutes \(floor.set): recall \(recall), precision \(precision), ownerless \(ownerless)")
        #expect(expected >= 30, "\(floor.set): too few labelled assignments to measure")
        #expect(recall >= floor.recall, "\(floor.set): lead recall \(recall)")
        #expect(precision >= floor.precision, "\(floor.set): precision \(precision)")
        #expect(ownerless >= floor.ownerless, "\(floor.set): ownerless \(ownerless)")
    }

    @Test("no real minutes segment yields nothing without saying why")
    func nothingFoundIsExplained() throws {
        let dir = CLI.repository.appendingPathComponent("seeds/real-minutes")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("real-minutes-\(getpid())")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        var checked = 0
        for set in ["shared", "set-a", "set-b"] {
            let folder = dir.appendingPathComponent(set)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for (k, segment) in text.components(separatedBy: "%%%% ").dropFirst().enumerated() {
                    let body = segment.split(separator: "\n", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
                    let file = tmp.appendingPathComponent("\(name)-\(k).txt")
                    try body.write(to: file, atomically: true, encoding: .utf8)
                    let r = try CLI.run(["extract", file.path, "--format", "json"])
                    #expect(r.status == 0, "\(name) #\(k): \(r.stderr)")
                    let json = try #require(
                        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
                    let assignments = json["assignments"] as? [Any] ?? []
                    let notes = json["notes"] as? [String] ?? []
                    if assignments.isEmpty {
                        #expect(notes.contains { $0.contains("task") || $0.contains("任务") }, "\(name) #\(k): silent")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= 70)
    }
}
