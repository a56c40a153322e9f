import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Models and files for the limits tests: generated at the size that used to fail.
enum Limits {
    /// A chain of `n` units, each the parent of the next.
    static func chain(_ n: Int) -> String {
        var text =
            "format: orgchart/1\norganisation: {name: Chain}\nunits:\n  - {id: u0, name: U0, kind: headquarters}\n"
        for i in 1..<n { text += "  - {id: u\(i), name: U\(i), kind: team, parent: u\(i - 1)}\n" }
        return text
    }

    /// A headquarters with one team named `name` (YAML double-quoted text, escapes allowed).
    static func named(_ name: String) -> String {
        "format: orgchart/1\norganisation: {name: Named}\nunits:\n  - {id: hq, name: HQ, kind: headquarters}\n"
            + "  - {id: a, name: \"\(name)\", kind: team, parent: hq}\n"
    }

    /// `duties` duties over `people` people, each led by one and assisted by the next.
    static func duties(_ duties: Int, people: Int) -> String {
        var text = "format: orgchart/1\norganisation: {name: Busy}\npeople:\n"
        for i in 0..<people { text += "  - {id: p\(i), name: P\(i)}\n" }
        text += "duties:\n"
        for i in 0..<duties {
            text += "  - {id: d\(i), name: D\(i), lead: p\(i % people), assist: [p\((i + 1) % people)]}\n"
        }
        return text
    }

    /// The bytes of a file.
    static func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }
}

@Suite("At the limits: no lost file, no hang, no unbounded memory (issue 20)")
struct LimitsCLITests {
    @Test("1. a chart too large for a PNG is refused (exit 2) and the good PNG is kept; SVG still works")
    func pngTooLarge() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let chain = try Hostile.write(Limits.chain(2000), "chain.yaml", in: dir)
        let png = dir.appendingPathComponent("keep.png").path
        let good = try CLI.run(["render", "seeds/dongchuan-2021.yaml", "-o", png])
        #expect(good.status == 0)
        let before = Limits.bytes(png)
        #expect(before.count > 1000)
        let r = try CLI.run(["render", chain, "-o", png, "--lang", "en"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("too large for a PNG") && r.stderr.contains("write SVG or PDF"), "\(r.stderr)")
        #expect(Limits.bytes(png) == before)
        #expect(Hostile.files(in: dir) == ["chain.yaml", "keep.png"])
        let svg = try CLI.run(["render", chain, "-o", dir.appendingPathComponent("chain.svg").path])
        #expect(svg.status == 0)
    }

    @Test("2. matrix: a table over --max-cells is refused before anything is written; under it, it streams")
    func matrixBounded() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Hostile.write(Limits.duties(2000, people: 300), "busy.yaml", in: dir)
        let csv = dir.appendingPathComponent("m.csv").path
        try "keep\n".write(toFile: csv, atomically: false, encoding: .utf8)
        let r = try CLI.run(["matrix", path, "-o", csv, "--max-cells", "500000", "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("error: the matrix has 2000 duties × 300 people and units = 600000 cells"))
        #expect(try String(contentsOfFile: csv, encoding: .utf8) == "keep\n")
        // Under the limit: the same table as before, row by row, in bounded memory.
        let ok = try Hostile.runLimited(["matrix", path, "-o", csv], megabytes: 400)
        #expect(ok.status == 0, "\(ok.stderr)")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.count == 2001)
        #expect(lines[1].hasPrefix("\"d0\",\"D0\",\"\",\"L\",\"A\","))
        let stdout = try CLI.run(["matrix", path, "--format", "csv"])
        #expect(Data(stdout.stdout.utf8) == Limits.bytes(csv))
    }

    @Test("3. the dot layout runs on its own stack: a 2,000-deep chain under ulimit -s 128 lays out")
    func dotDepth() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let chain = try Hostile.write(Limits.chain(2000), "chain.yaml", in: dir)
        let svg = dir.appendingPathComponent("chain.svg").path
        let r = try CLI.runShell(
            "ulimit -s 128 && exec '\(CLI.binary.path)' render '\(chain)' --layout dot --max-layout-nodes 5000 -o '\(svg)'"
        )
        #expect(!r.crashed && r.status == 0, "\(r.status) \(r.stderr)")
        #expect(Limits.bytes(svg).count > 100_000)
    }

