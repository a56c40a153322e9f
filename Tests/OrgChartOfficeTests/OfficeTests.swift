import Foundation
import OrgChartCore
import Testing

@testable import OrgChartOffice

enum OfficeFixtures {
    static var directory: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}

@Suite("Word documents read as Word shows them")
struct DocxReaderTests {
    @Test("automatic numbering 一、 （一） 1. is restored from numbering.xml, tables read row by row")
    func nestedNumbering() throws {
        // Made by scripts/make-docx-fixtures.py with LibreOffice: the numbers are list numbering, not text.
        let bytes = try OfficeFixtures.bytes("nested-numbering.docx")
        let text = try DocxReader.text(bytes, file: "nested-numbering.docx")
        #expect(text == (try OfficeFixtures.text("nested-numbering.txt")))
    }

    @Test("the seed minutes as a .docx with Word numbering read back to the seed text")
    func seedMinutes() throws {
        let bytes = try OfficeFixtures.bytes("dongchuan-2021-02-25-minutes.docx")
        let text = try DocxReader.text(bytes, file: "minutes.docx")
        let seed = try String(
            contentsOf: OfficeFixtures.repository.appendingPathComponent("seeds/dongchuan-2021-02-25-minutes.txt"),
            encoding: .utf8)
        #expect(text.trimmingSpaces == seed.trimmingSpaces)
        #expect(text.contains("\n五、研究《关于成立东川区实施乡村振兴战略指挥部的通知(送审稿)》"))
    }

    @Test("Chinese list numbers as Word prints them")
    func chineseNumbers() {
        let cases: [(Int, String)] = [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (105, "一百零五")]
        for (n, s) in cases { #expect(NumberFormat.format(n, "chineseCounting") == s) }
        #expect(NumberFormat.format(3, "ideographTraditional") == "丙")
        #expect(NumberFormat.format(4, "upperRoman") == "IV")
        #expect(NumberFormat.format(2, "decimalEnclosedCircle") == "②")
    }

    @Test("old .doc, PDF and other packages are refused with the command that converts them")
    func refused() {
        let doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]
        guard case .refused(let e) = TextDocument.kind(of: doc, file: "a.doc") else {
            Issue.record("a .doc was not refused")
            return
        }
        #expect(e.message.en.contains("--convert-to docx a.doc"))
        guard case .refused(let p) = TextDocument.kind(of: Array("%PDF-1.7".utf8), file: "a.pdf") else {
            Issue.record("a PDF was not refused")
            return
        }
        #expect(p.message.zh.contains("pdftotext"))
        if case .text = TextDocument.kind(of: Array("一、会议".utf8), file: "a.txt") {} else { Issue.record("text") }
    }

    @Test("a ZIP that is no Word document, and bytes that are no ZIP, are errors, not crashes")
    func damaged() throws {
        #expect(throws: OfficeError.self) { try DocxReader.text(Array("PK\u{3}\u{4}garbage".utf8), file: "x.docx") }
        let zip = try ZipPackage.write([("hello.txt", Array("hi".utf8))])
        #expect(throws: OfficeError.self) { try DocxReader.text(zip, file: "x.docx") }
    }
}

@Suite("Workbooks written and read back")
struct WorkbookTests {
    @Test("cells come back as written; text that looks like a formula stays text")
    func roundTrip() throws {
        let texts = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "东川区", "line\nbreak"]
        var design = SheetDesign(
            name: "t", columnWidths: [10, 10], rows: texts.map { [SheetCell($0), SheetCell("x")] })
        design.frozenRows = 1
        let bytes = try XLSXWriter.workbook([design])
        let rows = try XLSXReader.firstSheet(bytes, file: "t.xlsx")
        #expect(rows.map { $0.cells[0]?.text } == texts)
        #expect(rows.allSatisfy { $0.cells[0]?.number == nil })
    }

    @Test("date serials read as dates")
    func dates() {
        #expect(CellValue(text: "44316", number: 44316).date == Day("2021-04-30"))
        #expect(TaskTableUpdate.parseDay("2021年3月9日") == Day("2021-03-09"))
        #expect(TaskTableUpdate.parseDay("2021/3/9") == Day("2021-03-09"))
        #expect(TaskTableUpdate.parseDay("三月") == nil)
    }
}

@Suite("The task table and its update")
struct TaskTableTests {
    static let model = """
        format: orgchart/1
        organisation: {name: 测试}
        units:
          - id: bureau
            name: 区农业农村局
            kind: bureau
        duties:
          - id: a
            name: 任务甲
            lead: bureau
            due: 2021-03-10   # 纪要原文: 3月10日前
            source: minutes#一.一
          - id: b
            name: 任务乙
            lead: bureau
            done: true
            source: minutes#二
          - id: c
            name: 任务丙
            cadence: monthly
            progress: >-
              已召开
              两次会议
          - {id: d, name: 任务丁, due: 2021-01-01}
        """

