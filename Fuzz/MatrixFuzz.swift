import OrgChartCore

// libFuzzer target for the responsibility matrix (built by scripts/fuzz, not by SwiftPM).
//
// For every model that loads: the matrix holds only filled cells, each in range, sorted, once; the table written a
// row at a time is the same text as the table written whole, in every format and language; and every CSV field is
// safe in a spreadsheet: quoted, no control character but tab and line breaks, and no field whose first visible
// character would start a formula without the leading `'`.

@_cdecl("LLVMFuzzerTestOneInput")
public func matrixFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let model = try? ModelLoader.load(bytes: bytes, file: "fuzz.yaml") else { return 0 }
    let matrix = ResponsibilityMatrix(model)
    precondition(matrix.rows.count == model.duties.count, "a duty without a row")
    precondition(matrix.columns.count == matrix.columnNames.count, "columns and their names differ")
    precondition(Set(matrix.columns).count == matrix.columns.count, "a column twice")
    precondition(matrix.cellCount == matrix.rows.count * matrix.columns.count, "cellCount is wrong")
    for (row, duty) in zip(matrix.rows, model.duties) {
        precondition(row.width == matrix.columns.count, "a row of another width")
        var last = -1
        for e in row.entries {
            precondition(e.column > last && e.column < row.width, "entries out of order or range")
            last = e.column
        }
        precondition(row.cells.compactMap { $0 }.count == row.entries.count, "cells and entries differ")
        precondition((row.marks.contains(.gap)) == duty.lead.isEmpty, "gap mark wrong")
        for lead in duty.lead {
            guard let c = matrix.columns.firstIndex(of: lead.id) else { preconditionFailure("a lead without a column") }
            let role = row.cells[c]
            precondition(role == .lead || role == .both, "a lead not marked as lead")
        }
    }
    for lang in [Language.en, .zh] {
        var streamed = ""
        matrix.csv(lang) { streamed += $0 }
        let whole = matrix.csv(lang)
        precondition(streamed == whole, "streamed CSV differs")
        var md = ""
        matrix.markdown(lang) { md += $0 }
        precondition(md == matrix.markdown(lang), "streamed Markdown differs")
        var html = ""
        matrix.html(lang, title: model.organisation.name) { html += $0 }
        precondition(html == matrix.html(lang, title: model.organisation.name), "streamed HTML differs")
        checkCSV(whole)
    }
    return 0
}

/// Every field quoted, no control character but tab, CR and LF, and no formula without its `'`.
private func checkCSV(_ csv: String) {
    var scalars = Array(csv.unicodeScalars)
    precondition(scalars.first == "\u{FEFF}", "no byte-order mark")
    scalars.removeFirst()
    var i = 0
    while i < scalars.count {
        precondition(scalars[i] == "\"", "an unquoted field at scalar \(i)")
        i += 1
        var field: [Unicode.Scalar] = []
        while true {
            precondition(i < scalars.count, "an unterminated field")
            if scalars[i] == "\"" {
                if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                    field.append("\"")
                    i += 2
                    continue
                }
                i += 1
                break
            }
            field.append(scalars[i])
            i += 1
        }
        for u in field {
            let v = u.value
            precondition(
                !((v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F || (0x80...0x9F).contains(v)),
                "a control character U+\(String(v, radix: 16)) in a CSV field")
        }
        if let f = field.first(where: { !$0.properties.isWhitespace && $0.properties.generalCategory != .format }),
            "=+-@".unicodeScalars.contains(f)
        {
            precondition(field.first == "'", "a formula field without its quote: \(String(String.UnicodeScalarView(field)))")
        }
        if i < scalars.count {
            if scalars[i] == "," {
                i += 1
            } else {
                precondition(scalars[i] == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n", "a bad separator")
                i += 2
            }
        }
    }
}