    @Test("3. report and diff -o never give dot a chart beyond its limit: they draw it with the tree layout")
    func dotLimitEverywhere() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let chain = try Hostile.write(Limits.chain(2500), "chain.yaml", in: dir)
        let html = dir.appendingPathComponent("r.html").path
        let r = try CLI.run(["report", chain, "-o", html, "--lang", "en"])
        #expect(!r.crashed && r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<!DOCTYPE html>"))
        let svg = dir.appendingPathComponent("d.svg").path
        let d = try CLI.run(["diff", chain, chain, "-o", svg, "--lang", "en"])
        #expect(!d.crashed && d.status == 0, "\(d.stderr)")
        #expect(d.stderr.contains("layout: tree"), "\(d.stderr)")
        // Nothing changed: every unit is drawn, each under its parent.
        let drawn = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(drawn.hasSuffix("</svg>\n"))
        #expect(drawn.components(separatedBy: "class=\"node\"").count - 1 == 2500)
        #expect(drawn.components(separatedBy: "class=\"edge\"").count - 1 == 2499)
        #expect((0..<2500).allSatisfy { drawn.contains("<title>u\($0)</title>") })
    }

    @Test("3. out of memory under ulimit -v: a message and exit 2, not a core dump")
    func outOfMemory() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The binary with its libraries (ICU's data among them) needs about 80 MB of address space to start; 100 MB
        // leaves the check of this model short.
        let path = try Hostile.write(Limits.duties(60_000, people: 6000), "busy.yaml", in: dir)
        let out = dir.appendingPathComponent("findings.txt").path
        let r = try Hostile.runLimited(["check", path, "-o", out, "--lang", "en"], megabytes: 100)
        #expect(!r.crashed && r.status == 2, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("ran out of memory or stack under its limit (ulimit -v 102400)"), "\(r.stderr)")
        #expect(Hostile.files(in: dir) == ["busy.yaml"])
    }

    @Test("4. --font cannot put markup or script into the SVG")
    func fontInjection() throws {
        for font in ["x\" onmouseover=\"alert(1)\" y=\"", "</text><script>alert(1)</script>", "a&b", "x\ny"] {
            let r = try CLI.run(["render", "seeds/dongchuan-2021.yaml", "--format", "svg", "--font", font])
            #expect(r.status == 2 && r.stdout.isEmpty, "\(font): \(r.stderr)")
            #expect(r.stderr.contains("--font: the font name contains"))
            let report = try CLI.run(["report", "seeds/dongchuan-2021.yaml", "--font", font])
            #expect(report.status == 2 && report.stdout.isEmpty)
        }
        let ok = try CLI.run(["render", "seeds/dongchuan-2021.yaml", "--format", "svg", "--font", "Noto Serif CJK SC"])
        #expect(ok.status == 0 && ok.stdout.contains("Noto Serif CJK SC"))
    }

    @Test("5, 7. long names, thousands of line breaks and stacked marks are drawn shortened, and said so")
    func longLabels() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = [
            ("long", String(repeating: "长", count: 6000)), ("breaks", String(repeating: "x\\n", count: 40_000)),
            ("marks", "a" + String(repeating: "\\u0301", count: 200_000)),
        ]
        for (name, text) in cases {
            let path = try Hostile.write(Limits.named(text), "\(name).yaml", in: dir)
            let start = Date()
            let r = try CLI.run(["render", path, "--format", "svg", "--lang", "en"])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(Date().timeIntervalSince(start) < 20, "\(name)")
            #expect(r.stderr.contains("note: 1 texts are drawn shortened"), "\(name): \(r.stderr)")
            if name == "marks" {
                // At most four marks on one character; the rest are dropped.
                #expect(r.stdout.contains("a\u{301}\u{301}\u{301}\u{301}<"))
            } else {
                #expect(r.stdout.contains("…"), "\(name)")
            }
            // Nothing drawn off the canvas (a 6,000-character line used to start at x = -32755).
            #expect(!r.stdout.contains("x=\"-"), "\(name)")
        }
    }

    @Test("10. SIGTERM, SIGINT or SIGHUP during a write leaves no temporary file, and the old file as it was")
    func interruptedWrite() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            let out = dir.appendingPathComponent("report.html").path
            try "keep\n".write(toFile: out, atomically: false, encoding: .utf8)
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["report", "seeds/dongchuan-2021.yaml", "-o", out]
            p.currentDirectoryURL = CLI.repository
            p.environment = ["ORGCHART_TEST_DELAY_RENAME_MS": "20000", "LANG": "C.UTF-8"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Wait for the temporary file to be written in full, then interrupt.
            let deadline = Date().addingTimeInterval(30)
            while Hostile.files(in: dir).count < 2 && Date() < deadline { usleep(20_000) }
            #expect(Hostile.files(in: dir).contains { $0.hasPrefix(".report.html.tmp-") })
            // The file appears a moment before its path is handed to the signal handler; on a loaded machine that
            // moment can be long enough for the signal to fall in it.
            usleep(500_000)
            kill(p.processIdentifier, sig)
            p.waitUntilExit()
            #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == sig)
            #expect(Hostile.files(in: dir) == ["report.html"], "signal \(sig)")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep\n")
        }
    }

    @Test("11. CSV: formulas after white space are neutralised; control characters never go raw into a field")
    func csvAndControls() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = "format: orgchart/1\norganisation: {name: CSV}\npeople:\n"
        let names = [" =HYPERLINK(1)", "\\u00A0=1+1", "\\n=cmd", "\\t-2", "ok"]
        for (i, n) in names.enumerated() { text += "  - {id: p\(i), name: \"\(n)\"}\n" }
        text += "duties:\n  - {id: d, name: D, lead: p0, assist: [p1, p2, p3, p4]}\n"
        let path = try Hostile.write(text, "csv.yaml", in: dir)
        let r = try CLI.run(["matrix", path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let header = r.stdout.split(separator: "\r\n")[0]
        #expect(header.contains("\"' =HYPERLINK(1)\""))
        #expect(header.contains("\"'\u{A0}=1+1\""))
        #expect(header.contains("\"'\n=cmd\""))
        #expect(header.contains("\"'\t-2\""))
        #expect(header.contains(",\"ok\""))
        // Control characters written as escapes (the loader refuses them raw) never go raw into the CSV.
        var controls = "format: orgchart/1\norganisation: {name: C}\npeople:\n"
        controls += "  - {id: p, name: \"a\\0b\\bc\\fd\\ve\\u0007f\\x1bg\\u0085h\"}\n"
        controls += "duties:\n  - {id: d, name: D, lead: p}\n"
        let c = try CLI.run(["matrix", try Hostile.write(controls, "controls.yaml", in: dir), "--format", "csv"])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(
            c.stdout.contains("\"a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h\""), "\(c.stdout)")
        #expect(!c.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
    }

    @Test("12. -o through a dangling link writes the file it names; a link loop is refused")
    func danglingLinks() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("out.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "sub/target.csv")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sub"), withIntermediateDirectories: false)
        let r = try CLI.run(["matrix", "seeds/dongchuan-2021.yaml", "-o", link])
        #expect(r.status == 0, "\(r.stderr)")
        var st = stat()
        #expect(lstat(link, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK, "the link was replaced")
        #expect(Limits.bytes(dir.appendingPathComponent("sub/target.csv").path).count > 100)
        let a = dir.appendingPathComponent("a.csv").path
        let b = dir.appendingPathComponent("b.csv").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        let loop = try CLI.run(["matrix", "seeds/dongchuan-2021.yaml", "-o", a, "--lang", "en"])
        #expect(loop.status == 2)
        #expect(loop.stderr.contains("symbolic links form a loop"), "\(loop.stderr)")
        #expect(lstat(a, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
    }

    @Test("13. check --only with an empty id, and --fail-on off, are usage errors")
    func checkFlags() throws {
        for only in ["", ",", "placeholder,"] {
            let r = try CLI.run(["check", "seeds/dongchuan-2021.yaml", "--only", only])
            #expect(r.status == 2, "--only '\(only)'")
            #expect(r.stderr.contains("--only needs check ids"))
        }
        let off = try CLI.run(["check", "seeds/dongchuan-2021.yaml", "--fail-on", "off"])
        #expect(off.status == 2)
        #expect(off.stderr.contains("'info', 'warning' or 'error'"), "\(off.stderr)")
        let help = try CLI.run(["check", "--help"])
        #expect(!help.stdout.contains("off"))
        #expect(
            try CLI.run(["diff", "seeds/dongchuan-2021.yaml", "seeds/dongchuan-2021.yaml", "--fail-on", "off"]).status
                == 2)
    }

    @Test("8, 9. minutes in UTF-32 are refused; a GB18030 fault is reported where it is")
    func minutesEncodings() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (bom, order) in [([0xFF, 0xFE, 0x00, 0x00] as [UInt8], "LE"), ([0x00, 0x00, 0xFE, 0xFF], "BE")] {
            var bytes = bom
            for s in "会议纪要".unicodeScalars {
                let v = s.value
                let le = [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), 0]
                bytes += order == "LE" ? le : le.reversed()
            }
            let path = dir.appendingPathComponent("u32.txt").path
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let r = try CLI.run(["extract", path, "--lang", "en"])
            #expect(r.status == 2, "\(order): \(r.stdout)")
            #expect(r.stderr.contains("u32.txt:1:1: error: the file is UTF-32\(order)"), "\(r.stderr)")
        }
        // Four good lines of GB18030, and a byte that is neither at line 5, column 20.
        var text = "会议纪要\n一、会议议定\n二、由区农业农村局牵头\n三、各乡镇配合\n"
        text += String(repeating: "中", count: 19)
        let utf8 = try Hostile.write(text, "utf8.txt", in: dir)
        let path = dir.appendingPathComponent("gb.txt").path
        #expect(
            try CLI.runShell("iconv -f UTF-8 -t GB18030 '\(utf8)' > '\(path)' && printf '\\201 A' >> '\(path)'").status
                == 0)
        let r = try CLI.run(["extract", path, "--lang", "en"])
        #expect(r.status == 2)
        #expect(
            r.stderr.hasPrefix("\(path):5:20: error: the file is neither UTF-8 nor GB18030 (invalid byte 0x81)"),
            "\(r.stderr)")
    }

    @Test("14. import: ids rewritten to valid ones never collide, and each rewrite is reported")
    func importInjective() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try Hostile.write(
            "id,name,parent\na b,Space,\na-b,Existing,a b\na:b,Colon,a-b\n", "ids.csv", in: dir)
        let out = dir.appendingPathComponent("ids.yaml").path
        let r = try CLI.run(["import", "\(csv):parent=parent", "-o", out, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("skipped"))
        #expect(r.stderr.contains("id `a b` is written `a-b-2` in the model"))
        #expect(r.stderr.contains("id `a:b` is written `a-b-3` in the model"))
        let model = try String(contentsOfFile: out, encoding: .utf8)
        #expect(model.contains("{id: a-b-2, name: Space"))
        #expect(model.contains("{id: a-b, name: Existing, kind: department, parent: a-b-2"))
        #expect(model.contains("{id: a-b-3, name: Colon, kind: department, parent: a-b,"))
        #expect(try CLI.run(["check", out]).status <= 1)
    }
}
