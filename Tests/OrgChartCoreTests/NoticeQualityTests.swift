import Foundation
@testable import OrgChartCore
import Testing

/// The notice reader on real notices with hand labels (`seeds/real-notices/*/NN-name.expected.json`): structure
/// recall and precision, counted as `score.py` counts them (a labelled head, deputy, member or office host is found
/// when a fact naming its body holds its person, post or unit).
@Suite("Notice quality")
struct NoticeQualityTests {
    struct Score {
        var found = 0
        var total = 0
        var right = 0
        var facts = 0
    }

    static func norm(_ s: String) -> String {
        String(MinutesText.normalise(s).replacingAll("同志", with: "").filter { $0.isLetter || $0.isNumber })
    }

    /// Whether a fact's unit names the labelled body (same name, a tail of it, or it with a place before).
    static func names(_ fact: String, _ body: String) -> Bool {
        let f = norm(fact)
        let b = norm(body)
        return f == b || (b.hasSuffix(f) && f.count >= 2) || (f.count > b.count && f.hasSuffix(b))
    }

    static func score(_ file: URL) throws -> Score {
        let text = try String(contentsOf: file, encoding: .utf8)
        let labels = file.deletingPathExtension().appendingPathExtension("expected.json")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: labels)) as! [String: Any]
        let bodies = root["bodies"] as! [[String: Any]]
        let e = NoticeExtractor.extract(text: text, file: file.lastPathComponent)
        func holder(_ f: StructureFact) -> String {
            let p = f.person ?? f.other
            return norm((p?.name ?? "") + (p?.title ?? "") + (f.holding ?? ""))
        }
        var s = Score()
        var keysByBody: [(String, [String])] = []
        for b in bodies {
            let name = b["name"] as! String
            let facts = e.structure.filter { names($0.unit?.name ?? "", name) }
            s.total += 1
            if !facts.isEmpty { s.found += 1 }
            var keys: [String] = []
            for field in ["heads", "deputies", "members"] {
                for entry in (b[field] as? [[String: Any]]) ?? [] {
                    let key = norm(
                        (entry["person"] as? String) ?? (entry["post"] as? String) ?? (entry["unit"] as? String) ?? "")
                    keys.append(key)
                    s.total += 1
                    if facts.contains(where: { $0.kind != .body && holder($0).contains(key) }) { s.found += 1 }
                }
            }
            if let host = b["office_host"] as? String {
                let key = norm(host)
                keys.append(key)
                s.total += 1
                let office = e.structure.filter {
                    names($0.unit?.name ?? "", name) || names($0.unit?.name ?? "", name + "办公室")
                }
                if office.contains(where: { holder($0).contains(key) }) { s.found += 1 }
            }
            keysByBody.append((name, keys))
        }
        for f in e.structure {
            s.facts += 1
            let mine = keysByBody.filter {
                names(f.unit?.name ?? "", $0.0) || names(f.unit?.name ?? "", $0.0 + "办公室")
                    || (f.unit?.name ?? "").hasSuffix("办公室") && names(String((f.unit?.name ?? "").dropLast(3)), $0.0)
            }
            if f.kind == .body {
                if !mine.isEmpty { s.right += 1 }
            } else if mine.contains(where: {
                $0.1.contains { k in !k.isEmpty && (holder(f).contains(k) || k.contains(holder(f))) }
            }) {
                s.right += 1
            }
        }
        return s
    }

    @Test("the shared real notices: recall ≥ 0.9 over all, ≥ 0.5 each; precision ≥ 0.9")
    func shared() throws {
        let dir = Fixtures.repository.appendingPathComponent("seeds/real-notices/shared")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        #expect(files.count == 5)
        var all = Score()
        for f in files {
            let s = try Self.score(dir.appendingPathComponent(f))
            #expect(Double(s.found) >= 0.5 * Double(s.total), "\(f): \(s.found)/\(s.total)")
            all.found += s.found
            all.total += s.total
            all.right += s.right
            all.facts += s.facts
        }
        #expect(Double(all.found) >= 0.9 * Double(all.total), "recall \(all.found)/\(all.total)")
        #expect(Double(all.right) >= 0.9 * Double(all.facts), "precision \(all.right)/\(all.facts)")
    }
}
