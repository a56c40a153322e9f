import Foundation
@testable import OrgChartCore
import Testing

/// The kinds table: what each built-in kind says of itself, what a model's own kinds may say, and the readers'
/// name-to-kind lookups that now come from the table.
@Suite("Unit kinds")
struct KindTests {
    @Test("built-in kinds: unique ids, one kind per name ending, known stand-ins, roles named after their kind")
    func builtInTable() {
        let ids = BuiltInKinds.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        let endings = BuiltInKinds.all.flatMap(\.nameEndings)
        #expect(Set(endings).count == endings.count, "an ending suggests one kind")
        for k in BuiltInKinds.all {
            if let n = k.nearest {
                let stand = BuiltInKinds.named(n)
                #expect(stand != nil && stand?.nearest == nil, "\(k.id) stands in for \(n)")
            }
            #expect(k.colours != nil, "\(k.id) has chart colours")
        }
        for role in KindRole.allCases {
            #expect(BuiltInKinds.all.filter { $0.role == role }.map(\.id) == [role.rawValue])
        }
        // The chart legend lists shared colours once; only department shares bureau's.
        let shared = BuiltInKinds.all.filter { k in
            BuiltInKinds.all.contains { $0.id != k.id && $0.colours == k.colours }
        }
        #expect(shared.map(\.id) == ["bureau", "department"])
    }

    @Test("heads and deputies in both languages, generic when the kind names none")
    func titles() throws {
        #expect(BuiltInKinds.headquarters.headTitle == Message(en: "Commander", zh: "指挥长"))
        #expect(BuiltInKinds.subcommand.deputyTitle == Message(en: "Deputy", zh: "副分指挥长"))
        #expect(BuiltInKinds.workgroup.headTitle == Message(en: "Leader", zh: "组长"))
        #expect(BuiltInKinds.office.headTitle == Message(en: "Director", zh: "主任"))
        #expect(BuiltInKinds.bureau.headTitle == Message(en: "Head", zh: "负责人"))
        #expect(BuiltInKinds.bureau.deputyTitle == Message(en: "Deputy", zh: "副职"))
        let m = try Fixtures.model("format: orgchart/1\norganisation: {name: T}\n")
        #expect(m.headTitle("no-such-kind") == KindDefinition.genericHead)
        #expect(m.deputyTitle("taskforce") == KindDefinition.genericDeputy)
    }

    @Test("a name's ending suggests its kind; the minutes write the first format's kinds")
    func nameEndings() {
        func suggested(_ name: String) -> String? { BuiltInKinds.suggested(byName: name)?.id }
        #expect(suggested("区发展改革局") == "bureau")
        #expect(suggested("乡村规划分指挥部") == "subcommand")
        #expect(suggested("东川区实施乡村振兴战略指挥部") == "headquarters")
        #expect(suggested("东川区人民政府") == "government")
        #expect(suggested("铜都街道") == "township")
        #expect(suggested("区委常委会") == "committee")
        #expect(suggested("信用建设工作领导小组") == "leading-group")
        #expect(suggested("防汛工作专班") == "task-force")
        #expect(suggested("县地震监测服务中心") == nil)

        // The minutes reader, as before the table: 领导小组 is a committee, 专班 a team, anything else a bureau.
        func minutes(_ name: String) -> String { MinutesReader.kindOf(Array(name)) }
        #expect(minutes("各乡镇（街道）") == "collective")
        #expect(minutes("全区各级各部门") == "collective")
        #expect(minutes("区委农村工作领导小组") == "committee")
        #expect(minutes("脱贫攻坚专班") == "team")
        #expect(minutes("乡村规划分指挥部") == "subcommand")
        #expect(minutes("区委常委会") == "committee")
        #expect(minutes("县地震监测服务中心") == "bureau")
        #expect(minutes("区扶贫办") == "bureau")

        // A notice's member unit is never a body the notice sets up: 指挥部 ends in 部, a bureau.
        #expect(NoticeIDs.unitKind("县防汛抗旱指挥部") == "bureau")
        #expect(NoticeIDs.unitKind("县应急管理局") == "bureau")
        #expect(NoticeIDs.unitKind("监测工作组") == "department")
        #expect(NoticeIDs.unitKind("防汛工作专班") == "department")
        #expect(NoticeIDs.unitKind("横林镇") == "township")
        #expect(NoticeIDs.unitKind("县供电公司") == "department")
    }

