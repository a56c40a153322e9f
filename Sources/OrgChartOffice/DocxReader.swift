import OrgChartCore

/// Reads the text of a Word document (.docx) as Word shows it: the body's paragraphs in order, with automatic
/// numbering (一、 (一) 1.) restored from `numbering.xml`, each table row as one line with its cells separated by
/// tabs, and footnotes, headers, footers, comments, deleted and hidden text left out.
public enum DocxReader {
    /// The document's text, one paragraph (or table row) per line.
    public static func text(_ bytes: [UInt8], file: String) throws(OfficeError) -> String {
        try paragraphs(bytes, file: file).joined(separator: "\n") + "\n"
    }

    /// The document's paragraphs and table rows, in order; runs of empty paragraphs become one empty line.
    public static func paragraphs(_ bytes: [UInt8], file: String) throws(OfficeError) -> [String] {
        let parts = try ZipPackage.read(
            bytes, parts: ["word/document.xml", "word/numbering.xml", "word/styles.xml"], file: file)
        guard let document = parts["word/document.xml"] else {
            throw OfficeError(
                en: "\(file) is a ZIP file but not a Word document (no word/document.xml)",
                zh: "\(file) 是 ZIP 文件,但不是 Word 文档(缺少 word/document.xml)")
        }
        let root = try XMLTree.parse(document, part: "word/document.xml", file: file)
        let numbering = try parts["word/numbering.xml"].map {
            (b: [UInt8]) throws(OfficeError) in try XMLTree.parse(b, part: "word/numbering.xml", file: file)
        }
        let styles = try parts["word/styles.xml"].map {
            (b: [UInt8]) throws(OfficeError) in try XMLTree.parse(b, part: "word/styles.xml", file: file)
        }
        var reader = Reader(numbering: WordNumbering(numbering), styles: StyleNumbering(styles))
        guard let body = root.child("body") else { return [] }
        reader.block(body)
        var out: [String] = []
        for line in reader.lines {
            if line.isEmpty, out.last?.isEmpty ?? true { continue }
            out.append(line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    struct Reader {
        var numbering: WordNumbering
        var styles: StyleNumbering
        var lines: [String] = []

        /// The paragraphs and tables of a container (body, cell, content control), in order.
        mutating func block(_ e: XMLElement) {
            for c in e.elements {
                switch c.name {
                case "p": lines.append(paragraph(c))
                case "tbl": lines += table(c)
                case "sdt", "customXml", "ins":
                    if let content = c.child("sdtContent") { block(content) } else { block(c) }
                default: break
                }
            }
        }

        /// Each row as one line, its cells' text separated by tabs (a cell's paragraphs joined by a space).
        mutating func table(_ t: XMLElement) -> [String] {
            var out: [String] = []
            for row in t.elements where row.name == "tr" || row.name == "sdt" || row.name == "customXml" {
                let rows = row.name == "tr" ? [row] : (row.child("sdtContent") ?? row).children("tr")
                for r in rows {
                    var cells: [String] = []
                    for cell in r.elements where cell.name == "tc" {
                        var inner = Reader(numbering: numbering, styles: styles)
                        inner.block(cell)
                        numbering = inner.numbering
                        cells.append(inner.lines.filter { !$0.isEmpty }.joined(separator: " "))
                    }
                    out.append(cells.joined(separator: "\t"))
                }
            }
            return out
        }

        /// A paragraph's number (if any) and text.
        mutating func paragraph(_ p: XMLElement) -> String {
            var text = ""
            runs(p, into: &text)
            let properties = p.child("pPr")
            var numId: String?
            var level: Int?
            if let numPr = properties?.child("numPr") {
                numId = numPr.child("numId")?.attribute("val")
                level = numPr.child("ilvl")?.attribute("val").flatMap { Int($0) }
            }
            if numId == nil || level == nil, let style = properties?.child("pStyle")?.attribute("val"),
                let fromStyle = styles.numbering(of: style)
            {
                numId = numId ?? fromStyle.numId
                level = level ?? fromStyle.level
            }
            // A paragraph with no text shows no number in Word only when it is empty and unnumbered; an empty
            // numbered paragraph still takes its number, so it is counted.
            if let numId, numId != "0", let label = numbering.next(numId: numId, level: level ?? 0) {
                return label + text
            }
            return text
        }

        /// The visible text of runs, descending into hyperlinks, insertions, fields and content controls.
        func runs(_ e: XMLElement, into text: inout String) {
            for c in e.elements {
                switch c.name {
                case "r":
                    if let rPr = c.child("rPr"), let vanish = rPr.child("vanish"),
                        !["0", "false", "off"].contains(vanish.attribute("val") ?? "true")
                    {
                        continue
                    }
                    for piece in c.elements {
                        switch piece.name {
                        case "t": text += piece.text
                        case "tab", "ptab": text += "\t"
                        case "br", "cr":
                            if piece.attribute("type") == nil || piece.attribute("type") == "textWrapping" {
                                text += "\n"
                            }
                        case "noBreakHyphen": text += "-"
                        default: break
                        }
                    }
                case "hyperlink", "ins", "smartTag", "fldSimple", "customXml", "moveTo", "bdo", "dir":
                    runs(c, into: &text)
                case "sdt":
                    if let content = c.child("sdtContent") { runs(content, into: &text) }
                default: break
                }
            }
        }
    }
}

/// The numbering styles of paragraphs: a style (or the style it is based on) may carry a list number.
struct StyleNumbering {
    var direct: [String: (numId: String?, level: Int?)] = [:]
    var basedOn: [String: String] = [:]

    init(_ styles: XMLElement?) {
        guard let styles else { return }
        for s in styles.children("style") {
            guard let id = s.attribute("styleId") else { continue }
            if let b = s.child("basedOn")?.attribute("val") { basedOn[id] = b }
            if let numPr = s.child("pPr")?.child("numPr") {
                direct[id] = (
                    numPr.child("numId")?.attribute("val"), numPr.child("ilvl")?.attribute("val").flatMap { Int($0) }
                )
            }
        }
    }

    func numbering(of style: String) -> (numId: String, level: Int)? {
        var s: String? = style
        var seen = Set<String>()
        var numId: String?
        var level: Int?
        while let id = s, !seen.contains(id) {
            seen.insert(id)
            if let d = direct[id] {
                numId = numId ?? d.numId
                level = level ?? d.level
            }
            s = basedOn[id]
        }
        guard let numId else { return nil }
        return (numId, level ?? 0)
    }
}

/// Word's list numbering: abstract definitions (format, text, start of each level), the lists that use them, and
/// the counters as paragraphs go by. Lists that share a definition share its counters, as in Word, unless a list
/// restarts a level (`startOverride`).
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var suffix = "tab"
        var legal = false
    }

    var abstract: [String: [Int: Level]] = [:]
    var lists: [String: (abstractId: String, overrides: [Int: Level], starts: [Int: Int])] = [:]
    var counters: [String: [Int: Int]] = [:]
    var started = Set<String>()

    init(_ numbering: XMLElement?) {
        guard let numbering else { return }
        func levels(_ e: XMLElement) -> [Int: Level] {
            var out: [Int: Level] = [:]
            for l in e.children("lvl") {
                guard let i = l.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                var level = Level()
                if let s = l.child("start")?.attribute("val").flatMap({ Int($0) }) { level.start = s }
                if let f = l.child("numFmt")?.attribute("val") { level.format = f }
                if let t = l.child("lvlText") { level.text = t.attribute("val") ?? "" }
                if let s = l.child("suff")?.attribute("val") { level.suffix = s }
                if let g = l.child("isLgl") { level.legal = !["0", "false"].contains(g.attribute("val") ?? "1") }
                out[i] = level
            }
            return out
        }
        for a in numbering.children("abstractNum") {
            guard let id = a.attribute("abstractNumId") else { continue }
            abstract[id] = levels(a)
        }
        for n in numbering.children("num") {
            guard let id = n.attribute("numId"), let a = n.child("abstractNumId")?.attribute("val") else { continue }
            var overrides: [Int: Level] = [:]
            var starts: [Int: Int] = [:]
            for o in n.children("lvlOverride") {
                guard let i = o.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                if let s = o.child("startOverride")?.attribute("val").flatMap({ Int($0) }) { starts[i] = s }
                if let l = o.child("lvl"),
                    let level = levels(XMLElement(name: "x", attributes: [], children: [.element(l)]))[i]
                {
                    overrides[i] = level
                }
            }
            lists[id] = (a, overrides, starts)
        }
    }

    func level(_ list: (abstractId: String, overrides: [Int: Level], starts: [Int: Int]), _ i: Int) -> Level? {
        list.overrides[i] ?? abstract[list.abstractId]?[i]
    }

    /// The label of the next paragraph of list `numId` at `level` ("一、", "(二)", "3."), counting it.
    mutating func next(numId: String, level i: Int) -> String? {
        guard let list = lists[numId], let lvl = level(list, i) else { return nil }
        var c = counters[list.abstractId] ?? [:]
        if !started.contains(numId) {
            started.insert(numId)
            for (l, s) in list.starts { c[l] = s - 1 }
        }
        c[i] = (c[i] ?? (lvl.start - 1)) + 1
        for deeper in c.keys where deeper > i { c[deeper] = nil }
        counters[list.abstractId] = c
        if lvl.format == "none" { return "" }
        if lvl.format == "bullet" { return lvl.text + (lvl.suffix == "space" ? " " : "") }
        var label = ""
        var chars = Substring(lvl.text)
        while let ch = chars.first {
            chars = chars.dropFirst()
            if ch == "%", let d = chars.first?.wholeNumberValue, (1...9).contains(d) {
                chars = chars.dropFirst()
                let l = d - 1
                let value = c[l] ?? (level(list, l)?.start ?? 1)
                let fmt = lvl.legal && l < i ? "decimal" : (level(list, l)?.format ?? "decimal")
                label += NumberFormat.format(value, fmt)
            } else {
                label.append(ch)
            }
        }
        if lvl.suffix == "space" { label += " " }
        return label
    }
}

/// Word's number formats (`w:numFmt`), as Word prints them.
enum NumberFormat {
    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "decimalZero": return n < 10 ? "0\(n)" : String(n)
        case "upperRoman": return roman(n)
        case "lowerRoman": return roman(n).lowercased()
        case "upperLetter": return letter(n)
        case "lowerLetter": return letter(n).lowercased()
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
            "taiwaneseCountingThousand", "ideographDigital":
            return chinese(n, true)
        case "chineseLegalSimplified", "ideographLegalTraditional":
            return legal(chinese(n, false))
        case "ideographTraditional": return pick(n, Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac": return pick(n, Array("子丑寅卯辰巳午未申酉戌亥"))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(n) ? String(UnicodeScalar(0x2460 + n - 1).map(Character.init) ?? "?") : String(n)
        case "decimalEnclosedParen": return (1...20).contains(n) ? scalar(0x2474 + n - 1) : "(\(n))"
        case "decimalEnclosedFullstop": return (1...20).contains(n) ? scalar(0x2488 + n - 1) : "\(n)."
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(n).unicodeScalars.map { Character(UnicodeScalar($0.value + 0xFEE0) ?? $0) })
        default: return String(n)
        }
    }

    static func scalar(_ v: Int) -> String { UnicodeScalar(v).map { String(Character($0)) } ?? "?" }

    static func pick(_ n: Int, _ symbols: [Character]) -> String {
        n >= 1 ? String(symbols[(n - 1) % symbols.count]) : String(n)
    }

    static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = n
        var out = ""
        for (v, s) in table {
            while rest >= v {
                out += s
                rest -= v
            }
        }
        return out
    }

    static func letter(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let ch = Character(UnicodeScalar(UInt8(65 + (n - 1) % 26)))
        return String(repeating: ch, count: (n - 1) / 26 + 1)
    }

    /// 1 → 一, 10 → 十 (or 一十 inside larger numbers), 21 → 二十一, 105 → 一百零五.
    static func chinese(_ n: Int, _ shortTen: Bool) -> String {
        guard n > 0, n < 100_000 else { return String(n) }
        let digits = Array("零一二三四五六七八九")
        let units = ["", "十", "百", "千", "万"]
        var parts: [Int] = []
        var rest = n
        while rest > 0 {
            parts.append(rest % 10)
            rest /= 10
        }
        var out = ""
        var zero = false
        for i in stride(from: parts.count - 1, through: 0, by: -1) {
            let d = parts[i]
            if d == 0 {
                zero = true
                continue
            }
            if zero && !out.isEmpty { out.append("零") }
            zero = false
            // 十一 (not 一十一) when ten is the highest unit.
            if !(d == 1 && i == 1 && parts.count == 2 && shortTen) { out.append(digits[d]) }
            out += units[i]
        }
        return out
    }

    static func legal(_ s: String) -> String {
        let map: [Character: Character] = [
            "一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒", "八": "捌", "九": "玖", "十": "拾",
            "百": "佰", "千": "仟", "零": "零",
        ]
        return String(s.map { map[$0] ?? $0 })
    }
}
