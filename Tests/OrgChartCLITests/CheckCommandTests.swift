import Foundation
import Testing

@Suite("orgchart check (end to end)")
struct CheckCommandTests {
    let planted = "Tests/OrgChartCoreTests/Fixtures/planted.yaml"

    @Test("--version prints the version")
    func version() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("0."))
    }

    @Test("--help explains the commands")
    func help() throws {
        let r = try CLI.run(["check", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--fail-on"))
        #expect(r.stdout.contains("Exit codes"))
    }

    @Test("a file with three independent mistakes prints three located errors and exits 2")
    func threeMistakes() throws {
        let r = try CLI.run(["check", "Tests/OrgChartCoreTests/Fixtures/bad/three-mistakes.yaml"])
        #expect(r.status == 2)
        let lines = r.stderr.split(separator: "\n").filter { $0.contains(": error: [") }
        #expect(lines.count == 3)
        #expect(
            lines[0].hasPrefix("Tests/OrgChartCoreTests/Fixtures/bad/three-mistakes.yaml:4:22: error: [unknown-key]"))
        #expect(r.stdout.isEmpty)
    }

    @Test("findings exit 1, text is sorted by position with a summary, no colour when not a terminal")
    func findings() throws {
        let r = try CLI.run(["check", planted, "--as-of", "2021-04-01"])
        #expect(r.status == 1)
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stdout.hasSuffix("9 errors, 9 warnings, 7 notes\n"))
        let lines = r.stdout.split(separator: "\n").dropLast().map { line -> [Int] in
            let parts = line.split(separator: ":")
            return [Int(parts[1])!, Int(parts[2])!]
        }
        #expect(lines == lines.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test("--timings says how long each stage took and whether the file was decoded in pieces")
    func timings() throws {
        let small = try CLI.run(["check", planted, "--as-of", "2021-04-01", "--timings"])
        #expect(small.stderr.contains("timings: load ") && small.stderr.contains("(one pass)"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("orgchart-timings-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("big.yaml").path
        let generated = try CLI.run(
            ["generate", "--units", "6000", "--people", "1200", "--duties", "12000", "--seed", "2", "-o", big])
        #expect(generated.status == 0)
        let r = try CLI.run(["check", big, "--as-of", "2021-04-01", "--timings", "-o", "/dev/null"])
        #expect(r.status == 1)
        // Over 1 MiB: in pieces when the process may use more than one core.
        if ProcessInfo.processInfo.activeProcessorCount > 1 {
            #expect(r.stderr.contains("pieces at once"), "\(r.stderr)")
        } else {
            #expect(r.stderr.contains("(one pass)"), "\(r.stderr)")
        }
    }

    @Test("--fail-on info makes notes fail; --only narrows the run")
    func failOn() throws {
        #expect(try CLI.run(["check", planted, "--only", "placeholder"]).status == 0)
        #expect(try CLI.run(["check", planted, "--only", "placeholder", "--fail-on", "info"]).status == 1)
        let bad = try CLI.run(["check", planted, "--only", "placeholdr"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("did you mean placeholder?"))
    }

    @Test("--format json has the documented fields")
    func json() throws {
        let r = try CLI.run(["check", planted, "--as-of", "2021-04-01", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let findings = object["findings"] as! [[String: Any]]
        #expect(findings.count == 25)
        #expect(Set(findings[0].keys) == ["check", "severity", "message", "subject", "file", "line", "column"])
        let summary = object["summary"] as! [String: Int]
        #expect(summary == ["errors": 9, "warnings": 9, "notes": 7])
    }

    @Test("--format sarif is SARIF 2.1.0 with rules and located results")
    func sarif() throws {
        let r = try CLI.run(["check", planted, "--as-of", "2021-04-01", "--format", "sarif"])
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(object["version"] as? String == "2.1.0")
        let run = (object["runs"] as! [[String: Any]])[0]
        let results = run["results"] as! [[String: Any]]
        #expect(results.count == 25)
        let region =
            (((results[0]["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"]
                as! [String: Int])
        // The first finding is pending-approval, on `organisation.status` (line 6).
        #expect(region["startLine"] == 6)
    }

    @Test("--lang zh and LANG=zh_CN give Chinese messages")
    func chinese() throws {
        let a = try CLI.run(["check", planted, "--lang", "zh", "--only", "count-mismatch"])
        #expect(a.stdout.contains("规定分指挥部 3 个,模型中有 2 个"))
        let b = try CLI.run(["check", planted, "--only", "count-mismatch"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(b.stdout == a.stdout)
    }

    @Test("-o writes atomically and refuses to overwrite the model")
    func output() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("f.json").path
        let r = try CLI.run(["check", planted, "--format", "json", "-o", out])
        #expect(r.status == 1)
        #expect(FileManager.default.fileExists(atPath: out))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(leftovers == ["f.json"])
        let copy = dir.appendingPathComponent("m.yaml")
        try FileManager.default.copyItem(atPath: CLI.repository.appendingPathComponent(planted).path, toPath: copy.path)
        let before = try Data(contentsOf: copy)
        let clash = try CLI.run(["check", copy.path, "-o", copy.path])
        #expect(clash.status == 2)
        #expect(try Data(contentsOf: copy) == before)
        let missing = try CLI.run(["check", planted, "-o", dir.path + "/no/such/dir/x.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist"))
    }

    @Test("matrix CSV opens in Excel: BOM, CRLF, formulas neutralised")
    func matrixCSV() throws {
        let r = try CLI.run(["matrix", planted, "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("\u{FEFF}"))
        #expect(r.stdout.contains("\r\n"))
    }

    @Test("docs/checks.md is generated from the checks and is up to date")
    func checksDocs() throws {
        let r = try CLI.run(["checks", "--format", "markdown"])
        let committed = try String(contentsOf: CLI.repository.appendingPathComponent("docs/checks.md"), encoding: .utf8)
        #expect(
            r.stdout == committed, "docs/checks.md is stale: run `orgchart checks --format markdown > docs/checks.md`")
    }
}
