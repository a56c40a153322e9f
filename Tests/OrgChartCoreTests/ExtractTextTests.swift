import Foundation
@testable import OrgChartCore
import Testing

/// Decoding and normalising minutes text, and the deadline forms.
@Suite("Extract text")
struct ExtractTextTests {
    @Test("punctuation of both widths, stray spaces and CRLF read the same")
    func normalisation() {
        let full = "一、测试\n会议要求，区财政局负责资金保障，每月向区人民政府报告。\n"
        let half = "一、测试\r\n会议要求, 区 财政局 负责资金保障,每月 向区人民政府 报告.\r\n".replacingOccurrences(of: ".", with: "。")
        let a = MinutesExtractor.extract(text: full).assignments.map(ExpectedAssignment.init)
        let b = MinutesExtractor.extract(text: half).assignments.map(ExpectedAssignment.init)
        #expect(a.count == 1)
        #expect(a.map { [$0.lead, $0.assist] } == b.map { [$0.lead, $0.assist] })
        #expect(a.map(\.cadence) == b.map(\.cadence) && a.map(\.reportTo) == b.map(\.reportTo))
        #expect(MinutesText.normalise("各乡镇(街道)") == "各乡镇（街道）")
        #expect(MinutesText.normalise("10:30 会议") == "10:30会议")
        #expect(MinutesText.normalise("Word Excel") == "Word Excel")
    }

    @Test("positions point into the original file")
    func positions() {
        let t = MinutesText("ab\r\n　　区财政局")
        #expect(t.chars.first { $0 == "区" } != nil)
        let i = t.chars.firstIndex(of: "区")!
        #expect(t.mark(i) == SourceMark(line: 2, column: 3))
    }

    @Test("UTF-8 with and without BOM, GB18030 detected or named, UTF-16 with BOM")
    func decoding() throws {
        let text = "一、测试\n会议要求，区财政局负责资金保障。\n"
        let utf8 = Array(text.utf8)
        #expect(try TextFileDecoder.decode(utf8, file: "a").text == text)
        #expect(try TextFileDecoder.decode([0xEF, 0xBB, 0xBF] + utf8, file: "a").text == text)
        let gb = try ExtractFixtures.bytes("invented-3-gb18030.txt")
        let auto = try TextFileDecoder.decode(gb, file: "g")
        #expect(auto.encoding == .gb18030)
        #expect(auto.text.contains("镇应急办牵头负责防汛物资清点补充"))
        #expect(try TextFileDecoder.decode(gb, encoding: .gb18030, file: "g").text == auto.text)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try TextFileDecoder.decode(utf16, file: "u").text == text)
    }

    @Test("invalid input is a located error, never a crash")
    func invalid() throws {
        let gb = try ExtractFixtures.bytes("invented-3-gb18030.txt")
        do {
            _ = try TextFileDecoder.decode(gb, encoding: .utf8, file: "g.txt")
            Issue.record("GB18030 bytes decoded as UTF-8")
        } catch {
            #expect(error.mark?.line == 1)
            #expect(error.line(.en).hasPrefix("g.txt:1:"))
            #expect(error.message.en.contains("--encoding gb18030"))
        }
        // Line 2 holds a byte that is neither UTF-8 nor GB18030.
        let bad = Array("一、测试\n会议".utf8) + [0xFF] + Array("要求\n".utf8)
        do {
            _ = try TextFileDecoder.decode(bad, file: "b.txt")
            Issue.record("invalid bytes decoded")
        } catch {
            #expect(error.mark == SourceMark(line: 2, column: 3))
        }
        #expect(throws: TextDecodingError.self) { try TextFileDecoder.decode(bad, encoding: .gb18030, file: "b.txt") }
    }

    @Test(
        "deadline forms",
        arguments: [
            ("于3月10日前", "2021-03-10"), ("3月10日之前", "2021-03-10"), ("3月底前", "2021-03-31"),
            ("2月底前", "2021-02-28"), ("4月中旬前", "2021-04-20"), ("4月下旬前", "2021-04-30"),
            ("年内", "2021-12-31"), ("年底前", "2021-12-31"), ("上半年", "2021-06-30"), ("下半年", "2021-12-31"),
            ("二季度末", "2021-06-30"), ("第三季度前", "2021-09-30"), ("2022年底前", "2022-12-31"),
            ("2021年完成", "2021-12-31"), ("2022年6月30日前", "2022-06-30"), ("1月15日前", "2022-01-15"),
            ("本月底前", "2021-02-28"), ("一季度末", "2021-03-31"), ("1月底前", "2022-01-31"),
        ])
    func deadlines(_ phrase: String, _ due: String) {
        let text = "2021年2月25日，会议召开。\n一、测试\n会议要求，区财政局负责\(phrase)完成资金清算。\n"
        let a = MinutesExtractor.extract(text: text).assignments
        #expect(a.first?.due?.description == due, "\(phrase)")
    }

