import Foundation
@testable import OrgChartCore
import OrgChartYAML
import Testing

/// Deterministic mutations of a real model: bit flips, YAML-significant bytes, truncations, insertions, deletions and
/// repeated lines, drawn from `SplitMix64` so every run tries the same inputs.
enum Mutator {
    /// Bytes that change what YAML or UTF-8 make of a text.
    static let interesting: [UInt8] = Array(":-[]{}\"'&*!|>#%@`,? \t\n\r".utf8) + [0, 0x80, 0xBF, 0xC3, 0xE4, 0xFF]

    static func mutate(_ base: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = base
        for _ in 0..<(1 + Int(rng.next() % 3)) {
            let at = b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count))
            switch rng.next() % 7 {
            case 0:
                if !b.isEmpty { b[at] ^= 1 << UInt8(rng.next() % 8) }
            case 1:
                if !b.isEmpty { b[at] = interesting[Int(rng.next() % UInt64(interesting.count))] }
            case 2:
                b.removeSubrange(at..<b.count)
            case 3:
                let n = 1 + Int(rng.next() % 4)
                b.insert(
                    contentsOf: (0..<n).map { _ in interesting[Int(rng.next() % UInt64(interesting.count))] }, at: at)
            case 4:
                b.removeSubrange(at..<min(b.count, at + 1 + Int(rng.next() % 64)))
            case 5:
                // Repeat the line the position is in (duplicate keys and ids).
                let start = b[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                let end = b[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? b.count
                b.insert(contentsOf: Array(b[start..<end]), at: end)
            default:
                // Change the indentation of a line.
                let start = b[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                if rng.next() % 2 == 0 {
                    b.insert(contentsOf: [0x20, 0x20], at: start)
                } else if start < b.count, b[start] == 0x20 {
                    b.remove(at: start)
                }
            }
        }
        return b
    }
}

@Suite("Hostile input: mutations, sizes and pathological shapes")
struct HostileInputTests {
    static let asOf = Day(year: 2021, month: 4, day: 1)

    static var seedModel: [UInt8] {
        Array(
            (try? Data(contentsOf: Fixtures.repository.appendingPathComponent("seeds/dongchuan-2021.yaml"))) ?? Data())
    }

    /// What loading gave: a model that survived every check and output, or errors (the class of the first).
    struct Outcome {
        var loaded: Bool
        var firstError: String?
        /// What was wrong with the outcome, if anything.
        var problem: String?
    }

    /// Loads bytes and checks the outcome: a model that survives every check and output and can be written back, or
    /// errors that are all located inside the file.
    static func exercise(_ bytes: [UInt8], file: String) -> Outcome {
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        do {
            let m = try ModelLoader.load(bytes: bytes, file: file)
            let findings = CheckRunner.run(m, options: CheckOptions(asOf: asOf))
            if let problem = printingProblem(findings, ResponsibilityMatrix(m), title: m.organisation.name) {
                return Outcome(loaded: true, problem: problem)
            }
            do {
                _ = try ModelLoader.load(text: ModelWriter().yaml(m), file: "written.yaml")
            } catch {
                return Outcome(loaded: true, problem: "the model written back does not load: \(error.errors)")
            }
            return Outcome(loaded: true)
        } catch {
            guard let first = error.errors.first else {
                return Outcome(loaded: false, problem: "a load failure without an error")
            }
            for e in error.errors {
                guard let mark = e.mark else {
                    return Outcome(loaded: false, problem: "unlocated error: [\(e.check)] \(e.message.en)")
                }
                if mark.line < 1 || mark.column < 1 || mark.line > lines + 1 {
                    return Outcome(loaded: false, problem: "error outside the file at \(mark): \(e.message.en)")
                }
            }
            return Outcome(loaded: false, firstError: first.check)
        }
    }

