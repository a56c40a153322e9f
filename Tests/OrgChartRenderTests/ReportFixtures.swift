import Foundation
import OrgChartCore
import OrgChartRender

/// Models and helpers for the report tests: the seed model, a model of hostile names, and a small HTML tokenizer
/// that sees the page the way a browser's parser does (tags and attributes; script and style content as raw text).
enum ReportFixtures {
    /// The real seed model, with the file name the command line would show.
    static func seed() throws -> Model {
        var m = try ModelLoader.load(
            path: Fixtures.packageRoot.appendingPathComponent("seeds/dongchuan-2021.yaml").path)
        m.file = "seeds/dongchuan-2021.yaml"
        return m
    }

    /// Texts that would run script, add attributes or end an element if they reached the page unescaped.
    static let hostile = [
        "<script>window.__pwned=1</script>",
        "\" onload=\"window.__pwned=1",
        "</script><script>window.__pwned=1</script>",
        "&amp; &lt;b&gt; &#60;",
        "第一行\n第二行\r\n<b>第三行</b>",
        "<img src=x onerror=\"window.__pwned=1\">",
        "' onmouseover='window.__pwned=1' x='",
        "]]><!-- --><![CDATA[",
        "\u{2028}<svg onload=window.__pwned=1>\u{2029}",
        "javascript:window.__pwned=1",
        "<style>*{display:none}</style>",
        "<a href=\"http://example.com/x\">link</a>",
    ]

    /// A model whose every name, title, id, note, source and kind is hostile text.
    static func hostileModel() -> Model {
        let h = hostile
        return Model(
            file: "<hostile>\".yaml",
            organisation: Organisation(
                name: h[0], asOf: Day(year: 2021, month: 2, day: 25),
                sources: [NamedSource(key: h[1], path: h[5]), NamedSource(key: "minutes", path: h[3])]),
            customKinds: [KindDefinition(id: "odd", zh: h[10], en: h[10], needsChief: true)],
            people: [
                Person(id: "p1", name: h[0], title: h[1], aliases: [h[9]], source: h[2], note: h[4]),
                Person(id: "p\"<2>", name: h[5], title: h[6], status: .placeholder),
                Person(id: "p3", name: h[8], title: h[11]),
            ],
            units: [
                Unit(id: "hq", name: h[0], kind: "headquarters", chief: Ref("p1"), office: Ref("bureau"), note: h[2]),
                Unit(
                    id: "sub", name: h[1], kind: "subcommand", parent: Ref("hq"), chief: Ref("p\"<2>"),
                    deputies: [Ref("p3")], office: Ref("<x>"), liaises: [Ref("wg\"><script>")], aliases: [h[7]]),
                Unit(
                    id: "wg\"><script>", name: h[2], kind: "workgroup", parent: Ref("hq"), status: .placeholder,
                    note: h[6]),
                Unit(id: "bureau", name: h[4], kind: "bureau", source: h[11]),
                Unit(id: "odd-1", name: h[6], kind: "odd", parent: Ref("hq")),
                Unit(id: "all", name: h[7], kind: "collective", members: [Ref("bureau"), Ref("p3")]),
            ],
            duties: [
                Duty(
                    id: "d1", name: h[3], lead: [Ref("p1")], assist: [Ref("sub"), Ref("<x>")],
                    due: Day(year: 2021, month: 1, day: 31), reportTo: Ref("hq"), source: h[5]),
                Duty(id: "d<2>", name: h[8], lead: [Ref("all"), Ref("bureau")], cadence: .monthly),
                Duty(id: "d3", name: h[9], note: h[10]),
            ]
        )
    }

