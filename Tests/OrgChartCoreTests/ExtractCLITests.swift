import Foundation
import OrgChartCore
import Testing

/// Runs the built `orgchart extract` on fixture files and checks stdout, stderr and the exit code.
@Suite("Extract command line")
struct ExtractCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardized
    static let binary: String? = {
        for config in ["debug", "release"] {
            let p = root.appendingPathComponent(".build/\(config)/orgchart").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ args: [String]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(Self.binary, "build orgchart first"))
        p.arguments = args
        p.environment = ["LANG": "C", "NO_COLOR": "1"]
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    func temp(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("extract-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    @Test("YAML and JSON on stdout, --explain on stderr", .enabled(if: binary != nil))
    func outputs() throws {
        let seed = ExtractFixtures.path("seed-dongchuan-2021-02-25.txt")
        let yaml = try run(["extract", seed])
        #expect(yaml.status == 0)
        #expect(yaml.stdout.contains("duties:\n") && yaml.stdout.contains("source: minutes#一.四"))
        let json = try run([
            "extract", seed, "--format", "json", "--model", ExtractFixtures.path("dongchuan-model.yaml"),
        ])
        #expect(json.status == 0)
        let root = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((root?["unresolved"] as? [Any])?.isEmpty == true)
        let explain = try run(["extract", seed, "--explain", "-o", temp("x.yaml")])
        #expect(explain.status == 0 && explain.stdout.isEmpty)
        #expect(explain.stderr.contains("[person-qian]") && explain.stderr.contains("[post-chief]"))
        let gb = try run(["extract", ExtractFixtures.path("invented-3-gb18030.txt"), "--format", "json"])
        #expect(gb.status == 0 && gb.stdout.contains("镇应急办"))
        let rules = try run(["extract", "--rules"])
        #expect(rules.status == 0 && rules.stdout.contains("lead-huitong"))
    }

    @Test("bad input is a located error and exit code 2", .enabled(if: binary != nil))
    func badInput() throws {
        let missing = try run(["extract", "/nonexistent/minutes.txt"])
        #expect(missing.status == 2 && missing.stderr.contains("/nonexistent/minutes.txt"))
        let gb = ExtractFixtures.path("invented-3-gb18030.txt")
        let wrong = try run(["extract", gb, "--encoding", "utf8"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("invented-3-gb18030.txt:1:") && wrong.stderr.contains("error:"))
        let flags = try run(["extract", gb, "--in-place"])
        #expect(flags.status == 2 && flags.stderr.contains("--in-place needs --merge MODEL.yaml"), "\(flags.stderr)")
    }

    @Test(
        "--merge writes a new file, refuses to overwrite its input, and --in-place replaces it",
        .enabled(if: binary != nil))
    func merge() throws {
        let model = temp("model.yaml")
        let original = try Data(contentsOf: URL(fileURLWithPath: ExtractFixtures.path("dongchuan-model.yaml")))
        try original.write(to: URL(fileURLWithPath: model))
        let seed = ExtractFixtures.path("seed-dongchuan-2021-02-25.txt")
        let refused = try run(["extract", seed, "--merge", model, "-o", model])
        #expect(refused.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == original)
        let out = temp("new.yaml")
        let merged = try run(["extract", seed, "--merge", model, "-o", out])
        #expect(merged.status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        // The model's bytes stay as they were; the organisation block gains the minutes' approval in principle.
        let approval = ["  status: approved-in-principle  # minutes#五: ", "  pending: 按程序提交区委常委会审议  # minutes#五"]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(approval.allSatisfy { a in lines.contains { $0.hasPrefix(a) } }, "\(text.prefix(600))")
        let kept = lines.filter { l in !approval.contains { l.hasPrefix($0) } }.joined(separator: "\n")
        #expect(kept.hasPrefix(String(decoding: original, as: UTF8.self).components(separatedBy: "duties:")[0]))
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == original)
        let check = try run(["check", out, "--only", "dangling-reference,wrong-reference-type,unknown-source"])
        #expect(check.status == 0, "\(check.stdout)")
        let inPlace = try run(["extract", seed, "--merge", model, "--in-place"])
        #expect(inPlace.status == 0)
        #expect(try String(contentsOfFile: model, encoding: .utf8) == text)
    }
}
