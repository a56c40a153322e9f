/// Reads CSV (RFC 4180): quoted fields with commas, quotes and line breaks; CRLF or LF line ends.
enum CSVReader {
    /// A CSV file that cannot be read, with where.
    struct Failure: Error, Sendable {
        var message: Message
        var line: Int
        var column: Int
    }

    /// The rows of a CSV text, each with the line it starts on. Empty lines are skipped.
    static func rows(_ text: String) throws(Failure) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var quoteLine = 0
        var quoteColumn = 0
        var line = 1
        var column = 0
        var rowLine = 1
        var atFieldStart = true
        var afterQuote = false
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRow() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
            fields = []
        }

        while let c = pending ?? it.next() {
            pending = nil
            column += 1
            if inQuotes {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" {
                            field.append("\"")
                            column += 1
                        } else {
                            inQuotes = false
                            afterQuote = true
                            pending = n
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" {
                        line += 1
                        column = 0
                    }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                inQuotes = true
                quoteLine = line
                quoteColumn = column
                atFieldStart = false
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
                atFieldStart = true
                afterQuote = false
            case "\r":
                break
            case "\n":
                endRow()
                line += 1
                column = 0
                rowLine = line
                atFieldStart = true
                afterQuote = false
            default:
                if afterQuote {
                    throw Failure(
                        message: Message(
                            en: "text after a closing quote; a quote inside a quoted field is written \"\"",
                            zh: "右引号后还有文字;引号内的引号应写作 \"\""), line: line, column: column)
                }
                field.append(c)
                atFieldStart = false
            }
        }
        if inQuotes {
            throw Failure(
                message: Message(en: "a quoted field is never closed", zh: "引号字段没有闭合"), line: quoteLine,
                column: quoteColumn)
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
