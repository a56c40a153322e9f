/// Joins one-page PDFs written by Graphviz's cairo renderer into one PDF with several pages. It reads only what
/// cairo writes (a classic cross-reference table, no object streams) and refuses anything else, so a chart split
/// over pages becomes one file to print.
enum PDFJoiner {
    /// The pages of every document in order, or nil when one of them is not a PDF this joiner can read.
    static func join(_ documents: [[UInt8]]) -> [UInt8]? {
        if documents.count == 1 { return documents[0] }
        var objects: [[UInt8]] = []  // the body of object n + 1, without its "N 0 obj" header
        var pages: [Int] = []
        for doc in documents {
            guard let parsed = parse(doc) else { return nil }
            let base = objects.count
            for (n, body) in parsed.objects.enumerated() {
                if parsed.drop.contains(n + 1) {
                    objects.append(Array("null".utf8))
                    continue
                }
                objects.append(renumber(body, by: base))
            }
            pages += parsed.pages.map { $0 + base }
        }
        let pagesID = objects.count + 1
        let catalogID = objects.count + 2
        // Every page's /Parent points at the new page tree.
        for p in pages {
            var text = objects[p - 1]
            if let r = find(Array("/Parent ".utf8), in: text, from: 0) {
                var e = r + 8
                while e < text.count, text[e] != UInt8(ascii: "R") { e += 1 }
                text.replaceSubrange(r..<min(e + 1, text.count), with: Array("/Parent \(pagesID) 0 R".utf8))
                objects[p - 1] = text
            }
        }
        objects.append(
            Array(
                "<< /Type /Pages /Kids [\(pages.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>"
                    .utf8))
        objects.append(Array("<< /Type /Catalog /Pages \(pagesID) 0 R >>".utf8))
        var out = Array("%PDF-1.5\n%\u{B5}\u{ED}\u{AE}\u{FB}\n".utf8)
        var offsets: [Int] = []
        for (n, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(n + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { table += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        table += "trailer\n<< /Size \(objects.count + 1) /Root \(catalogID) 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }

    /// The objects of a cairo PDF (bodies by number, from 1), its page objects, and the objects to leave out (its
    /// catalog, page tree and info).
    static func parse(_ doc: [UInt8]) -> (objects: [[UInt8]], pages: [Int], drop: Set<Int>)? {
        guard let sx = findLast(Array("startxref".utf8), in: doc) else { return nil }
        let xrefAt =
            Int(
                String(decoding: doc[(sx + 9)...].prefix(24), as: UTF8.self).split(whereSeparator: \.isWhitespace).first
                    ?? "") ?? -1
        guard xrefAt > 0, xrefAt < doc.count, doc[xrefAt...].starts(with: Array("xref".utf8)) else { return nil }
        let lines = String(decoding: doc[xrefAt...].prefix(while: { $0 != UInt8(ascii: "t") }), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }
        guard lines.count >= 3, lines[1].split(separator: " ").first == "0" else { return nil }
        var offsets: [Int] = []
        for line in lines.dropFirst(3) {
            let parts = line.split(separator: " ")
            guard parts.count == 3, let o = Int(parts[0]) else { return nil }
            offsets.append(parts[2] == "n" ? o : -1)
        }
        var objects: [[UInt8]] = []
        for (k, o) in offsets.enumerated() {
            guard o >= 0 else {
                objects.append(Array("null".utf8))
                continue
            }
            let header = Array("\(k + 1) 0 obj".utf8)
            guard doc[o...].starts(with: header),
                let end = find(Array("endobj".utf8), in: doc, from: o, skipStreams: true)
            else { return nil }
            var body = Array(doc[(o + header.count)..<end])
            while let f = body.first, f == 10 || f == 13 || f == 32 { body.removeFirst() }
            while let l = body.last, l == 10 || l == 13 || l == 32 { body.removeLast() }
            objects.append(body)
        }
        var pages: [Int] = []
        var drop: Set<Int> = []
        for (k, body) in objects.enumerated() {
            let head = String(decoding: dictionary(body), as: UTF8.self)
            if head.contains("/Type /Page\n") || head.contains("/Type /Page ") || head.hasSuffix("/Type /Page") {
                pages.append(k + 1)
            }
            if head.contains("/Type /Pages") || head.contains("/Type /Catalog") || head.contains("/Producer") {
                drop.insert(k + 1)
            }
        }
        return pages.isEmpty ? nil : (objects, pages, drop)
    }

    /// The part of an object before its stream, if any.
    static func dictionary(_ body: [UInt8]) -> ArraySlice<UInt8> {
        if let s = find(Array("stream".utf8), in: body, from: 0), s > 0 { return body[..<s] }
        return body[...]
    }

    /// The object with every reference `N 0 R` in its dictionary moved up by `base`; its stream is left as it is.
    static func renumber(_ body: [UInt8], by base: Int) -> [UInt8] {
        guard base > 0 else { return body }
        let head = dictionary(body)
        let text = String(decoding: head, as: UTF8.self)
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i].isNumber, i == text.startIndex || !text[text.index(before: i)].isNumber {
                var j = i
                while j < text.endIndex, text[j].isNumber { j = text.index(after: j) }
                let rest = text[j...]
                if rest.hasPrefix(" 0 R"), let n = Int(text[i..<j]) {
                    out += "\(n + base)"
                    i = j
                    continue
                }
                out += text[i..<j]
                i = j
                continue
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return Array(out.utf8) + body[head.endIndex...]
    }

    /// The first place `needle` occurs in `hay` at or after `from`; with `skipStreams`, the bytes between `stream`
    /// and `endstream` are never searched.
    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int, skipStreams: Bool = false) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var i = from
        let stream = Array("stream".utf8)
        let endstream = Array("endstream".utf8)
        while i <= hay.count - needle.count {
            if skipStreams, hay[i] == stream[0], hay[i...].starts(with: stream),
                i == 0 || hay[i - 1] != UInt8(ascii: "d")
            {
                guard let e = find(endstream, in: hay, from: i + stream.count) else { return nil }
                i = e + endstream.count
                continue
            }
            if hay[i] == needle[0], hay[i...].starts(with: needle) { return i }
            i += 1
        }
        return nil
    }

    static func findLast(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        var i = hay.count - needle.count
        while i >= 0 {
            if hay[i...].starts(with: needle) { return i }
            i -= 1
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(self.drop { $0 == " " || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\r" }.reversed())
    }
}
