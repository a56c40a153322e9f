import OrgChartCore

/// Writes a `StructureNotice` as a Word document in 公文 style (GB/T 9704): A4 with the standard margins, 三号
/// 仿宋_GB2312 body on a fixed 28.95-point line, 黑体 and 楷体_GB2312 headings, a 二号 小标宋 title.
public enum DocxWriter {
    /// Font sizes in half-points: 二号 22 pt, 三号 16 pt.
    static let titleSize = 44
    static let bodySize = 32
    /// One character of body text in twentieths of a point.
    static let charWidth = 320

    /// The bytes of the .docx.
    public static func document(_ notice: StructureNotice) throws(OfficeError) -> [UInt8] {
        var body = ""
        for p in notice.paragraphs { body += paragraph(p) }
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" \
            w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:body></w:document>
            """
        return try ZipPackage.write([
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("word/document.xml", Array(document.utf8)),
            ("word/styles.xml", Array(styles.utf8)),
            ("word/_rels/document.xml.rels", Array(documentRelationships.utf8)),
        ])
    }

    static func fonts(_ eastAsia: String) -> String {
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"\(eastAsia)\" "
            + "w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>"
    }

    static func run(_ text: String, font: String = "仿宋_GB2312", size: Int = bodySize, spacing: Int? = nil) -> String {
        guard !text.isEmpty else { return "" }
        var props = fonts(font)
        if let spacing { props += "<w:spacing w:val=\"\(spacing)\"/>" }
        props += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        return "<w:r><w:rPr>\(props)</w:rPr><w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    /// Fixed 28.95-point lines (22 lines on the type area).
    static let lines = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>"

    static func paragraph(_ p: StructureNotice.Paragraph) -> String {
        switch p {
        case .title(let t):
            return "<w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"579\" w:line=\"579\" "
                + "w:lineRule=\"atLeast\"/></w:pPr>\(run(t, font: "方正小标宋简体", size: titleSize))</w:p>"
        case .heading(let t):
            return "<w:p><w:pPr>\(lines)<w:ind w:firstLine=\"640\" w:firstLineChars=\"200\"/>"
                + "<w:outlineLvl w:val=\"0\"/></w:pPr>\(run(t, font: "黑体"))</w:p>"
        case .subheading(let t):
            return "<w:p><w:pPr>\(lines)<w:ind w:firstLine=\"640\" w:firstLineChars=\"200\"/>"
                + "<w:outlineLvl w:val=\"1\"/></w:pPr>\(run(t, font: "楷体_GB2312"))</w:p>"
        case .body(let t):
            return "<w:p><w:pPr>\(lines)<w:ind w:firstLine=\"640\" w:firstLineChars=\"200\"/><w:jc w:val=\"both\"/>"
                + "</w:pPr>\(run(t))</w:p>"
        case .role(let label, let width, let text):
            // Two characters of indent, the label spread to `width` characters, a full-width colon; the names hang
            // under their first character, so continuation lines and the next person line up.
            let hang = (width + 1) * charWidth
            let left = 2 * charWidth + hang
            var runs = ""
            if !label.isEmpty {
                let chars = Array(label)
                if chars.count > 1 && chars.count < width {
                    let extra = (width - chars.count) * charWidth / (chars.count - 1)
                    runs += run(String(chars.dropLast()), spacing: extra)
                    runs += run(String(chars.last!))
                } else {
                    runs += run(label + String(repeating: "\u{3000}", count: max(0, width - chars.count)))
                }
                runs += run("：")
            }
            runs += run(text)
            let indent =
                label.isEmpty
                ? "<w:ind w:left=\"\(left)\"/>" : "<w:ind w:left=\"\(left)\" w:hanging=\"\(hang)\"/>"
            return "<w:p><w:pPr>\(lines)\(indent)<w:jc w:val=\"left\"/></w:pPr>\(runs)</w:p>"
        }
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/></Relationships>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts("仿宋_GB2312"))<w:sz w:val="32"/><w:szCs w:val="32"/>\
        <w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="579" w:lineRule="exact"/></w:pPr></w:pPrDefault>\
        </w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        </w:styles>
        """
}
