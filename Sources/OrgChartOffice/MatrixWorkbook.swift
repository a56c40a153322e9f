import OrgChartCore

/// The responsibility matrix as a workbook that opens and prints as it is: heading row and duty column frozen, duty
/// text wrapped, unit names stacked vertically, 牵头 and 配合 cells coloured, gaps and overlaps marked in red,
/// A4 landscape fitted to the page width with the heading row repeated on every page.
public enum MatrixWorkbook {
    static let leadFill: UInt32 = 0xF8CBAD
    static let assistFill: UInt32 = 0xBDD7EE
    static let bothFill: UInt32 = 0xFFE699
    static let problemFill: UInt32 = 0xFFC7CE
    static let problemText: UInt32 = 0x9C0006
    static let headingFill: UInt32 = 0xD9D9D9

    /// The sheet of a matrix.
    public static func sheet(_ matrix: ResponsibilityMatrix, title: String, lang: Language) -> SheetDesign {
        let heading = CellStyle(bold: true, fill: headingFill, alignment: .center)
        let stacked = CellStyle(bold: true, fill: headingFill, alignment: .center, stacked: true)
        var rows: [[SheetCell]] = []
        var header = [
            SheetCell(lang == .zh ? "序号" : "No.", heading), SheetCell(lang == .zh ? "职责" : "Duty", heading),
            SheetCell(lang == .zh ? "问题" : "Problem", heading),
        ]
        header += matrix.columnNames.map { SheetCell($0, lang == .zh ? stacked : heading) }
        rows.append(header)
        for (i, r) in matrix.rows.enumerated() {
            let problem = !r.marks.isEmpty
            var row = [
                SheetCell(String(i + 1), CellStyle(alignment: .center)),
                SheetCell(r.name, problem ? CellStyle(fill: problemFill) : CellStyle()),
                SheetCell(
                    r.marks.map { $0.text(lang) }.joined(separator: "\n"),
                    problem ? CellStyle(bold: true, fill: problemFill, colour: problemText) : CellStyle()),
            ]
            for cell in r.cells {
                switch cell {
                case .lead?:
                    row.append(SheetCell(cell!.text(lang), CellStyle(bold: true, fill: leadFill, alignment: .center)))
                case .assist?: row.append(SheetCell(cell!.text(lang), CellStyle(fill: assistFill, alignment: .center)))
                case .both?:
                    row.append(SheetCell(cell!.text(lang), CellStyle(bold: true, fill: bothFill, alignment: .center)))
                case nil: row.append(SheetCell("", CellStyle(alignment: .center)))
                }
            }
            rows.append(row)
        }
        var design = SheetDesign(
            name: lang == .zh ? "职责矩阵" : "Matrix",
            columnWidths: [5, 42, 14] + matrix.columnNames.map { _ in lang == .zh ? 5.5 : 9 },
            rows: rows)
        design.frozenRows = 1
        design.frozenColumns = 2
        design.repeatedRows = 0...0
        design.pageHeader =
            title + (lang == .zh ? " 职责分工矩阵(牵头/配合)" : " responsibility matrix (L lead, A assist)")
        return design
    }

    /// The workbook's bytes.
    public static func workbook(_ matrix: ResponsibilityMatrix, title: String, lang: Language) throws(OfficeError)
        -> [UInt8]
    {
        try XLSXWriter.workbook([sheet(matrix, title: title, lang: lang)])
    }
}