    /// A tag the tokenizer found: its lower-cased name, whether it closes an element, and its attributes with
    /// character references decoded (what the DOM would hold).
    struct Tag {
        var name: String
        var closing: Bool
        var attributes: [(name: String, value: String)]

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    /// The tags of an HTML page, and the raw text of each script and style element, in document order.
    static func tokenize(_ html: String) -> (tags: [Tag], rawTexts: [String]) {
        let s = Array(html.unicodeScalars)
        var tags: [Tag] = []
        var raw: [String] = []
        var i = 0
        func starts(_ p: String, at k: Int) -> Bool {
            let q = Array(p.unicodeScalars)
            guard k + q.count <= s.count else { return false }
            for j in 0..<q.count where String(s[k + j]).lowercased() != String(q[j]).lowercased() { return false }
            return true
        }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{C}" }
        while i < s.count {
            guard s[i] == "<" else {
                i += 1
                continue
            }
            if starts("<!--", at: i) {
                i += 4
                while i < s.count && !starts("-->", at: i) { i += 1 }
                i += 3
                continue
            }
            if starts("<!", at: i) || starts("<?", at: i) {
                while i < s.count && s[i] != ">" { i += 1 }
                i += 1
                continue
            }
            var k = i + 1
            let closing = k < s.count && s[k] == "/"
            if closing { k += 1 }
            guard k < s.count, s[k].properties.isAlphabetic else {
                i += 1
                continue
            }
            var name = ""
            while k < s.count, !isSpace(s[k]), s[k] != ">", s[k] != "/" {
                name.unicodeScalars.append(s[k])
                k += 1
            }
            var attributes: [(String, String)] = []
            while k < s.count && s[k] != ">" {
                if isSpace(s[k]) || s[k] == "/" {
                    k += 1
                    continue
                }
                var attribute = ""
                while k < s.count, !isSpace(s[k]), s[k] != "=", s[k] != ">" {
                    attribute.unicodeScalars.append(s[k])
                    k += 1
                }
                var value = ""
                if k < s.count && s[k] == "=" {
                    k += 1
                    if k < s.count && (s[k] == "\"" || s[k] == "'") {
                        let quote = s[k]
                        k += 1
                        while k < s.count && s[k] != quote {
                            value.unicodeScalars.append(s[k])
                            k += 1
                        }
                        k += 1
                    } else {
                        while k < s.count, !isSpace(s[k]), s[k] != ">" {
                            value.unicodeScalars.append(s[k])
                            k += 1
                        }
                    }
                }
                attributes.append((attribute.lowercased(), decode(value)))
            }
            let tag = Tag(name: name.lowercased(), closing: closing, attributes: attributes)
            tags.append(tag)
            i = k + 1
            if !closing && (tag.name == "script" || tag.name == "style") {
                let end = "</" + tag.name
                var text = ""
                while i < s.count && !starts(end, at: i) {
                    text.unicodeScalars.append(s[i])
                    i += 1
                }
                raw.append(text)
            }
        }
        return (tags, raw)
    }

    /// Character references decoded: `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&#NN;` and `&#xNN;`.
    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else {
                out += rest[amp...]
                return out
            }
            let entity = String(rest[rest.index(after: amp)..<semi])
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let v = named[entity] {
                out += v
            } else if entity.hasPrefix("#x"), let n = UInt32(entity.dropFirst(2), radix: 16), let c = Unicode.Scalar(n)
            {
                out.unicodeScalars.append(c)
            } else if entity.hasPrefix("#"), let n = UInt32(entity.dropFirst()), let c = Unicode.Scalar(n) {
                out.unicodeScalars.append(c)
            } else {
                out += "&" + entity + ";"
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// The page's JSON data block, parsed.
    static func data(_ html: String) throws -> [String: Any] {
        let (tags, raw) = tokenize(html)
        let scripts = tags.filter { $0.name == "script" && !$0.closing }
        guard let k = scripts.firstIndex(where: { $0.attribute("type") == "application/json" }) else { return [:] }
        let styles = tags.filter { $0.name == "style" && !$0.closing }.count
        // Raw texts are in document order: the style sheet comes first, then the scripts.
        let text = raw[styles + k]
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    /// Elements a report may contain: HTML of the page and SVG of the chart.
    static let allowedElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "section", "aside", "footer",
        "div", "p", "h1", "h2", "h3", "dl", "dt", "dd", "ul", "li", "code", "a", "span", "label", "input", "output",
        "button", "details", "summary", "table", "thead", "tbody", "tr", "th", "td", "br", "script",
        "svg", "g", "polygon", "polyline", "path", "ellipse", "text", "defs", "lineargradient", "stop",
    ]
}