    /// What is wrong with the printed findings and matrix, if anything: each printer gives the shape its format
    /// promises, one entry per finding (or duty), whatever the names in the model hold.
    static func printingProblem(_ findings: [Finding], _ matrix: ResponsibilityMatrix, title: String) -> String? {
        // Text: a line per finding and the summary, no control character left to reach the terminal.
        let text = TextFindingPrinter(lang: .en, colour: false).render(findings)
        if text.utf8.split(separator: 0x0A).count != findings.count + 1 {
            return "text: not a line per finding and a summary"
        }
        if text.unicodeScalars.contains(where: { $0 != "\n" && UnsafeCharacters.terminal.contains($0) }) {
            return "text: a control character is printed as it is"
        }
        // JSON: the findings in order, and the summary.
        let json = JSONFindingPrinter(lang: .zh).render(findings)
        guard let root = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let list = root["findings"] as? [[String: Any]], root["summary"] is [String: Any],
            list.map({ $0["check"] as? String }) == findings.map(\.check),
            list.map({ $0["line"] as? Int }) == findings.map(\.mark?.line)
        else { return "JSON: does not parse as the findings and a summary" }
        // SARIF: version 2.1.0, one run, a result per finding with its rule and a level SARIF knows.
        let sarif = SARIFFindingPrinter(lang: .en).render(findings)
        guard let log = try? JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any],
            log["version"] as? String == "2.1.0", let runs = log["runs"] as? [[String: Any]], runs.count == 1,
            let results = runs[0]["results"] as? [[String: Any]],
            results.map({ $0["ruleId"] as? String }) == findings.map(\.check),
            results.allSatisfy({ ["error", "warning", "note"].contains($0["level"] as? String ?? "") })
        else { return "SARIF: does not parse as a log with a result per finding" }
        // Markdown: the header, then a row of five cells per finding.
        let rows = MarkdownFindingPrinter(lang: .en).render(findings).split(separator: "\n").dropFirst(2)
            .filter { $0.hasPrefix("|") }
        if rows.count != findings.count { return "Markdown: \(rows.count) rows for \(findings.count) findings" }
        for row in rows where Self.unescapedPipes(row) != 6 { return "Markdown: a row without five cells: \(row)" }
        // CSV (read back by import's reader): the header and a record per duty, all as wide as the header.
        let csv = matrix.csv(.zh)
        guard csv.hasPrefix("\u{FEFF}"), let records = try? CSVReader.rows(String(csv.dropFirst())).map(\.fields)
        else { return "CSV: does not read back" }
        if records.count != matrix.rows.count + 1 || Set(records.map(\.count)).count > 1 {
            return
                "CSV: \(records.count) records of \(Set(records.map(\.count))) fields for \(matrix.rows.count) duties"
        }
        // HTML: a page with the header row and a row per duty.
        let html = matrix.html(.en, title: title)
        if !html.hasSuffix("</body></html>\n") || html.components(separatedBy: "<tr").count - 1 != matrix.rows.count + 1
        {
            return "HTML: not a page with a row per duty"
        }
        return nil
    }

