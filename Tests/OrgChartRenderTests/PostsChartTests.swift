import Foundation
import OrgChartCore
import OrgChartRender
import Testing

/// Charts, the matrix and the report of a model with posts, an office unit with co-heads, 责任领导 and rules.
@Suite("Posts and offices in charts, the matrix and the report")
struct PostsChartTests {
    static let text = """
        format: orgchart/1
        organisation:
          name: 兴业县抗震救灾指挥部
          sources:
            notice:
              path: seeds/notices/02-xingye-earthquake-hq.txt
              title: 兴业县人民政府办公室关于成立兴业县抗震救灾指挥部的通知
              number: 兴政办函〔2022〕52号
              issuer: 兴业县人民政府办公室
              date: 2022-01-01
              url: http://example.org/notice.html
            plain: seeds/notices/README.md
        people:
          - {id: wang, name: 王某}
        posts:
          - {id: exec-deputy, title: 县委常委、常务副县长, holder: wang, portfolio: 常务工作, source: notice#二}
          - {id: emergency-director, title: 局长, unit: emergency, source: notice#二}
          - {id: quake-director, title: 主任, unit: quake-centre}
          - {id: emergency-deputy, title: 分管领导, unit: emergency}
        units:
          - id: hq
            name: 兴业县抗震救灾指挥部
            kind: headquarters
            chief: exec-deputy
            deputies: [emergency-director]
            members: [emergency-deputy]
            members_open: true
            rules:
              - 成员如有变动,由其所在单位接任领导自然替补。
          - id: hq-office
            name: 指挥部办公室
            kind: office
            parent: hq
            host: emergency
            chief: [emergency-director, quake-director]
            deputies: [emergency-deputy]
          - {id: emergency, name: 县应急管理局, kind: bureau}
          - {id: quake-centre, name: 县地震监测服务中心, kind: institution}
          - {id: fire, name: 县消防救援大队, kind: armed-forces}
        duties:
          - {id: drill, name: 组织地震应急演练, leader: exec-deputy, lead: [emergency, quake-centre], joint: true, assist: fire}
        """

    static func model() throws -> Model { try ModelLoader.load(text: text, file: "xingye.yaml") }

    @Test("the office is a box with its co-heads and host; roles held by post are labelled by post, never greyed")
    func officeBox() throws {
        let dot = DOTWriter.write(try ChartBuilder.build(try Self.model(), options: ChartOptions(lang: .zh)))
        let office = try #require(dot.split(separator: "\n").first { $0.contains("\"hq-office\" [") })
        #expect(office.contains("fillcolor=\"#F3F6F9\""), "drawn as an office, not as a placeholder")
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("主任") && $0.contains("县应急管理局局长") })
        #expect(lines.contains { $0.contains("<TD></TD><TD ALIGN=\"LEFT\">县地震监测服务中心主任</TD>") }, "the co-head")
        #expect(lines.contains { $0.contains("副主任") && $0.contains("县应急管理局分管领导") })
        #expect(lines.contains { $0.contains("设在") && $0.contains("县应急管理局") })
        #expect(lines.contains { $0.contains("指挥长") && $0.contains("县委常委、常务副县长 王某") })
        #expect(dot.contains("\"hq\" -> \"hq-office\""))
        // Nothing the notice settles is greyed: no placeholder fill, no 待定.
        #expect(!dot.contains("#F7F7F7"))
        #expect(!dot.contains("待定"))
    }

    @Test("an open member list ends in 等")
    func openMembers() throws {
        let dot = DOTWriter.write(try ChartBuilder.build(try Self.model(), options: ChartOptions(lang: .zh)))
        #expect(dot.contains("县应急管理局分管领导等"))
        let en = DOTWriter.write(try ChartBuilder.build(try Self.model(), options: ChartOptions(lang: .en)))
        #expect(en.contains("县应急管理局分管领导, etc."))
    }

    @Test("the person view shows the roles held through a post and the duties answered for")
    func personView() throws {
        let dot = DOTWriter.write(
            try ChartBuilder.build(try Self.model(), options: ChartOptions(view: .person("wang"), lang: .zh)))
        #expect(dot.contains("\"wang\" -> \"hq\""))
        #expect(dot.contains("指挥长<BR/>(县委常委、常务副县长)"))
        #expect(dot.contains("\"wang\" -> \"drill\""))
        #expect(dot.contains("责任领导"))
    }

    @Test("the matrix has a 责任领导 column, and a joint lead is not marked as an overlap")
    func matrix() throws {
        let m = ResponsibilityMatrix(try Self.model())
        #expect(m.hasLeaders)
        let csv = m.csv(.zh)
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines[0].contains("\"职责\",\"责任领导\",\"问题\""))
        #expect(lines[1].contains("\"组织地震应急演练\",\"县委常委、常务副县长 王某\",\"\""))
        let plain = try ModelLoader.load(
            path: Fixtures.packageRoot.appendingPathComponent("seeds/proposals/dongchuan-14-posts-illustrative.yaml")
                .path)
        #expect(!ResponsibilityMatrix(plain).hasLeaders, "a model without leaders keeps its columns")
    }

    @Test("the report lists the posts with their roles, the rules, the 责任领导 and the described source")
    func report() throws {
        let html = try HTMLReport.render(try Self.model(), options: ReportOptions(lang: .zh))
        #expect(html.contains("<section id=\"posts\""))
        #expect(html.contains("<a href=\"#posts\">"))
        #expect(html.contains("县应急管理局局长"))
        #expect(html.contains("以职务确定"))
        #expect(html.contains("<dd>成员如有变动,由其所在单位接任领导自然替补。</dd>"))
        #expect(html.contains("<th>责任领导</th>"))
        #expect(html.contains("兴政办函〔2022〕52号"))
        let data = try ReportFixtures.data(html)
        let units = try #require(data["units"] as? [[String: Any]])
        let hq = try #require(units.first { $0["id"] as? String == "hq" })
        #expect(hq["membersOpen"] as? Bool == true)
        #expect((hq["rules"] as? [String])?.count == 1)
        let people = try #require(data["people"] as? [[String: Any]])
        let wang = try #require(people.first { $0["id"] as? String == "wang" })
        let roles = try #require(wang["roles"] as? [[String: Any]])
        #expect(roles.contains { ($0["role"] as? String) == "指挥长(县委常委、常务副县长)" })
        #expect((wang["leaderOf"] as? [Any])?.count == 1)
    }
}
