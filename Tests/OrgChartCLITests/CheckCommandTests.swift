import Foundation
import TestSupport
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
        let r = try CLI.run(["check", planted, "--as-of", "2021-04-01", "--sort", "position"])
        #expect(r.status == 1)
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stdout.hasSuffix("8 errors, 9 warnings, 8 notes\n"))
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
        let r = try CLI.run(
            ["check", big, "--as-of", "2021-04-01", "--timings", "-o", "/dev/null", "--fail-on", "warning"])
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
        #expect(summary == ["errors": 8, "warnings": 9, "notes": 8])
    }

    @Test("--format sarif is SARIF 2.1.0 with rules and located results")
    func sarif() throws {
        let r = try CLI.run(["check", planted, "--as-of", "2021-04-01", "--format", "sarif", "--sort", "position"])
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

    @Test("by default the most important findings come first: errors, then warnings, then notes")
    func importance() throws {
        let r = try CLI.run(["check", planted, "--as-of", "2021-04-01"])
        let severities = r.stdout.split(separator: "\n").dropLast().map { line -> Int in
            line.contains(": error: [") ? 0 : line.contains(": warning: [") ? 1 : 2
        }
        #expect(severities == severities.sorted())
        #expect(r.stdout.hasPrefix("Tests/OrgChartCoreTests/Fixtures/planted.yaml:30:56: error: [dangling-reference]"))
    }

    @Test("-v and --expand list the subjects of a finding of one cause under it")
    func expand() throws {
        let plain = try CLI.run([
            "check", "seeds/dongchuan-2021.yaml", "--as-of", "2021-04-07", "--only", "placeholder",
        ])
        #expect(plain.stdout.split(separator: "\n").count == 2)
        #expect(plain.stdout.contains("note: [placeholder] 9 sub-command posts are placeholders"))
        for flag in ["-v", "--expand"] {
            let r = try CLI.run([
                "check", "seeds/dongchuan-2021.yaml", "--as-of", "2021-04-07", "--only", "placeholder", flag,
            ])
            let lines = r.stdout.split(separator: "\n")
            #expect(lines.count == 11)
            #expect(lines[1].hasPrefix("    seeds/dongchuan-2021.yaml:") && lines[1].contains("分指挥部(二)"))
        }
    }

    @Test(
        "SARIF passes the official SARIF 2.1.0 schema with its uri formats checked",
        .enabled(
            if: CheckCommandTests.sarifValidator,
            "python3 with jsonschema and rfc3987 is not installed (pip install jsonschema rfc3987)"))
    func sarifSchema() throws {
        // Every seed, both languages, with and without documentation links.
        let all = try CLI.launch(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "scripts/validate-sarif.py", "--orgchart", CLI.binary.path])
        #expect(all.status == 0, "\(all.stdout)\(all.stderr)")
        // Files given as an absolute path, with ../, and read from standard input.
        let dir = try CLI.temporaryDirectory()
        let absolute = CLI.repository.appendingPathComponent(planted).path
        var files: [String] = []
        for (i, path) in [absolute, "Tests/../" + planted, "/tmp/../" + absolute.dropFirst()].enumerated() {
            let out = dir.appendingPathComponent("\(i).sarif").path
            _ = try CLI.run(["check", String(path), "--format", "sarif", "-o", out])
            files.append(out)
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(!text.contains("\"uri\": \"/") && !text.contains("../"), "\(path): \(text.prefix(400))")
            #expect(text.contains("\"uri\": \"Tests/OrgChartCoreTests/Fixtures/planted.yaml\""))
        }
        let piped = dir.appendingPathComponent("stdin.sarif").path
        _ = try CLI.run(
            ["check", "-", "--format", "sarif", "-o", piped],
            stdin: try Data(contentsOf: URL(fileURLWithPath: absolute)))
        files.append(piped)
        let given = try CLI.launch(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/validate-sarif.py"] + files)
        #expect(given.status == 0, "\(given.stdout)\(given.stderr)")
    }

    /// Whether python3 can validate SARIF here.
    static let sarifValidator: Bool = {
        guard
            let r = try? CLI.launch(
                URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import jsonschema, rfc3987"])
        else { return false }
        return r.status == 0
    }()

    @Test("--docs-url must be an absolute address; SARIF links each rule to it")
    func docsURL() throws {
        let bad = try CLI.run(["check", planted, "--format", "sarif", "--docs-url", "docs/checks.md"])
        #expect(bad.status == 2 && bad.stderr.contains("--docs-url"))
        let r = try CLI.run(
            ["check", planted, "--format", "sarif"], environment: ["ORGCHART_DOCS_URL": "https://example.org/checks.md"]
        )
        #expect(r.stdout.contains("\"helpUri\": \"https://example.org/checks.md#dangling-reference\""))
        #expect(r.stdout.contains("\"informationUri\": \"https://example.org/checks.md\""))
        let none = try CLI.run(["check", planted, "--format", "sarif"], environment: ["ORGCHART_DOCS_URL": ""])
        #expect(!none.stdout.contains("helpUri") && none.stdout.contains("\"partialFingerprints\""))
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
        #expect(r.status == 0 && r.stderr.isEmpty)
        Golden.expect(r.stdout, "docs/checks.md", also: "`orgchart checks --format markdown > docs/checks.md`")
    }
}