    /// How many `|` in a Markdown row are cell borders (not escaped as `\|`).
    static func unescapedPipes(_ row: Substring) -> Int {
        var n = 0
        var escaped = false
        for c in row {
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                n += 1
            }
        }
        return n
    }

    @Test("3,000 mutations of the seed model: each loads and checks, or fails with located errors, never a trap")
    func mutations() throws {
        let seed = Self.seedModel
        try #require(seed.count > 10_000)
        var rng = SplitMix64(seed: 0x2021_0225)
        var loaded = 0
        var classes: [String: Int] = [:]
        for i in 0..<3000 {
            let outcome = Self.exercise(Mutator.mutate(seed, &rng), file: "mutant-\(i).yaml")
            #expect(outcome.problem == nil, "mutant \(i): \(outcome.problem ?? "")")
            if outcome.loaded { loaded += 1 }
            if let c = outcome.firstError { classes[c, default: 0] += 1 }
        }
        // Both paths ran, and the failures span several classes of error.
        #expect(loaded > 300)
        #expect(classes.values.reduce(0, +) > 300)
        #expect(
            Set(classes.keys).isSuperset(of: ["syntax", "encoding", "duplicate-key", "duplicate-id"]), "\(classes)")
    }

    @Test("20 mutations of a 1.5 MB model: each loads or fails with located errors")
    func largeMutations() throws {
        let (model, _) = ModelGenerator(units: 6000, people: 1200, duties: 12_000, seed: 7).generate()
        let big = Array(ModelWriter().yaml(model).utf8)
        try #require(big.count > 1 << 20)
        let lines = big.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        var rng = SplitMix64(seed: 0xB16)
        var failed = 0
        for i in 0..<20 {
            var bytes = big
            // One to three changed or inserted bytes anywhere in the large text.
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let at = Int(rng.next() % UInt64(bytes.count))
                let b = Mutator.interesting[Int(rng.next() % UInt64(Mutator.interesting.count))]
                if rng.next() % 2 == 0 { bytes[at] = b } else { bytes.insert(b, at: at) }
            }
            do {
                _ = try ModelLoader.load(bytes: bytes, file: "big-mutant-\(i).yaml")
            } catch {
                failed += 1
                #expect(!error.errors.isEmpty)
                for e in error.errors {
                    #expect(e.mark.map { $0.line >= 1 && $0.line <= lines + 1 } == true, "big mutant \(i): \(e)")
                }
            }
        }
        #expect(failed > 5)
    }

    @Test("a billion-laughs file is refused at its first alias, before anything is expanded")
    func billionLaughs() {
        var text =
            "format: orgchart/1\norganisation: {name: T}\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...30 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        do {
            _ = try ModelLoader.load(text: text, file: "laughs.yaml")
            Issue.record("loaded")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].check == "alias")
            #expect(error.errors[0].mark == SourceMark(line: 4, column: 10))
        }
    }

    @Test("each limit is a located `limit` error that names the flag that raises it")
    func limits() {
        let text = """
            format: orgchart/1
            organisation: {name: T}
            units:
              - {id: a, name: A, kind: team, aliases: [[[[x]]]]}
            """
        func failure(_ limits: YAMLLimits) -> Finding? {
            do {
                _ = try ModelLoader.load(text: text, file: "l.yaml", limits: limits)
                return nil
            } catch {
                return error.errors.first
            }
        }
        let bytes = failure(YAMLLimits(maxBytes: 64))
        #expect(bytes?.check == "limit")
        #expect(bytes?.mark == SourceMark(line: 1, column: 1))
        #expect(bytes?.message.en.contains("--max-bytes") == true)
        let depth = failure(YAMLLimits(maxDepth: 5))
        #expect(depth?.check == "limit")
        #expect(depth?.mark == SourceMark(line: 4, column: 45))
        #expect(depth?.message.en.contains("--max-depth") == true)
        let nodes = failure(YAMLLimits(maxNodes: 10))
        #expect(nodes?.check == "limit")
        #expect(nodes?.mark?.line == 4)
        #expect(nodes?.message.en.contains("--max-nodes") == true)
        // Exactly at the limits it loads (the list in `aliases` has the wrong type, but that is not a limit).
        #expect(failure(YAMLLimits(maxBytes: text.utf8.count, maxDepth: 7, maxNodes: 100))?.check == "wrong-type")
    }

    @Test("a file over the byte limit is refused while reading, with the same located error")
    func fileOverLimit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("orgchart-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.yaml").path
        try Data(("format: orgchart/1\norganisation: {name: T}\n# " + String(repeating: "x", count: 5000)).utf8)
            .write(to: URL(fileURLWithPath: path))
        do {
            _ = try ModelLoader.load(path: path, limits: YAMLLimits(maxBytes: 4096))
            Issue.record("loaded")
        } catch {
            #expect(error.errors.first?.check == "limit")
            #expect(error.errors.first?.mark == SourceMark(line: 1, column: 1))
            #expect(
                error.errors.first?.message.en == "file is over the limit of 4096 bytes (raise it with --max-bytes)")
        }
    }

    @Test("50,000 units under one parent and 100,000 liaisons load and check, with every finding right")
    func wideModel() throws {
        var text = "format: orgchart/1\norganisation: {name: Wide}\npeople:\n  - {id: boss, name: Boss}\nunits:\n"
        text += "  - {id: hq, name: HQ, kind: headquarters, chief: boss, office: hq-office}\n"
        text += "  - {id: hq-office, name: Office, kind: bureau, parent: hq}\n"
        text += "  - {id: wg, name: WG, kind: workgroup, parent: hq, chief: boss}\n"
        for i in 0..<50_000 {
            // Two liaisons each: with the work group and with the unit before it (100,000 in all).
            let previous = i == 0 ? "wg" : "u\(i - 1)"
            text += "  - {id: u\(i), name: Unit \(i), kind: team, parent: hq, liaises: [wg, \(previous)]}\n"
        }
        let m = try Fixtures.model(text)
        #expect(m.units.count == 50_003)
        #expect(m.units.reduce(0) { $0 + $1.liaises.count } == 100_000)
        let findings = CheckRunner.run(m, options: CheckOptions(asOf: Self.asOf))
        // Teams need no chief and no office; nothing is orphaned, nothing cycles.
        #expect(!findings.contains { $0.check == "hierarchy-cycle" || $0.check == "orphan-unit" })
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.prefix(3).map(\.message.en))")
        let matrix = ResponsibilityMatrix(m)
        #expect(matrix.rows.isEmpty)
    }

    @Test("a 100,000-long chain of parents and a 50,000-unit cycle are checked without recursion")
    func deepHierarchy() throws {
        var text = "format: orgchart/1\norganisation: {name: Deep}\nunits:\n  - {id: u0, name: U0, kind: team}\n"
        for i in 1..<100_000 { text += "  - {id: u\(i), name: U\(i), kind: team, parent: u\(i - 1)}\n" }
        let chain = try Fixtures.model(text)
        #expect(CheckRunner.run(chain, options: CheckOptions(asOf: Self.asOf)).filter { $0.severity == .error }.isEmpty)

        var cycle = "format: orgchart/1\norganisation: {name: Cycle}\nunits:\n"
        for i in 0..<50_000 { cycle += "  - {id: c\(i), name: C\(i), kind: team, parent: c\((i + 1) % 50_000)}\n" }
        let m = try Fixtures.model(cycle)
        let found = CheckRunner.run(m, options: CheckOptions(asOf: Self.asOf)).filter { $0.check == "hierarchy-cycle" }
        #expect(found.count == 1)
        #expect(found.first?.subject == "c0")
    }

    @Test("mappings with 100,000 keys or 100,000 repeats of one key load in linear time")
    func manyKeys() throws {
        var sources = "format: orgchart/1\norganisation:\n  name: Many\n  sources:\n"
        for i in 0..<100_000 { sources += "    s\(i): file\(i).txt\n" }
        let m = try Fixtures.model(sources)
        #expect(m.organisation.sources.count == 100_000)

        var checks = "format: orgchart/1\norganisation: {name: C}\nchecks:\n"
        for i in 0..<100_000 { checks += "  custom-\(i): warning\n" }
        let c = try Fixtures.model(checks)
        #expect(c.checkSettings.count == 100_000)

        var repeats = "format: orgchart/1\norganisation: {name: R}\nunits:\n  - id: a\n    kind: team\n"
        for _ in 0..<100_000 { repeats += "    name: A\n" }
        do {
            _ = try ModelLoader.load(text: repeats)
            Issue.record("loaded")
        } catch {
            #expect(error.errors.count == 99_999)
            #expect(error.errors.allSatisfy { $0.check == "duplicate-key" })
            #expect(error.errors.last?.message.en == "duplicate key `name` in unit (first at line 6)")
        }
    }

    @Test("minutes the fuzzer found extract without a trap, and merge into the seed model as a model that loads")
    func minutesRegressions() throws {
        let dir = Fixtures.directory.appendingPathComponent("bad")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("minutes-") }
        #expect(names.count >= 8)
        let seedPath = Fixtures.repository.appendingPathComponent("seeds/dongchuan-2021.yaml").path
        let seed = try ModelLoader.load(path: seedPath)
        let seedText = try String(contentsOfFile: seedPath, encoding: .utf8)
        for name in names.sorted() {
            let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
            let e: Extraction
            do {
                e = try MinutesExtractor.extract(
                    bytes: bytes, file: name,
                    options: ExtractOptions(model: seed, meetingDate: Day(year: 2021, month: 2, day: 25)))
            } catch {
                // Bytes that are neither UTF-8 nor GB18030: a located error naming the bad byte.
                #expect(error.mark != nil && error.message.en.contains("byte 0x"), "\(name): \(error.message.en)")
                continue
            }
            _ = ExtractionYAML(minutesPath: name, model: seed).render(e)
            // Every deadline found is a real date (5月0日 once gave 2021-05-00).
            for a in e.assignments { if let due = a.due { #expect(Day(due.description) != nil, "\(name): \(due)") } }
            #expect(throws: Never.self, "\(name)") {
                _ = try ModelMerger.merge(
                    e, into: seedText, model: seed, file: seedPath, minutesPath: name, sourceName: "minutes")
            }
        }
        let e = MinutesExtractor.extract(text: "2021年99999999999999999999999999月底前，区财政局牵头完成任务。")
        #expect(e.assignments.count <= 1)
    }

    @Test("a tab is recognised as a tab after Chinese text too (libyaml counts characters, not bytes)")
    func tabAfterChinese() {
        do {
            _ = try ModelLoader.load(text: "format: orgchart/1\norganisation: {name: 东川区}\n\tunits: []\n")
            Issue.record("loaded")
        } catch {
            #expect(error.errors.first?.message.en.hasPrefix("a tab character") == true)
            #expect(error.errors.first?.mark == SourceMark(line: 3, column: 1))
        }
    }
}
