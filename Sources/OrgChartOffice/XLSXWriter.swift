internal import CXLSXWriter
import OrgChartCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a cell looks.
public struct CellStyle: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, center }

    public var bold = false
    public var wrap = true
    public var fill: UInt32?
    public var colour: UInt32?
    public var alignment = Alignment.left
    /// Characters stacked one under another (vertical CJK headings).
    public var stacked = false
    public var size: Double = 11

    public init(
        bold: Bool = false, wrap: Bool = true, fill: UInt32? = nil, colour: UInt32? = nil,
        alignment: Alignment = .left, stacked: Bool = false, size: Double = 11
    ) {
        self.bold = bold
        self.wrap = wrap
        self.fill = fill
        self.colour = colour
        self.alignment = alignment
        self.stacked = stacked
        self.size = size
    }
}

/// A cell: always text (never a formula, whatever it starts with), with its style.
public struct SheetCell: Sendable {
    public var text: String
    public var style: CellStyle

    public init(_ text: String, _ style: CellStyle = CellStyle()) {
        self.text = text
        self.style = style
    }
}

/// One worksheet to write, with its print set-up: A4 landscape, fit to the page width, heading rows repeated.
public struct SheetDesign: Sendable {
    public var name: String
    public var columnWidths: [Double]
    public var rows: [[SheetCell]]
    /// Rows whose first cell spans the whole width (titles, group headings).
    public var spanningRows: Set<Int> = []
    /// Rows and columns kept in view when scrolling.
    public var frozenRows = 0
    public var frozenColumns = 0
    /// Rows printed at the top of every page.
    public var repeatedRows: ClosedRange<Int>?
    /// Centred page header and the footer (page numbers when nil).
    public var pageHeader: String?
    public var pageFooter: String?
    /// Explicit row heights in points, by row.
    public var rowHeights: [Int: Double] = [:]
    /// Allowed values offered as a drop-down list, by column, from the given first row down.
    public var choices: [(column: Int, firstRow: Int, values: [String])] = []

    public init(name: String, columnWidths: [Double], rows: [[SheetCell]]) {
        self.name = name
        self.columnWidths = columnWidths
        self.rows = rows
    }
}

/// Writes workbooks through libxlsxwriter.
public enum XLSXWriter {
    /// The font offices use in tables.
    static let font = "宋体"