    @Test("the minutes' post nouns are the endings of the kinds that need a head, as before the table")
    func postNouns() {
        let before: Set<String> = [
            "分指挥部:subcommand", "指挥部:headquarters", "工作组:workgroup", "领导小组:committee", "工作专班:team",
            "专班:team",
        ]
        #expect(Set(MinutesLexicon.postNouns.map { "\($0.0):\($0.1)" }) == before)
        // Longest first: 分指挥部 is read before 指挥部, 工作专班 before 专班.
        let nouns = MinutesLexicon.postNouns.map(\.0)
        #expect(nouns.firstIndex(of: "分指挥部")! < nouns.firstIndex(of: "指挥部")!)
        #expect(nouns.firstIndex(of: "工作专班")! < nouns.firstIndex(of: "专班")!)
    }

    @Test("the notice reader's kinds are all known: built in or a draft kind it declares")
    func noticeKinds() {
        for w in NoticeLexicon.bodyWords { #expect(NoticeLexicon.kind(w.kind) != nil, "\(w.word) → \(w.kind)") }
        for k in NoticeLexicon.draftKinds {
            #expect(BuiltInKinds.named(k.id) == nil)
            #expect(k.nearest.flatMap(BuiltInKinds.named) != nil)
        }
        #expect(NoticeLexicon.isOffice("office"))
        #expect(!NoticeLexicon.isOffice("joint-meeting"))
        #expect(NoticeLexicon.bodyKind("县抗震救灾指挥部办公室") == "office")
    }

    static let ownKinds = """
        format: orgchart/1
        organisation: {name: 专项工作}
        kinds:
          - id: squad
            zh: 专项工作组
            en: squad
            needs_chief: true
            head: 组长
            deputy: 副组长
            head_en: Leader
            deputy_en: Deputy Leader
            role: workgroup
          - {id: post, zh: 专项分部, en: post, needs_chief: true, head: 部长, role: subcommand}
          - {id: office, zh: 办公室, en: office, needs_chief: true}
          - {id: headquarters, zh: 总部, en: head office}
        units:
          - {id: hq, name: 总部, kind: headquarters}
          - {id: p, name: 第一分部, kind: post, parent: hq}
          - {id: s, name: 第一专项组, kind: squad, parent: hq}
          - {id: o, name: 总部办公室, kind: office, parent: hq, host: b, chief: d}
          - {id: b, name: 县应急管理局, kind: bureau}
        people:
          - {id: d, name: 王某}
        """

    @Test("a model's own kinds name their heads in both languages and take a role")
    func ownKinds() throws {
        let m = try Fixtures.model(Self.ownKinds)
        let squad = try #require(m.kind("squad"))
        #expect(squad.headTitle == Message(en: "Leader", zh: "组长"))
        #expect(squad.deputyTitle == Message(en: "Deputy Leader", zh: "副组长"))
        #expect(squad.isWorkGroup && !squad.isOffice)
        #expect(m.kind("post")?.isSubcommand == true)
        #expect(m.kind("post")?.deputyTitle == KindDefinition.genericDeputy)
        // Replacing a built-in kind keeps its role (the office takes `host:`, the headquarters is the root) and
        // nothing else: titles not given are the generic ones.
        #expect(m.kind("office")?.isOffice == true)
        #expect(m.kind("headquarters")?.isHeadquarters == true)
        #expect(m.headTitle("headquarters") == KindDefinition.genericHead)

        // The checks ask the kind: the post (a sub-command post by its role) names no work group and no post names
        // the squad (a work group by its role), so the pairing is unstated; the squad's head is a 组长.
        let findings = CheckRunner.run(m)
        #expect(
            findings.filter { $0.check == "liaison-gap" }.map(\.message.en) == [
                "第一分部 names no work group it liaises with, and no post does: which post connects with which of the "
                    + "1 work groups is not stated"
            ])
        let chiefless = findings.filter { $0.check == "unit-without-chief" }.map(\.message.zh)
        #expect(chiefless == ["专项分部“第一分部”没有部长", "专项工作组“第一专项组”没有组长"])
        #expect(!findings.contains { $0.check == "orphan-unit" })
    }

    @Test("written back, a model's own kinds keep their titles and roles; an inherited role is not written")
    func ownKindsRoundTrip() throws {
        let m = try Fixtures.model(Self.ownKinds)
        let text = ModelWriter().yaml(m)
        #expect(
            text.contains(
                "- {id: squad, zh: 专项工作组, en: squad, needs_chief: true, head: 组长, deputy: 副组长, head_en: Leader, "
                    + "deputy_en: Deputy Leader, role: workgroup}"))
        #expect(text.contains("- {id: office, zh: 办公室, en: office, needs_chief: true}"))
        let again = try Fixtures.model(text)
        #expect(again.customKinds == m.customKinds)
    }
}
