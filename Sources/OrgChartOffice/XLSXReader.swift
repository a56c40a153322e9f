import OrgChartCore

/// One cell value read from a workbook: its text, and its number when the cell holds one (dates are numbers).
public struct CellValue: Sendable, Equatable {
    public var text: String
    public var number: Double?

    public init(text: String, number: Double? = nil) {
        self.text = text
        self.number = number
    }

    /// The date a number cell holds as a spreadsheet date serial (days since 1899-12-30), if plausible.
    public var date: Day? {
        guard let n = number, n >= 1, n < 2_958_466 else { return nil }
        return Day(year: 1899, month: 12, day: 30).adding(days: Int(n.rounded(.down)))
    }
}

/// Reads the first worksheet of an .xlsx workbook (as written by Excel, WPS or LibreOffice) into rows of values.
public enum XLSXReader {
    /// The rows of the first worksheet, by 1-based row number, each a dictionary of 0-based column to value.
    public static func firstSheet(_ bytes: [UInt8], file: String) throws(OfficeError) -> [(
        row: Int, cells: [Int: CellValue]
    )] {
        let fixed = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"]
        let parts = try ZipPackage.read(bytes, parts: fixed, file: file)
        guard let workbookBytes = parts["xl/workbook.xml"] else {
            throw OfficeError(
                en: "\(file) is a ZIP file but not an Excel workbook (no xl/workbook.xml)",
                zh: "\(file) 是 ZIP 文件,但不是 Excel 工作簿(缺少 xl/workbook.xml)")
        }
        let workbook = try XMLTree.parse(workbookBytes, part: "xl/workbook.xml", file: file)
        var sheetPath = "xl/worksheets/sheet1.xml"
        if let first = workbook.child("sheets")?.children("sheet").first, let rid = first.attribute("id"),
            let relsBytes = parts["xl/_rels/workbook.xml.rels"]
        {
            let rels = try XMLTree.parse(relsBytes, part: "xl/_rels/workbook.xml.rels", file: file)
            if let target = rels.children("Relationship").first(where: { $0.attribute("Id") == rid })?.attribute(
                "Target")
            {
                sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var shared: [String] = []
        if let s = parts["xl/sharedStrings.xml"] {
            let sst = try XMLTree.parse(s, part: "xl/sharedStrings.xml", file: file)
            shared = sst.children("si").map(richText)
        }
        guard let sheetBytes = try ZipPackage.read(bytes, parts: [sheetPath], file: file)[sheetPath] else {
            throw OfficeError(en: "\(file): the worksheet \(sheetPath) is missing", zh: "\(file):缺少工作表 \(sheetPath)")
        }
        let sheet = try XMLTree.parse(sheetBytes, part: sheetPath, file: file)
        var out: [(row: Int, cells: [Int: CellValue])] = []
        var nextRow = 1
        for row in sheet.child("sheetData")?.children("row") ?? [] {
            let r = row.attribute("r").flatMap { Int($0) } ?? nextRow
            nextRow = r + 1
            var cells: [Int: CellValue] = [:]
            var nextColumn = 0
            for c in row.children("c") {
                let column = c.attribute("r").flatMap(columnIndex) ?? nextColumn
                nextColumn = column + 1
                let raw = c.child("v")?.text ?? ""
                let value: CellValue
                switch c.attribute("t") ?? "n" {
                case "s":
                    value = CellValue(text: Int(raw).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? "")
                case "inlineStr": value = CellValue(text: c.child("is").map(richText) ?? "")
                case "str", "e": value = CellValue(text: raw)
                case "b": value = CellValue(text: raw == "1" ? "TRUE" : "FALSE")
                default: value = CellValue(text: raw, number: Double(raw))
                }
                if !value.text.isEmpty { cells[column] = value }
            }
            out.append((r, cells))
        }
        return out
    }

    /// The text of a shared or inline string: its `t`, or its runs' `t`s joined (phonetic runs left out).
    static func richText(_ si: XMLElement) -> String {
        if let t = si.child("t") { return t.text }
        return si.children("r").map { $0.child("t")?.text ?? "" }.joined()
    }

    /// `C12` → 2.
    static func columnIndex(_ reference: String) -> Int? {
        var n = 0
        var any = false
        for ch in reference.unicodeScalars {
            guard ch.value >= 65 && ch.value <= 90 else { break }
            n = n * 26 + Int(ch.value - 64)
            any = true
        }
        return any ? n - 1 : nil
    }
}
