import OrgChartCore

/// The task table (任务分解表) as a workbook: a title, the heading row frozen and repeated on every page, group
/// rows, the status coloured as 督办 practice does (done green, due soon yellow, overdue red), a drop-down of
/// statuses, A4 landscape fitted to the page width.
public enum TaskWorkbook {
    static let widths: [TaskTable.Column: Double] = [
        .number: 5, .task: 44, .leader: 14, .lead: 16, .assist: 18, .due: 11, .reporting: 14, .source: 12,
        .status: 9, .progress: 24, .id: 14,
    ]

    /// The fill and text colour of a status.
    static func colours(_ s: TaskTable.Status) -> (fill: UInt32, text: UInt32)? {
        switch s {
        case .done: return (0xC6EFCE, 0x006100)
        case .dueSoon: return (0xFFEB9C, 0x9C5700)
        case .overdue: return (0xFFC7CE, 0x9C0006)
        case .inProgress, .ongoing, .noDeadline: return nil
        }
    }

    /// The sheet of a table.
    public static func sheet(_ table: TaskTable, warningDays: Int, lang: Language) -> SheetDesign {
        let columns = TaskTable.Column.allCases
        var rows: [[SheetCell]] = []
        let title =
            lang == .zh
            ? "\(table.title)任务分解表(状态截至\(table.asOf),\(warningDays)天内到期为即将到期)"
            : "\(table.title) task table (status as of \(table.asOf); due within \(warningDays) days is due soon)"
        rows.append([SheetCell(title, CellStyle(bold: true, alignment: .center, size: 14))])
        let heading = CellStyle(bold: true, fill: 0xD9D9D9, alignment: .center)
        rows.append(columns.map { SheetCell($0.title(lang), heading) })
        var spanning: Set<Int> = [0]
        for g in table.groups {
            if let t = g.title {
                spanning.insert(rows.count)
                rows.append([SheetCell(t, CellStyle(bold: true, fill: 0xF2F2F2))])
            }
            for r in g.rows {
                rows.append(
                    zip(columns, r.cells).map { column, text in
                        switch column {
                        case .number, .due: return SheetCell(text, CellStyle(alignment: .center))
                        case .status:
                            let c = colours(r.status)
                            return SheetCell(
                                text, CellStyle(bold: c != nil, fill: c?.fill, colour: c?.text, alignment: .center))
                        case .id: return SheetCell(text, CellStyle(colour: 0x808080, size: 9))
                        default: return SheetCell(text)
                        }
                    })
            }
        }
        var design = SheetDesign(
            name: lang == .zh ? "任务分解表" : "Tasks", columnWidths: columns.map { widths[$0] ?? 12 }, rows: rows)
        design.spanningRows = spanning
        design.rowHeights[0] = 30
        design.frozenRows = 2
        design.frozenColumns = 2
        design.repeatedRows = 1...1
        let statuses = TaskTable.Status.allCases.map { $0.text(lang) }
        if let s = columns.firstIndex(of: .status) { design.choices = [(s, 2, statuses)] }
        return design
    }

    /// The workbook's bytes.
    public static func workbook(_ table: TaskTable, warningDays: Int, lang: Language) throws(OfficeError) -> [UInt8] {
        try XLSXWriter.workbook([sheet(table, warningDays: warningDays, lang: lang)])
    }
}