    @Test("statuses as of a date: done, overdue, due soon, in progress, ongoing, no deadline")
    func statuses() throws {
        let m = try ModelLoader.load(text: Self.model, file: "m.yaml")
        let t = TaskTable(m, asOf: Day("2021-03-05")!, warningDays: 7, grouping: .item)
        #expect(t.rows.map(\.status) == [.dueSoon, .done, .ongoing, .overdue])
        #expect(t.groups.map(\.title) == ["来源:minutes#一", "来源:minutes#二", "未注明来源"])
        let later = TaskTable(m, asOf: Day("2021-02-01")!, warningDays: 7, grouping: .none)
        #expect(later.rows[0].status == .inProgress)
        #expect(later.rows.map(\.number) == [1, 2, 3, 4])
    }

    @Test("edits go in at their lines: comments kept, keys added at the end of the entry, block values replaced")
    func editor() throws {
        let m = try ModelLoader.load(text: Self.model, file: "m.yaml")
        let changes = [
            DutyEditor.Change(duty: "a", field: .due, old: "2021-03-10", new: "2021-03-31", row: 3),
            DutyEditor.Change(duty: "a", field: .done, old: "false", new: "true", row: 3),
            DutyEditor.Change(duty: "c", field: .progress, old: nil, new: YAMLText.quoted("已完成\"三次\""), row: 5),
            DutyEditor.Change(duty: "b", field: .done, old: "true", new: nil, row: 4),
        ]
        let text = try DutyEditor().apply(changes, to: Self.model, model: m)
        #expect(text.contains("    due: 2021-03-31   # 纪要原文: 3月10日前\n    source: minutes#一.一\n    done: true\n"))
        #expect(text.contains("    progress: \"已完成\\\"三次\\\"\"\n  - {id: d"))
        #expect(!text.contains("两次会议"))
        #expect(!text.contains("done: true\n    source: minutes#二"))
        let again = try ModelLoader.load(text: text, file: "m.yaml")
        #expect(again.duties[0].due == Day("2021-03-31") && again.duties[0].done)
        #expect(again.duties[2].progress == "已完成\"三次\"")
        #expect(!again.duties[1].done)
        let flow = [DutyEditor.Change(duty: "d", field: .done, old: "false", new: "true", row: 6)]
        #expect(throws: DutyEditor.EditError.self) { try DutyEditor().apply(flow, to: Self.model, model: m) }
    }

    @Test("an edited workbook gives exactly its edits; unmatched rows are errors with their row number")
    func update() throws {
        let m = try ModelLoader.load(text: Self.model, file: "m.yaml")
        let table = TaskTable(m, asOf: Day("2021-03-05")!, grouping: .item)
        var design = TaskWorkbook.sheet(table, warningDays: 7, lang: .zh)
        let status = TaskTable.Column.allCases.firstIndex(of: .status)!
        let id = TaskTable.Column.allCases.firstIndex(of: .id)!
        // Row 3 (1-based) is the first duty, after the title, the heading and the first group row.
        design.rows[3][status].text = "已完成"
        let unchanged = try TaskTableUpdate.changes(
            XLSXWriter.workbook([TaskWorkbook.sheet(table, warningDays: 7, lang: .zh)]), file: "t.xlsx", model: m)
        #expect(unchanged.changes.isEmpty && unchanged.errors.isEmpty)
        let edited = try TaskTableUpdate.changes(XLSXWriter.workbook([design]), file: "t.xlsx", model: m)
        #expect(edited.changes == [DutyEditor.Change(duty: "a", field: .done, old: "false", new: "true", row: 4)])
        design.rows[3][id].text = "no-such-duty"
        design.rows[5][status].text = "差不多"
        let bad = try TaskTableUpdate.changes(XLSXWriter.workbook([design]), file: "t.xlsx", model: m)
        #expect(bad.errors.map(\.row) == [4, 6])
    }
}

@Suite("The notice's structure section")
struct NoticeTests {
    @Test("the .docx reads back to the notice's text; labels aligned, 待定 where the model is silent")
    func roundTrip() throws {
        let m = try ModelLoader.load(
            path: OfficeFixtures.repository.appendingPathComponent("seeds/dongchuan-2021.yaml").path)
        let notice = StructureNotice(m)
        let text = try DocxReader.text(DocxWriter.document(notice), file: "n.docx")
        // The reader gives the text without the label padding (character spacing is layout).
        #expect(text == notice.text)
        #expect(notice.text.contains("分指挥长：黄杰（副书记）\n副分指挥长：黄大龙（副区长）\n"))
        #expect(notice.text.contains("办公室设在区自然资源局"))
        #expect(notice.text.contains("指挥长：待定"))
        #expect(notice.paragraphs.contains(.role(label: "分指挥长", width: 5, text: "黄杰（副书记）")))
    }
}
