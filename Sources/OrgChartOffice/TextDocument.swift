import OrgChartCore

/// What a document given to a text-reading command (`extract`) is, told by its first bytes and its name.
public enum TextDocument {
    public enum Kind: Sendable {
        /// Plain text (UTF-8 or GB18030): read as it is.
        case text
        /// A Word document (.docx): read with `DocxReader`.
        case docx
        /// A format orgchart does not read; the error says how to convert it.
        case refused(OfficeError)
    }

    /// The kind of `bytes`, read from `file`.
    public static func kind(of bytes: [UInt8], file: String) -> Kind {
        let lower = file.lowercased()
        let convert = "libreoffice --headless --convert-to docx \(file)"
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .refused(
                OfficeError(
                    en: "\(file) is an old binary Word (.doc) or WPS file, which orgchart does not read. Save it as "
                        + ".docx (Word: File → Save As → Word Document), or convert it: \(convert)",
                    zh: "\(file) 是旧版 Word(.doc)或 WPS 二进制文件,orgchart 不能读取。请另存为 .docx"
                        + "(Word:文件 → 另存为 → Word 文档),或转换:\(convert)"))
        }
        if bytes.starts(with: Array("%PDF".utf8)) {
            return .refused(
                OfficeError(
                    en: "\(file) is a PDF, which orgchart does not read. Use the Word original, or take the text out "
                        + "with `pdftotext \(file) minutes.txt` (poppler-utils; a scanned PDF needs OCR first)",
                    zh: "\(file) 是 PDF,orgchart 不能读取。请使用 Word 原件,或提取文字:pdftotext \(file) minutes.txt"
                        + "(poppler-utils;扫描件需先做文字识别)"))
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) {
            return .refused(
                OfficeError(
                    en: "\(file) is an RTF file; save it as .docx, or convert it: \(convert)",
                    zh: "\(file) 是 RTF 文件;请另存为 .docx,或转换:\(convert)"))
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            if lower.hasSuffix(".odt") || bytes.prefix(100).containsSequence(Array("opendocument.text".utf8)) {
                return .refused(
                    OfficeError(
                        en: "\(file) is an OpenDocument text (.odt); convert it: \(convert)",
                        zh: "\(file) 是 OpenDocument 文本(.odt);请转换:\(convert)"))
            }
            if lower.hasSuffix(".xlsx") || lower.hasSuffix(".pptx") {
                return .refused(
                    OfficeError(
                        en: "\(file) is a workbook or a presentation, not minutes; give a .docx or a text file",
                        zh: "\(file) 是表格或演示文稿,不是会议纪要;请提供 .docx 或文本文件"))
            }
            return .docx
        }
        return .text
    }
}

extension Collection where Element == UInt8 {
    func containsSequence(_ needle: [UInt8]) -> Bool {
        let hay = Array(self)
        guard needle.count <= hay.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<i + needle.count]) == needle
        {
            return true
        }
        return false
    }
}
