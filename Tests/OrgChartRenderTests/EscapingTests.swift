import OrgChartCore
import Testing

@testable import OrgChartRender

@Suite("Hostile names are escaped for DOT, HTML labels and SVG")
struct EscapingTests {
    static let script = "<script>alert(\"x\")</script>"
    static let hostile = "\(script) & 'q' {a} [b] \\N \\G \\\\ end\\"

    /// A model whose names, titles and ids contain markup, quotes, braces, backslashes and line breaks.
    static func model() -> Model {
        Model(
            file: "hostile.yaml", organisation: Organisation(name: hostile),
            people: [
                Person(id: "p\"1\\", name: "黄杰\(script)", title: "区委\n副书记 \\N"),
                Person(id: "p2", name: "}\"]; x -> y [label=\"owned\"", title: "]]> \u{7}bell"),
            ],
            units: [
                Unit(id: "hq", name: hostile, kind: "headquarters", chief: Ref("p\"1\\"), office: Ref("bureau\"")),
                Unit(
                    id: "sub\"}", name: "第一行\n第二行\r\n第三行", kind: "subcommand", parent: Ref("hq"),
                    chief: Ref("p2"), deputies: [Ref("p\"1\\")]),
                Unit(id: "bureau\"", name: "局 & <b>粗</b>", kind: "bureau"),
            ],
            duties: [Duty(id: "d<1>", name: "任务 \\ \"引号\" <i>", lead: [Ref("p\"1\\")], assist: [Ref("sub\"}")])]
        )
    }

    /// How Graphviz's SVG writer escapes text.
    static func xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "-", with: "&#45;")
    }

    @Test("quoted DOT strings escape backslashes, quotes and line breaks")
    func quoted() {
        #expect(DOTWriter.quoted("a\"b\\c\nd\r\ne\u{0}f") == "\"a\\\"b\\\\c\\nd\\ne\"".dropLast() + "f\"")
        #expect(DOTWriter.quoted("黄杰") == "\"黄杰\"")
    }

    @Test("HTML-like label text is XML-escaped, backslashes doubled, line breaks become <BR/>")
    func html() {
        #expect(
            DOTWriter.html(Self.hostile)
                == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; {a} [b] \\\\N \\\\G \\\\\\\\ end\\\\"
        )
        #expect(DOTWriter.html("a\nb\r\nc\rd\u{2028}e") == "a<BR/>b<BR/>c<BR/>d<BR/>e")
        #expect(DOTWriter.html("x\u{1}\u{7F}\u{9F}\u{FFFE}y\tz") == "xy z")
    }

    @Test(
        "every view of a hostile model parses and renders, with no raw markup in the SVG",
        arguments: [
            ChartView.whole, .subtree(root: "hq", depth: nil), .person("p\"1\\"), .duties,
        ])
    func renders(_ view: ChartView) throws {
        let options = ChartOptions(view: view, lang: .en)
        let findings = [
            Finding(
                check: "x", severity: .error, message: Message(en: Self.hostile, zh: Self.hostile), subject: "hq",
                file: "hostile.yaml", mark: nil),
            Finding(
                check: "x", severity: .error, message: Message(en: Self.hostile, zh: Self.hostile),
                subject: "p\"1\\", file: "hostile.yaml", mark: nil),
        ]
        let svg = Fixtures.text(
            try ChartRenderer.render(Self.model(), options: options, findings: findings, format: .svg))
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("<b>") && !svg.contains("<i>"))
        #expect(!svg.contains("owned\"") || svg.contains("&quot;owned&quot;"))
        // Backslash sequences such as \N stay as written instead of becoming the node's name.
        #expect(svg.contains(Self.xml("黄杰\(Self.script)")))
        if view != .duties {
            #expect(svg.contains(">" + Self.xml(Self.hostile) + "<"))
        }
    }

    @Test("names keep every character: backslashes, quotes, markup and line breaks come out as written")
    func faithful() throws {
        let svg = Fixtures.text(
            try ChartRenderer.render(
                Self.model(), options: ChartOptions(view: .whole, lang: .en, legend: false), format: .svg))
        #expect(svg.contains(">第一行<") && svg.contains(">第二行<") && svg.contains(">第三行<"))
        #expect(svg.contains(">" + Self.xml("局 & <b>粗</b>") + "<"))
        #expect(svg.contains(Self.xml("}\"]; x -> y [label=\"owned\"")))
        // The bell character is dropped; the rest of the title survives.
        #expect(svg.contains(Self.xml("]]> bell")))
        // Only the two nodes drawn, with their edge: nothing injected.
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 1)
    }

    @Test("tooltips keep backslashes, quotes and line breaks")
    func tooltip() throws {
        let model = Self.model()
        let message = "a\\N b\\\\ \"q\" <s>\nsecond\\"
        let findings = [
            Finding(
                check: "x", severity: .error, message: Message(en: message, zh: message), subject: "hq",
                file: model.file, mark: nil)
        ]
        let svg = Fixtures.text(
            try ChartRenderer.render(
                model, options: ChartOptions(view: .whole, lang: .en), findings: findings, format: .svg))
        #expect(svg.contains("xlink:title=\"" + Self.xml("error: a\\N b\\\\ \"q\" <s>") + "&#10;second\\\""))
    }
}
