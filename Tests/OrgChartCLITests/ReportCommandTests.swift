import Foundation
import Testing

@Suite("orgchart report (end to end)")
struct ReportCommandTests {
    let seed = "seeds/dongchuan-2021.yaml"

    @Test("writes one HTML file with the chart, the findings and the matrix; exit 0 whatever the findings")
    func writes() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("report.html").path
        let r = try CLI.run(["report", seed, "--as-of", "2021-03-20", "--lang", "zh", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg class=\"chart-svg\""))
        #expect(
            html.contains("id=\"findings\"") && html.contains("class=\"matrix\"") && html.contains("class=\"duties\""))
        #expect(html.contains("乡村规划分指挥部"))
        #expect(html.contains("逾期 10 天"))
    }

    @Test("without -o the page goes to standard output; the language follows LANG")
    func standardOutput() throws {
        let r = try CLI.run(["report", seed, "--as-of", "2021-03-20"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("<html lang=\"zh-CN\">"))
        let en = try CLI.run(["report", seed, "--as-of", "2021-03-20", "--lang", "en"])
        #expect(en.stdout.contains("<html lang=\"en\">"))
    }

    @Test("refuses to write over the model; bad dates and unreadable models exit 2")
    func errors() throws {
        let dir = try CLI.temporaryDirectory()
        let model = dir.appendingPathComponent("model.yaml")
        try FileManager.default.copyItem(atPath: CLI.repository.appendingPathComponent(seed).path, toPath: model.path)
        let before = try Data(contentsOf: model)
        let clash = try CLI.run(["report", model.path, "-o", model.path])
        #expect(clash.status == 2)
        #expect(try Data(contentsOf: model) == before)
        #expect(try CLI.run(["report", seed, "--as-of", "2021-02-30"]).status == 2)
        let missing = try CLI.run(["report", dir.appendingPathComponent("nope.yaml").path])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
    }

    @Test("--help says what the page holds and how it behaves offline")
    func help() throws {
        let r = try CLI.run(["report", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Content-Security-Policy"))
        #expect(r.stdout.contains("--as-of"))
    }

    @Test("two models make the report of a restructuring; three are a usage error")
    func twoModels() throws {
        let before = "seeds/proposals/dongchuan-14-posts-illustrative.yaml"
        let after = "seeds/proposals/dongchuan-10-posts-illustrative.yaml"
        let r = try CLI.run(["report", before, after, "--as-of", "2021-03-20", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("<p class=\"kicker\">Restructuring report</p>"))
        #expect(r.stdout.contains("\"svg\":\"removed-rural-reform\""))
        let three = try CLI.run(["report", before, after, seed])
        #expect(three.status == 2)
        #expect(three.stderr.contains("give one model, or two"))
    }
}
