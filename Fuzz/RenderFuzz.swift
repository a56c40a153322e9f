import OrgChartCore
import OrgChartRender

// libFuzzer target for the chart options and the chart text (built by scripts/fuzz, not by SwiftPM).
//
// The first line of the input is the options (view, orientation, rank gap, legend, colours, the font name as
// written after `font=`); the rest is a model. For every model that loads and every option:
// - a font name is either refused (`ChartOptions.fontProblem`, and then rendering throws) or is plain text that
//   cannot leave its attribute;
// - the chart builds or fails with a `ChartError`, its DOT text is deterministic, and every text in it is bounded
//   (`DOTWriter.maxLines` lines of `DOTWriter.maxLineLength` characters plus the `…`);
// - a small chart (up to 40 boxes) renders to SVG through Graphviz, non-empty and whole, with the font name
//   only where Graphviz puts it, and no `<script` or event attribute from any name or option.

@_cdecl("LLVMFuzzerTestOneInput")
public func renderFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let newline = bytes.firstIndex(of: 0x0A) ?? bytes.count
    let header = String(decoding: bytes[..<newline], as: UTF8.self)
    let body = Array(bytes[min(newline + 1, bytes.count)...])
    guard let model = try? ModelLoader.load(bytes: body, file: "fuzz.yaml") else { return 0 }
    var options = ChartOptions()
    var flags = header.unicodeScalars.first.map { Int($0.value) } ?? 0
    func take(_ n: Int) -> Int {
        defer { flags /= n }
        return flags % n
    }
    switch take(4) {
    case 0: options.view = .whole
    case 1: options.view = .duties
    case 2: options.view = .person(model.people.first?.id ?? "nobody")
    default: options.view = .subtree(root: model.units.first?.id ?? "none", depth: take(3))
    }
    options.orientation = [nil, .topToBottom, .leftToRight][take(3)]
    options.legend = take(2) == 0
    options.colourByKind = take(2) == 0
    options.lang = take(2) == 0 ? .zh : .en
    options.rankSeparation = [nil, 0.1, 2.5][take(3)]
    if let r = header.utf8.indices.first(where: { header.utf8[$0...].starts(with: "font=".utf8) }) {
        options.fontName = String(header[header.utf8.index(r, offsetBy: 5)...])
    }
    let fontOK = ChartOptions.fontProblem(options.fontName) == nil
    let graph: ChartGraph
    do {
        graph = try ChartBuilder.build(model, options: options)
    } catch {
        return 0
    }
    let dot = DOTWriter.write(graph)
    precondition(dot == DOTWriter.write(graph), "DOT text is not deterministic")
    let texts = [graph.title ?? ""] + graph.nodes.map(\.heading) + graph.nodes.flatMap({ $0.lines.map(\.text) })
    for text in texts {
        let lines = DOTWriter.bounded(text).split(separator: "\n", omittingEmptySubsequences: false)
        precondition(lines.count <= DOTWriter.maxLines, "a text of \(lines.count) lines")
        for l in lines {
            let base = l.unicodeScalars.filter { !DOTWriterProbe.isMark($0) }.count
            precondition(base <= DOTWriter.maxLineLength + 1, "a line of \(base) characters")
        }
    }
    if !fontOK {
        do {
            _ = try ChartRenderer.render(graph, format: .dot)
            preconditionFailure("a refused font name was rendered: \(options.fontName)")
        } catch {}
        return 0
    }
    guard graph.nodes.count <= 40, graph.dotLayoutSize <= 200 else { return 0 }
    let svg: String
    do {
        svg = String(decoding: try ChartRenderer.render(graph, format: .svg), as: UTF8.self)
    } catch {
        return 0
    }
    precondition(svg.contains("</svg>"), "an SVG without its end")
    // Names are text: inside tags (text content has its `<` and `>` escaped) no script and no event attribute.
    var rest = Substring(svg.lowercased())
    while let open = rest.firstIndex(of: "<") {
        let close = rest[open...].firstIndex(of: ">") ?? rest.endIndex
        let tag = rest[open..<close]
        precondition(!tag.hasPrefix("<script"), "a script element in the SVG")
        // The tag outside its quoted attribute values (a tooltip may quote a name that reads `onerror=`).
        var bare = ""
        var quote: Character?
        for c in tag {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else {
                bare.append(c)
            }
        }
        for event in [" onload=", " onmouseover=", " onclick=", " onerror=", " onfocus="] {
            precondition(!bare.contains(event), "an event attribute \(event) in an SVG tag: \(tag)")
        }
        rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
    }
    return 0
}

/// What `DOTWriter` counts as a combining mark (not a character of its own).
enum DOTWriterProbe {
    static func isMark(_ c: Unicode.Scalar) -> Bool {
        guard c.value >= 0x300 else { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