    /// The bytes of an .xlsx workbook with these sheets.
    public static func workbook(_ sheets: [SheetDesign]) throws(OfficeError) -> [UInt8] {
        // libxlsxwriter writes to a named file: a private temporary folder, removed afterwards.
        let base = ProcessInfoTemp.directory
        var template = Array("\(base)/orgchart-xlsx-XXXXXX".utf8CString)
        guard let dirPointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw failed("cannot create a temporary folder in \(base)")
        }
        let dir = String(cString: dirPointer)
        let path = dir + "/book.xlsx"
        defer {
            unlink(path)
            rmdir(dir)
        }
        var options = lxw_workbook_options()
        let status: lxw_error = dir.withCString { tmp in
            options.tmpdir = UnsafeMutablePointer(mutating: tmp)
            guard let wb = workbook_new_opt(path, &options) else { return LXW_ERROR_CREATING_TMPFILE }
            var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
            func format(_ s: CellStyle) -> UnsafeMutablePointer<lxw_format> {
                if let f = formats[s] { return f }
                let f = workbook_add_format(wb)!
                format_set_font_name(f, font)
                format_set_font_size(f, s.size)
                if s.bold { format_set_bold(f) }
                if s.wrap { format_set_text_wrap(f) }
                if let fill = s.fill {
                    format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
                    format_set_bg_color(f, fill)
                }
                if let c = s.colour { format_set_font_color(f, c) }
                format_set_align(
                    f, UInt8(s.alignment == .center ? LXW_ALIGN_CENTER.rawValue : LXW_ALIGN_LEFT.rawValue))
                format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
                if s.stacked { format_set_rotation(f, 270) }
                format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue))
                format_set_border_color(f, 0x808080)
                formats[s] = f
                return f
            }
            for sheet in sheets {
                guard let ws = workbook_add_worksheet(wb, String(sheet.name.prefix(31))) else { continue }
                for (i, w) in sheet.columnWidths.enumerated() {
                    worksheet_set_column(ws, lxw_col_t(i), lxw_col_t(i), w, nil)
                }
                let lastColumn = lxw_col_t(max(sheet.columnWidths.count - 1, 0))
                for (r, row) in sheet.rows.enumerated() {
                    // Row heights are set, not left to the reader: LibreOffice keeps the default height of a row
                    // with wrapped text when it opens a workbook, which hides all but the first line.
                    let h = sheet.rowHeights[r] ?? estimatedHeight(row, sheet, spanning: sheet.spanningRows.contains(r))
                    worksheet_set_row(ws, lxw_row_t(r), h, nil)
                    if sheet.spanningRows.contains(r), let first = row.first {
                        worksheet_merge_range(
                            ws, lxw_row_t(r), 0, lxw_row_t(r), lastColumn, cellText(first.text), format(first.style))
                        continue
                    }
                    for (c, cell) in row.enumerated() {
                        if cell.text.isEmpty {
                            worksheet_write_blank(ws, lxw_row_t(r), lxw_col_t(c), format(cell.style))
                        } else {
                            worksheet_write_string(
                                ws, lxw_row_t(r), lxw_col_t(c), cellText(cell.text), format(cell.style))
                        }
                    }
                }
                for choice in sheet.choices where sheet.rows.count > choice.firstRow {
                    addChoices(ws, choice.column, choice.firstRow, sheet.rows.count - 1, choice.values)
                }
                if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
                    worksheet_freeze_panes(ws, lxw_row_t(sheet.frozenRows), lxw_col_t(sheet.frozenColumns))
                }
                if let rep = sheet.repeatedRows {
                    worksheet_repeat_rows(ws, lxw_row_t(rep.lowerBound), lxw_row_t(rep.upperBound))
                }
                worksheet_set_landscape(ws)
                worksheet_set_paper(ws, 9)  // A4
                worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6)
                worksheet_fit_to_pages(ws, 1, 0)
                worksheet_center_horizontally(ws)
                if let h = sheet.pageHeader { worksheet_set_header(ws, "&C" + headerText(h)) }
                worksheet_set_footer(ws, sheet.pageFooter.map { "&C" + headerText($0) } ?? "&C&P / &N")
            }
            return workbook_close(wb)
        }
        guard status == LXW_NO_ERROR else { throw failed(String(cString: lxw_strerror(status))) }
        do {
            return try FileIO.read(path)
        } catch {
            throw OfficeError(error.message)
        }
    }

    /// The height in points a row needs for its wrapped text: lines estimated from the column widths (a CJK
    /// character is two width units, other characters one), 1.3 times the font size per line.
    static func estimatedHeight(_ row: [SheetCell], _ sheet: SheetDesign, spanning: Bool) -> Double {
        var height = 15.0
        for (c, cell) in row.enumerated() where !cell.text.isEmpty {
            let width =
                spanning
                ? sheet.columnWidths.reduce(0, +) : (c < sheet.columnWidths.count ? sheet.columnWidths[c] : 8.43)
            let perLine = max(width * 11 / cell.style.size - 0.5, 1)
            var lines = 0
            if cell.style.stacked {
                height = max(height, Double(cell.text.count) * cell.style.size * 1.45 + 8)
                continue
            }
            for piece in cell.text.split(separator: "\n", omittingEmptySubsequences: false) {
                let units = piece.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x2E80 ? 1.7 : 1.0) }
                lines += cell.style.wrap ? max(1, Int((units / perLine).rounded(.up))) : 1
            }
            height = max(height, Double(lines) * cell.style.size * 1.3 + 4)
        }
        return min(height, 409)
    }

    /// A drop-down list of allowed values on one column (an office picks 已完成 rather than typing it).
    static func addChoices(
        _ ws: UnsafeMutablePointer<lxw_worksheet>, _ column: Int, _ first: Int, _ last: Int, _ values: [String]
    ) {
        var cStrings = values.map { strdup($0) }
        defer { for p in cStrings { free(p) } }
        cStrings.append(nil)
        cStrings.withUnsafeMutableBufferPointer { list in
            var v = lxw_data_validation()
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            v.value_list = UnsafeMutablePointer(mutating: list.baseAddress!).withMemoryRebound(
                to: UnsafeMutablePointer<CChar>?.self, capacity: list.count
            ) { UnsafeMutablePointer(mutating: $0) }
            // Typed values that are not in the list are allowed: the reader reports them with their row.
            v.show_error = UInt8(LXW_VALIDATION_OFF.rawValue)
            _ = worksheet_data_validation_range(
                ws, lxw_row_t(first), lxw_col_t(column), lxw_row_t(last), lxw_col_t(column), &v)
        }
    }

    /// Cell text within Excel's limit of 32,767 characters, without characters XML cannot hold.
    static func cellText(_ s: String) -> String {
        let clean = String(
            String.UnicodeScalarView(
                s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }))
        return clean.count > 32_000 ? String(clean.prefix(32_000)) + "…" : clean
    }

    /// Page header text: `&` is a control character there and is doubled; at most 200 characters.
    static func headerText(_ s: String) -> String {
        String(s.prefix(120)).replacing("&", with: "&&")
    }

    static func failed(_ reason: String) -> OfficeError {
        OfficeError(en: "cannot write the workbook: \(reason)", zh: "无法生成工作簿:\(reason)")
    }
}

/// The folder for temporary files: $TMPDIR, else /tmp.
enum ProcessInfoTemp {
    static var directory: String {
        if let t = getenv("TMPDIR") {
            let s = String(cString: t)
            if !s.isEmpty { return s }
        }
        return "/tmp"
    }
}
