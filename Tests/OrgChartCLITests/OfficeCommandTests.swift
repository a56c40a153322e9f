import Foundation
import OrgChartCore
import OrgChartOffice
import Testing

@Suite("Office documents from the command line")
struct OfficeCommandTests {
    @Test("an -o extension a command cannot write is refused, and so is a --format that contradicts it")
    func refusedExtensions() throws {
        let dir = try CLI.temporaryDirectory()
        for args in [
            ["matrix", "seeds/dongchuan-2021.yaml", "-o", dir.appendingPathComponent("m.pdf").path],
            [
                "matrix", "seeds/dongchuan-2021.yaml", "--format", "csv", "-o",
                dir.appendingPathComponent("m.xlsx").path,
            ],
            ["tasks", "seeds/dongchuan-2021.yaml", "-o", dir.appendingPathComponent("t.docx").path],
            ["notice", "seeds/dongchuan-2021.yaml", "-o", dir.appendingPathComponent("n.xlsx").path],
        ] {
            let r = try CLI.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("cannot write") || r.stderr.contains("--format"), "\(args): \(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("a .docx of the seed minutes with Word numbering extracts exactly as the text does")
    func extractDocx() throws {
        let dir = try CLI.temporaryDirectory()
        let docx = dir.appendingPathComponent("minutes.docx")
        let txt = dir.appendingPathComponent("minutes.txt")
        try FileManager.default.copyItem(
            at: CLI.repository.appendingPathComponent(
                "Tests/OrgChartOfficeTests/Fixtures/dongchuan-2021-02-25-minutes.docx"),
            to: docx)
        try FileManager.default.copyItem(
            at: CLI.repository.appendingPathComponent("seeds/dongchuan-2021-02-25-minutes.txt"), to: txt)
        for format in ["yaml", "json"] {
            let a = try CLI.run(["extract", docx.path, "--model", "seeds/dongchuan-2021.yaml", "--format", format])
            let b = try CLI.run(["extract", txt.path, "--model", "seeds/dongchuan-2021.yaml", "--format", format])
            #expect(a.status == 0 && b.status == 0)
            #expect(a.stdout.replacingOccurrences(of: "minutes.docx", with: "minutes.txt") == b.stdout)
            if format == "json" { #expect(a.stdout.contains("2021-03-10")) }
        }
        let pdf = dir.appendingPathComponent("minutes.pdf")
        try Data("%PDF-1.7\n".utf8).write(to: pdf)
        let r = try CLI.run(["extract", pdf.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("pdftotext"))
    }

    @Test("tasks --update: unmatched rows are errors with their row number and nothing is written")
    func updateErrors() throws {
        let dir = try CLI.temporaryDirectory()
        let model = dir.appendingPathComponent("model.yaml")
        try FileManager.default.copyItem(
            at: CLI.repository.appendingPathComponent("seeds/dongchuan-2021.yaml"), to: model)
        let before = try Data(contentsOf: model)
        var rows = [[SheetCell("工作任务"), SheetCell("编号"), SheetCell("状态")]]
        rows.append([SheetCell("不存在的任务"), SheetCell(""), SheetCell("已完成")])
        rows.append([SheetCell(""), SheetCell("decompose-22-measures"), SheetCell("已完成")])
        let table = dir.appendingPathComponent("t.xlsx")
        try Data(XLSXWriter.workbook([SheetDesign(name: "t", columnWidths: [20, 20, 8], rows: rows)])).write(to: table)
        let r = try CLI.run(["tasks", "--update", model.path, table.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("row 2"), "\(r.stderr)")
        #expect(try Data(contentsOf: model) == before)
    }
}

/// Every office output opened by LibreOffice headless, as an office would, and its text compared; one LibreOffice
/// run per target format (each start costs seconds).
@Suite(
    "Office outputs open in LibreOffice", .serialized,
    .enabled(if: LibreOffice.available, "LibreOffice (soffice) and pdftotext are not installed"))
struct LibreOfficeTests {
    @Test(
        "workbooks, the notice and the CSV convert to PDF on A4 with Chinese intact; the round trip through an office edit changes exactly what was edited"
    )
    func openAndRoundTrip() throws {
        let dir = try CLI.temporaryDirectory()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let zh = ["LANG": "zh_CN.UTF-8"]
        let model = path("model.yaml")
        try FileManager.default.copyItem(
            atPath: CLI.repository.appendingPathComponent("seeds/dongchuan-2021.yaml").path, toPath: model)
        let hostile = CLI.repository.appendingPathComponent("Tests/OrgChartCoreTests/Fixtures/hostile-names.yaml").path
        for args in [
            ["matrix", model, "-o", path("matrix.xlsx")],
            ["tasks", model, "--as-of", "2021-03-05", "-o", path("tasks.xlsx")],
            ["notice", model, "-o", path("notice.docx")], ["matrix", model, "-o", path("matrix.csv")],
            ["matrix", hostile, "-o", path("hostile.xlsx")],
        ] {
            let r = try CLI.run(args, environment: zh)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        try LibreOffice.convert(["matrix.xlsx", "tasks.xlsx", "notice.docx"], to: "pdf", in: dir)
        try LibreOffice.convert(["matrix.csv"], to: "pdf", in: dir, inFilter: "CSV:44,34,76", outDir: "csv")
        try LibreOffice.convert(["hostile.xlsx"], to: "csv:Text - txt - csv (StarCalc):44,34,76", in: dir)
        try LibreOffice.convert(["tasks.xlsx"], to: "fods", in: dir)
        for (file, expected) in [
            ("matrix", ["加强防贫预警机制的动态跟踪和监测", "牵头", "配合", "无牵头(空档)", "区政府督查室"]),
            ("tasks", ["任务分解表", "责任领导", "将《意见》进行分解", "即将到期", "2021-03-10"]),
            ("notice", ["一、组成人员", "分指挥长：黄杰（副书记）", "办公室设在区自然资源局", "成员单位职责"]),
            ("csv/matrix", ["职责编号", "加强防贫预警机制的动态跟踪和监测"]),
        ] {
            let pdf = path(file + ".pdf")
            let info = try CLI.launch(URL(fileURLWithPath: "/usr/bin/pdfinfo"), [pdf]).stdout
            #expect(info.contains("(A4)"), "\(file): \(info)")
            if file == "matrix" || file == "tasks" { #expect(info.contains("841.89 x 595.")) }  // landscape
            let text = try CLI.launch(URL(fileURLWithPath: "/usr/bin/pdftotext"), [pdf, "-"]).stdout
                .replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
            for e in expected { #expect(text.contains(e), "\(file) lacks \(e)") }
        }
        // Hostile names stay text: nothing is computed, the formula-looking names come out as written.
        let csv = try String(contentsOfFile: path("hostile.csv"), encoding: .utf8)
        for literal in ["=1+1", "-2+3", "@cmd", "=HYPERLINK("] { #expect(csv.contains(literal), "\(literal)") }

        // The office edits the table (a scripted edit of the sheet LibreOffice saved), LibreOffice saves it as .xlsx.
        let edit = try CLI.launch(
            URL(fileURLWithPath: "/usr/bin/python3"),
            [
                CLI.repository.appendingPathComponent("Tests/OrgChartOfficeTests/Fixtures/edit-fods.py").path,
                path("tasks.fods"), "decompose-22-measures:状态=已完成", "decompose-22-measures:完成情况=已分解为22项",
                "poverty-early-warning:完成时限=date:2021-04-30", "inspection-plan-2021:完成时限=2021年3月31日",
            ])
        #expect(edit.status == 0, "\(edit.stderr)")
        try LibreOffice.convert(["tasks.fods"], to: "xlsx:Calc MS Excel 2007 XML", in: dir, outDir: "edited")
        let before = try String(contentsOfFile: model, encoding: .utf8)
        let r = try CLI.run(["tasks", "--update", model, path("edited/tasks.xlsx")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("4 changes"), "\(r.stdout)")
        let after = try String(contentsOfFile: model, encoding: .utf8)
        let removed = Set(before.split(separator: "\n", omittingEmptySubsequences: false)).subtracting(
            after.split(separator: "\n", omittingEmptySubsequences: false))
        let added = after.split(separator: "\n").filter { !before.contains($0 + "\n") }
        #expect(removed.isEmpty, "\(removed)")
        #expect(
            Set(added.map { $0.trimmingCharacters(in: .whitespaces) })
                == ["due: 2021-04-30", "done: true", "progress: \"已分解为22项\"", "due: 2021-03-31"], "\(added)")
        let m = try ModelLoader.load(path: model)
        #expect(m.duties.first { $0.id == "decompose-22-measures" }?.done == true)
        #expect(m.duties.first { $0.id == "poverty-early-warning" }?.due == Day("2021-04-30"))
        // A second update from the same table changes nothing.
        let again = try CLI.run(["tasks", "--update", model, path("edited/tasks.xlsx")])
        #expect(again.stdout.contains("0 changes"), "\(again.stdout)")
    }
}

/// LibreOffice headless, with a profile of its own so that it never meets another running instance.
enum LibreOffice {
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    }

    static func convert(
        _ files: [String], to target: String, in dir: URL, inFilter: String? = nil, outDir: String = "."
    )
        throws
    {
        var args = ["-env:UserInstallation=file://\(dir.path)/lo-profile", "--headless"]
        if let inFilter { args.append("--infilter=\(inFilter)") }
        args += ["--convert-to", target, "--outdir", dir.appendingPathComponent(outDir).path]
        args += files.map { dir.appendingPathComponent($0).path }
        let r = try CLI.launch(URL(fileURLWithPath: "/usr/bin/soffice"), args)
        #expect(r.status == 0, "soffice \(args): \(r.stderr)")
    }
}