    @Test(
        "cadences",
        arguments: [
            ("每周", Cadence.weekly), ("每月", .monthly), ("每季度", .quarterly),
            ("每年", .yearly), ("定期", .periodic), ("每半年", .periodic),
        ])
    func cadences(_ word: String, _ cadence: Cadence) {
        let text = "一、测试\n会议要求，区财政局负责资金清算，\(word)向区人民政府报告。\n"
        let a = MinutesExtractor.extract(text: text).assignments
        #expect(a.first?.cadence == cadence)
        #expect(a.first?.task == "资金清算")
    }

    /// Speed is measured by `scripts/bench` and docs/extract.md, not asserted here (a loaded machine would fail a
    /// time limit); this test checks that a long text is read whole.
    @Test("reading the seed minutes 20 times over reads every copy")
    func speed() throws {
        let text = try ExtractFixtures.text("seed-dongchuan-2021-02-25.txt")
        let big = String(repeating: text + "\n", count: 20)
        let start = Date()
        let e = MinutesExtractor.extract(text: big)
        let seconds = Date().timeIntervalSince(start)
        print("extract speed: \(big.count) characters in \(seconds) s")
        // Copies after the first continue item 五, so their preambles add a few readings of their own.
        #expect(e.assignments.count >= 20 * 26)
    }

    @Test("mangled minutes never crash, and what is read from them is sound")
    func robustness() throws {
        let text = Array(try ExtractFixtures.text("seed-dongchuan-2021-02-25.txt"))
        var rng = SplitMix64(seed: 0x2021_0225)
        var assignments = 0
        for _ in 0..<40 {
            var chars = text
            for _ in 0..<30 {
                let i = Int.random(in: 0..<chars.count, using: &rng)
                let j = Int.random(in: 0..<chars.count, using: &rng)
                chars.swapAt(i, j)
            }
            let cut = Int.random(in: 0..<chars.count, using: &rng)
            for mangled in [String(chars.prefix(cut)), String(chars)] {
                assignments += try expectSound(mangled)
            }
        }
        // Thirty swaps leave most sentences whole: the mangled copies still give tasks.
        #expect(assignments > 40 * 10)
        for weird in [
            "", "\n\n", "一、", "一、\n一是", "会议要求，：一是。二是；", "（一）", "由", "请", "各", "10个分指挥部与",
            "由担任", "办公室设在", "一、x\n会议要求，由区财政局负责。", "一、x\n会议要求，于3月99日前完成。",
        ] {
            _ = try expectSound(weird)
        }
    }

    /// Extracts from `text` and checks what any extraction must be: distinct duty ids; findings about its own
    /// duties, on lines of the text; a YAML draft that loads (after a model header) with a duty for each task; JSON
    /// that parses with an entry for each task. Returns how many tasks it read.
    func expectSound(_ text: String) throws -> Int {
        let e = MinutesExtractor.extract(text: text, file: "m.txt")
        let ids = e.assignments.map(\.dutyID)
        #expect(Set(ids).count == ids.count, "duplicate duty ids in \(ids)")
        let lines = text.unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count + 1
        for a in e.assignments { #expect((1...lines).contains(a.location.line)) }
        for f in e.findings {
            #expect(f.file == "m.txt" && ids.contains(f.subject ?? ""), "\(f.check) about \(f.subject ?? "-")")
            #expect((1...lines).contains(f.mark?.line ?? 0))
        }
        let header = "format: orgchart/1\norganisation:\n  name: x\n  sources:\n    minutes: m.txt\n"
        let draft = header + ExtractionYAML(minutesPath: "m.txt").render(e)
        let model = try ModelLoader.load(text: draft, file: "draft.yaml")
        #expect(model.duties.map(\.id) == ids)
        let json = try JSONSerialization.jsonObject(with: Data(e.json(.en).serialized().utf8)) as? [String: Any]
        #expect((json?["assignments"] as? [Any])?.count == ids.count)
        #expect((json?["findings"] as? [Any])?.count == e.findings.count)
        return ids.count
    }
}
