import Foundation
import OrgChartCore
import Testing

@testable import OrgChartRender

@Suite("Hostile names in the HTML report stay text")
struct ReportEscapingTests {
    static func report(_ lang: Language) throws -> String {
        try HTMLReport.render(
            ReportFixtures.hostileModel(), options: ReportOptions(lang: lang, asOf: Day(year: 2021, month: 3, day: 1)))
    }

    @Test("no element, attribute or script comes from the model", arguments: [Language.zh, .en])
    func noInjection(_ lang: Language) throws {
        let html = try Self.report(lang)
        let (tags, raw) = ReportFixtures.tokenize(html)
        for tag in tags {
            #expect(ReportFixtures.allowedElements.contains(tag.name), "unexpected element <\(tag.name)>")
            for a in tag.attributes {
                #expect(!a.name.hasPrefix("on"), "event handler \(a.name)=\(a.value) on <\(tag.name)>")
                #expect(
                    !["src", "style", "srcdoc", "formaction", "xlink:href"].contains(a.name), "\(a.name) attribute")
                if ["href", "action", "data", "xlink:href"].contains(a.name) {
                    #expect(!a.value.lowercased().hasPrefix("javascript:"), "javascript: URL in \(a.name)")
                }
            }
            if let href = tag.attribute("href") { #expect(href.hasPrefix("#"), "link to \(href)") }
        }
        // Exactly the page's own style sheet, data block and script.
        #expect(tags.filter { $0.name == "style" && !$0.closing }.count == 1)
        let scripts = tags.filter { $0.name == "script" && !$0.closing }
        #expect(scripts.count == 2)
        #expect(scripts.first?.attribute("type") == "application/json")
        #expect(scripts.last?.attributes.isEmpty == true)
        #expect(raw.count == 3 && raw[2] == ReportAssets.script && raw[0] == ReportAssets.css)
    }

    @Test("names show as written: escaped in the page, exact in the data block")
    func shownAsText() throws {
        let html = try Self.report(.en)
        #expect(html.contains("<h1>&lt;script&gt;window.__pwned=1&lt;/script&gt;</h1>"))
        #expect(html.contains("&amp;amp; &amp;lt;b&amp;gt; &amp;#60;"))
        #expect(html.contains("&quot; onload=&quot;window.__pwned=1"))
        #expect(!html.contains("<img") && !html.contains("<b>") && !html.contains("<svg onload"))
        let data = try ReportFixtures.data(html)
        let units = try #require(data["units"] as? [[String: Any]])
        let names = units.compactMap { $0["name"] as? String }
        let h = ReportFixtures.hostile
        #expect(names == [h[0], h[1], h[2], h[4], h[6], h[7]])
        // The unit with a hostile id is drawn under an encoded anchor, and the link to it carries the id escaped.
        let odd = try #require(units.first { $0["id"] as? String == "wg\"><script>" })
        #expect(odd["svg"] as? String == "unit-~7767223e3c7363726970743e")
        #expect(html.contains("data-unit=\"wg&quot;&gt;&lt;script&gt;\""))
        let people = try #require(data["people"] as? [[String: Any]])
        #expect(people.compactMap { $0["name"] as? String } == [h[0], h[5], h[8]])
    }

    @Test("the data block cannot end its element early, whatever the names")
    func dataBlock() throws {
        let html = try Self.report(.zh)
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"report-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = html[start.upperBound..<end.lowerBound]
        #expect(!json.contains("<") && !json.contains(">"))
        #expect(!json.contains("\u{2028}") && !json.contains("\u{2029}"))
        #expect(html.components(separatedBy: "</script").count - 1 == 2)
    }

    @Test("the SVG chart keeps hostile names as text")
    func svg() throws {
        let html = try Self.report(.zh)
        let start = try #require(html.range(of: "<svg class=\"chart-svg\""))
        let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        let svg = String(html[start.lowerBound..<end.upperBound])
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("<style") && !svg.contains("<img") && !svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"))
    }
}
