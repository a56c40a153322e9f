import OrgChartCore

/// Graphviz's SVG made fit to sit inside an HTML page: no XML prolog, no doctype, no comments, and a class and an
/// accessible name on the root element.
enum InlineSVG {
    /// The `<svg>` element of a Graphviz SVG document; `label` (plain text) becomes its accessible name.
    static func prepare(_ svg: String, className: String, label: String) -> String {
        var text = Substring(svg)
        if let start = text.firstRange(of: "<svg") { text = text[start.lowerBound...] }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // Comments carry node names (escaped, but of no use in a page): drop them all.
        while let open = text.firstRange(of: "<!--") {
            out += text[..<open.lowerBound]
            guard let close = text[open.upperBound...].firstRange(of: "-->") else {
                text = text[text.endIndex...]
                break
            }
            text = text[close.upperBound...]
        }
        out += text
        let attributes = "<svg class=\"\(HTML.escape(className))\" role=\"img\" aria-label=\"\(HTML.escape(label))\" "
        if let r = out.firstRange(of: "<svg ") { out.replaceSubrange(r, with: attributes) }
        return out.hasSuffix("\n") ? out : out + "\n"
    }
}
