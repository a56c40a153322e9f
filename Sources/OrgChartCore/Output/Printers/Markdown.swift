/// Escaping for Markdown table cells.
enum Markdown {
    /// Text safe inside a table cell: pipes, backslashes, HTML-significant characters and line breaks escaped;
    /// control characters and bidirectional overrides shown as `\u{…}` (the file may well be printed on a terminal).
    static func cell(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "`": out += "\\`"
            case "*", "_", "[", "]", "~": out += "\\\(c)"
            case "\n", "\r", "\r\n": out += "<br>"
            default:
                if c.unicodeScalars.contains(where: UnsafeCharacters.terminal.contains) {
                    out += TextFindingPrinter.visible(String(c))
                } else {
                    out.append(c)
                }
            }
        }
        return out
    }
}
