import Foundation
import OrgChartCore
import Testing

/// `orgchart extract NOTICE` end to end: every shared real notice drafts a model that loads, checks and renders.
@Suite("Extract notices on the command line")
struct NoticeCLITests {
    let cli = ExtractCLITests()
    static let dir = Fixtures.repository.appendingPathComponent("seeds/real-notices/shared")

    @Test(
        "each shared notice: a model that loads, checks and renders, facts located by --explain",
        .enabled(if: ExtractCLITests.binary != nil))
    func drafts() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.dir.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for f in files.sorted() {
            let notice = Self.dir.appendingPathComponent(f).path
            let yaml = cli.temp(f + ".yaml")
            let extract = try cli.run(["extract", notice, "-o", yaml, "--explain"])
            #expect(extract.status == 0, "\(f): \(extract.stderr)")
            // --explain locates every fact: one located line per structure fact.
            let json = try cli.run(["extract", notice, "--format", "json"])
            let root = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let facts = (root?["structure"] as? [Any])?.count ?? 0
            #expect(facts > 0, "\(f)")
            let located = extract.stderr.split(separator: "\n").filter {
                $0.hasPrefix(notice + ":") && !$0.contains("duty-")
            }
            #expect(located.count >= facts, "\(f): \(located.count) located lines for \(facts) facts")
            let check = try cli.run(["check", yaml])
            #expect(check.status == 0 || check.status == 1, "\(f): \(check.stdout)\(check.stderr)")
            let render = try cli.run(["render", yaml, "-o", cli.temp(f + ".svg")])
            #expect(render.status == 0, "\(f): \(render.stderr)")
        }
    }

    @Test(
        "roles given by post are posts, co-heads a chief list, an open member list members_open, the office its host",
        .enabled(if: ExtractCLITests.binary != nil))
    func draftUsesTheModelsKeys() throws {
        let notice = Self.dir.appendingPathComponent("02-xingye-earthquake-hq.txt").path
        let r = try cli.run(["extract", notice])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\nposts:\n  - id: post-1\n    title: 县委常委、常务副县长\n"), "\(r.stdout)")
        #expect(!r.stdout.contains("status: placeholder"))
        #expect(r.stdout.contains("    chief: [post-3, post-4]\n"))
        #expect(r.stdout.contains("    host: emergency-bureau\n"))
        #expect(r.stdout.contains("    members_open: true\n"))
    }

    @Test(
        "--kind minutes reads a notice as minutes; the notice is recognised without it",
        .enabled(if: ExtractCLITests.binary != nil))
    func kind() throws {
        let notice = Self.dir.appendingPathComponent("05-shanghai-new-towns-leading-group.txt").path
        let auto = try cli.run(["extract", notice])
        #expect(auto.stdout.contains("format: orgchart/1") && auto.stdout.contains("kind: leading-group"))
        #expect(auto.stdout.contains("沪府办〔2020〕59号"))
        let minutes = try cli.run(["extract", notice, "--kind", "minutes"])
        #expect(!minutes.stdout.contains("format: orgchart/1"))
        let bad = try cli.run(["extract", notice, "--kind", "memo"])
        #expect(bad.status == 2)
    }

    @Test("what the reader cannot read is said: a notice cut short", .enabled(if: ExtractCLITests.binary != nil))
    func unread() throws {
        let notice = Self.dir.appendingPathComponent("02-xingye-earthquake-hq.txt").path
        let json = try cli.run(["extract", notice, "--format", "json"])
        let root = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let notRead = root?["not_read"] as? [[String: Any]] ?? []
        #expect(notRead.contains { ($0["reason"] as? String)?.contains("cut short") == true })
        let yaml = try cli.run(["extract", notice])
        #expect(yaml.stdout.contains("# not read (line 11)"))
    }
}
