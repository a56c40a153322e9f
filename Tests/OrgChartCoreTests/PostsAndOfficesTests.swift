import Foundation
import OrgChartCore
import Testing

/// The keys real notices need: posts, office units with heads, 责任领导, co-heads, open member lists, rules.
@Suite("Posts, offices and leaders")
struct PostsAndOfficesTests {
    /// A small model in the shape of 兴业县抗震救灾指挥部 (兴政办函〔2022〕52号), using every new key.
    static let xingye = """
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

    @Test("every new key loads with its value")
    func newKeysLoad() throws {
        let m = try Fixtures.model(Self.xingye)
        #expect(m.posts.map(\.id) == ["exec-deputy", "emergency-director", "quake-director", "emergency-deputy"])
        #expect(m.posts[0].holder?.id == "wang")
        #expect(m.posts[0].unit == nil)
        #expect(m.posts[0].portfolio == "常务工作")
        #expect(m.posts[1].unit?.id == "emergency")
        let office = try #require(m.units.first { $0.id == "hq-office" })
        #expect(office.chiefs.map(\.id) == ["emergency-director", "quake-director"])
        #expect(office.host?.id == "emergency")
        let hq = m.units[0]
        #expect(hq.chief?.id == "exec-deputy")
        #expect(hq.membersOpen)
        #expect(hq.rules == ["成员如有变动,由其所在单位接任领导自然替补。"])
        #expect(m.duties[0].leader.map(\.id) == ["exec-deputy"])
        #expect(m.duties[0].joint)
        let notice = m.organisation.sources[0]
        #expect(notice.number == "兴政办函〔2022〕52号")
        #expect(notice.issuer == "兴业县人民政府办公室")
        #expect(notice.date == Day("2022-01-01"))
        #expect(notice.path == "seeds/notices/02-xingye-earthquake-hq.txt")
        #expect(m.organisation.sources[1].path == "seeds/notices/README.md")
        #expect(!m.organisation.sources[1].isDescribed)
    }

    @Test("the built-in kinds know their heads and what they are")
    func kinds() throws {
        let m = try Fixtures.model(Self.xingye)
        #expect(m.kind("office")?.isOffice == true)
        #expect(m.kind("office")?.headWord == "主任")
        #expect(m.kind("office")?.deputyWord == "副主任")
        #expect(m.kind("leading-group")?.headWord == "组长")
        #expect(m.kind("task-force")?.zh == "工作专班")
        #expect(m.kind("collective")?.isCollective == true)
        #expect(m.kind("bureau")?.headWord == "负责人")
    }

    @Test("a post's label is its unit's name and title, with the holder's name when known")
    func postLabels() throws {
        let m = try Fixtures.model(Self.xingye)
        let index = ModelIndex(m)
        #expect(m.name(of: "emergency-director", index: index) == "县应急管理局局长")
        #expect(m.name(of: "exec-deputy", index: index) == "县委常委、常务副县长 王某")
        #expect(index.person(through: "exec-deputy", in: m) == 0)
        #expect(index.person(through: "emergency-director", in: m) == nil)
    }

    @Test("written back and read again, the model is the same")
    func roundTrip() throws {
        let m = try Fixtures.model(Self.xingye)
        let text = ModelWriter().yaml(m)
        let again = try Fixtures.model(text)
        #expect(ModelWriter().yaml(again) == text)
        #expect(text.contains("chief: [emergency-director, quake-director]"))
        #expect(text.contains("members_open: true"))
        #expect(text.contains("number: 兴政办函〔2022〕52号"))
        #expect(text.contains("leader: [exec-deputy]"))
    }

    @Test("the model has no load error and the checks find only what is really open")
    func checks() throws {
        let m = try Fixtures.model(Self.xingye)
        let findings = CheckRunner.run(m, options: CheckOptions(asOf: Day(year: 2022, month: 6, day: 1)))
        let ids = Set(findings.map(\.check))
        // The chief given as a post is a chief; the office unit under the headquarters is its office.
        #expect(!ids.contains("unit-without-chief"))
        #expect(!ids.contains("unit-without-office"))
        #expect(!ids.contains("dangling-reference"))
        #expect(!ids.contains("wrong-reference-type"))
        // The joint lead is a note, not an error.
        let joint = try #require(findings.first { $0.check == "duty-multiple-leads" })
        #expect(joint.severity == .info)
        #expect(findings.allSatisfy { $0.severity != .error })
    }

    @Test("references from posts and to posts are checked like the others")
    func references() throws {
        let m = try Fixtures.model(
            """
            format: orgchart/1
            organisation: {name: T}
            posts:
              - {id: head, title: 局长, unit: bureu, holder: nobody}
            units:
              - {id: bureau, name: 县应急管理局, kind: bureau}
              - {id: g, name: 领导小组, kind: leading-group, chief: head, office: bureau}
            duties:
              - {id: d, name: 任务, lead: bureau, leader: bureau}
              - {id: e, name: 任务二, lead: head, leader: hed}
            """)
        let findings = CheckRunner.run(m)
        let dangling = findings.filter { $0.check == "dangling-reference" }.map(\.message.en)
        #expect(dangling.count == 3)
        #expect(dangling.contains { $0.contains("`unit` of `head` names `bureu`") && $0.contains("`bureau`") })
        #expect(dangling.contains { $0.contains("`leader` of `e` names `hed`") && $0.contains("`head`") })
        let wrong = findings.filter { $0.check == "wrong-reference-type" }.map(\.message.en)
        #expect(wrong == ["`leader` of `d` names the unit `bureau`; it must name a person or post"])
    }

    @Test("lead-overload and role-conflict count the roles a person holds through posts")
    func rolesThroughPosts() throws {
        let m = try Fixtures.model(
            """
            format: orgchart/1
            organisation: {name: T}
            expect: {max_lead_roles: 2}
            people: [{id: xu, name: 徐毅松}]
            posts: [{id: director, title: 局长, unit: planning, holder: xu}]
            units:
              - {id: planning, name: 市规划资源局, kind: bureau}
              - {id: g, name: 领导小组, kind: leading-group, chief: director, office: planning}
              - {id: o, name: 办公室, kind: office, parent: g, host: planning, chief: xu, deputies: [director]}
            duties:
              - {id: d, name: 任务, leader: xu, lead: planning}
              - {id: e, name: 任务二, leader: director, lead: director}
            """)
        let findings = CheckRunner.run(m)
        let overload = findings.filter { $0.check == "lead-overload" }
        #expect(overload.map(\.message.en) == ["徐毅松 leads 4 units and duties, more than 2"])
        let conflict = findings.filter { $0.check == "role-conflict" }
        #expect(conflict.map(\.message.en) == ["徐毅松 is both chief and deputy of 办公室"])
    }

    @Test("an office named by `office:` is checked through its host")
    func officeHost() throws {
        let m = try Fixtures.model(
            """
            format: orgchart/1
            organisation: {name: T}
            units:
              - {id: towns, name: 各乡镇, kind: collective}
              - {id: g, name: 领导小组, kind: leading-group, office: o}
              - {id: o, name: 领导小组办公室, kind: office, parent: g, host: towns}
            """)
        let findings = CheckRunner.run(m).filter { $0.check == "office-host-invalid" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.en.contains("collective 各乡镇") == true)
    }

    @Test("models without the new keys load as before: no posts, one chief at most, no leader")
    func oldModels() throws {
        let seed = try ModelLoader.load(
            path: Fixtures.repository.appendingPathComponent("seeds/proposals/dongchuan-14-posts-illustrative.yaml")
                .path)
        #expect(seed.posts.isEmpty)
        #expect(seed.units.allSatisfy { $0.chiefs.count <= 1 && $0.host == nil && !$0.membersOpen && $0.rules.isEmpty })
        #expect(seed.duties.allSatisfy { $0.leader.isEmpty && !$0.joint })
        #expect(seed.organisation.sources.allSatisfy { !$0.isDescribed })
    }
}
