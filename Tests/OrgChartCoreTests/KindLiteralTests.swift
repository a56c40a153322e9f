import Foundation
@testable import OrgChartCore
import Testing

/// No code compares a unit kind's id with a string literal: code asks the kind (`isWorkGroup`, `headTitle`, …), so
/// a model's own kind with a role behaves like the built-in one, and a title or a test is written once, in
/// `KindDefinition.swift`.
@Suite("No kind id literals in code")
struct KindLiteralTests {
    @Test("no source file compares a kind id with a literal")
    func sources() throws {
        let root = Fixtures.repository.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }.sorted()
        #expect(files.count > 100, "the scan sees the sources")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            found += KindLiteralScan.offences(in: text).map { "Sources/\(file):\($0.line): \($0.text)" }
        }
        let list = found.joined(separator: "\n")
        #expect(found.isEmpty, "ask the kind (model.kind(id)?.isWorkGroup, …) instead:\n\(list)")
    }

    @Test("the scan finds each way of comparing a kind with a literal, and passes what is not one")
    func scanner() {
        let offending = [
            #"guard units.contains(where: { $0.kind == "workgroup" }) else { return [] }"#,
            #"if b.kind != "office", let parent { return nil }"#,
            #"let groups = units.filter { "workgroup" == $0.kind }"#,
            #"if k.id == "department", usedKinds.contains("bureau") {"#,
            #"for u in model.units where u.kind != "collective" {"#,
            #"let near = ["leading-group": "committee", "task-force": "team"][k] ?? "department""#,
            #"if ["office", "collective"].contains(u.kind) { return }"#,
        ]
        for line in offending { #expect(KindLiteralScan.offences(in: line).count == 1, "\(line)") }
        let inSwitch = """
            switch u.kind {
            case "headquarters": return Message(en: "Commander", zh: "指挥长")
            case "subcommand", "workgroup": return nil
            default: return nil
            }
            """
        #expect(KindLiteralScan.offences(in: inSwitch).map(\.line) == [2, 3])
        let fine = [
            #"case "office":"#,  // a key, not in a switch over a kind
            #"("office", u.office.map(ref) ?? .null),"#,
            #"let kind = collective ? BuiltInKinds.collective.id : NoticeIDs.unitKind(name)"#,
            #"guard units[i].chiefs.isEmpty, let kind = kinds.kind(units[i].kind), kind.needsChief else {"#,
            #"for kind in headed { let units = model.units.filter { $0.kind == kind.id } }"#,
            #"/// Whether `kind == "office"` holds, in a comment."#,
            #"("领导小组", "leading-group"), ("办公室", "office"),"#,
        ]
        for line in fine { #expect(KindLiteralScan.offences(in: line).isEmpty, "\(line)") }
        let keySwitch = """
            switch r.field {
            case "office":
                return nil
            }
            """
        #expect(KindLiteralScan.offences(in: keySwitch).isEmpty)
    }
}

/// Finds the lines of Swift source that compare a unit kind's id with a string literal.
enum KindLiteralScan {
    /// Every kind id code might spell out: the built-in kinds and the notice reader's draft kinds.
    static let ids: [String] = BuiltInKinds.all.map(\.id) + NoticeLexicon.draftKinds.map(\.id)

    static let idAlternatives = ids.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")

    /// Patterns of a comparison, each on one line.
    static let patterns: [NSRegularExpression] = [
        // kind == "…", kind.id != "…", "…" == $0.kind
        #"(?i)kind(\.id)?\s*[!=]=\s*""#,
        #"(?i)"\s*[!=]=\s*[\w.$?!]*kind(\.id)?\b"#,
        // anything == "workgroup", "office" != anything
        #"[!=]=\s*"(\#(idAlternatives))""#,
        #""(\#(idAlternatives))"\s*[!=]="#,
        // usedKinds.contains("bureau"), kinds["office"]
        #"(?i)kinds?\??\.contains\(\s*""#,
        #"(?i)kinds?\??\[\s*""#,
        // ["office": …] keyed by kind, ["office", "collective"].contains(u.kind)
        #""(\#(idAlternatives))"\s*:\s*""#,
        #"(?i)"\s*\]\s*\.contains\(\s*[\w.$?!]*kind\b"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    static let switchOverKind = try! NSRegularExpression(pattern: #"(?i)^\s*switch\s+[^{]*kind"#)
    static let switchStart = try! NSRegularExpression(pattern: #"^\s*switch\s"#)
    static let literalCase = try! NSRegularExpression(pattern: #"^\s*case\s+""#)

    /// The offending lines of `text` (1-based), comments skipped.
    static func offences(in text: String) -> [(line: Int, text: String)] {
        var out: [(Int, String)] = []
        // The indentation of the switch over a kind the line is in, if any.
        var kindSwitch: Int?
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let indent = line.prefix { $0 == " " }.count
            if trimmed.hasPrefix("//") { continue }
            if matches(switchStart, line) {
                kindSwitch = matches(switchOverKind, line) ? indent : nil
            } else if let k = kindSwitch, indent == k, trimmed.hasPrefix("}") {
                kindSwitch = nil
            }
            let inKindSwitch = kindSwitch != nil
            if patterns.contains(where: { matches($0, line) }) || inKindSwitch && matches(literalCase, line) {
                out.append((n + 1, trimmed))
            }
        }
        return out
    }

    static func matches(_ re: NSRegularExpression, _ s: String) -> Bool {
        re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }
}
