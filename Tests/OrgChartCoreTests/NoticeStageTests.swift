import Foundation
import Testing

@testable import OrgChartCore

/// The notice reader's stages, each on small real-shaped examples that fire and that must not.
@Suite("Notice stages")
struct NoticeStageTests {
    @Test("layout keeps spaces, cuts labels run together and marks headings")
    func layout() {
        let lines = NoticeLayout.lines("组  长:徐  波      副组长:孙建明\n4.6.9 社会治安保障组\n（一）日常信息联系制度。\n2020年主汛期")
        #expect(lines.map(\.text) == ["组 长：徐 波", "副组长：孙建明", "4.6.9 社会治安保障组", "（一）日常信息联系制度。", "2020年主汛期"])
        #expect(lines.map(\.numeral) == [nil, nil, "4.6.9", "一", nil])
        #expect(lines[1].line == 1 && lines[1].column == 16)
        // A label spelt with spaces is one label, not 委员 after 主任.
        #expect(NoticeLayout.lines("主 任 委 员:刘雪荣").count == 1)
        // Flattened text (a long line) is cut at its labels, even when they follow a name.
        let flat = NoticeLayout.lines(String(repeating: "为加强领导，", count: 20) + "二、组成人员组长：张高丽国务院副总理副组长：姜大明国土资源部部长")
        #expect(flat.suffix(2).map(\.text) == ["组长：张高丽国务院副总理", "副组长：姜大明国土资源部部长"])
        // A short line is not.
        #expect(NoticeLayout.lines("联系人王红主任：电话88781401").count == 1)
    }

    @Test("roster values: names with spaces, posts in brackets or after spaces, units, open lists")
    func rosterValues() {
        func read(_ s: String) -> [String] { NoticeNames.roster(s).entries.map(\.label) }
        #expect(read("冯 镭") == ["冯镭"])
        #expect(read("王晓剑 谭志新") == ["王晓剑", "谭志新"])
        #expect(read("闵 成 马梅红 许小建") == ["闵成", "马梅红", "许小建"])
        #expect(read("何洪明（市纪委）") == ["何洪明（市纪委）"])
        #expect(read("龚 正 市长") == ["龚正（市长）"])
        #expect(read("马春雷 市政府副秘书长、市发展改革委主任") == ["马春雷（市政府副秘书长、市发展改革委主任）"])
        #expect(read("县市容局负责人") == ["县市容局负责人"])
        let units = NoticeNames.roster("县市容局、县建设局、龙胜 供电分公司、县自来水公司等")
        #expect(units.entries.map(\.name) == ["县市容局", "县建设局", "龙胜供电分公司", "县自来水公司"])
        #expect(units.open)
        // Must not: a sentence is not a name.
        #expect(NoticeNames.roster("负责日常联络工作的同志要及时报送信息").entries.allSatisfy { $0.sort != .person })
    }

    @Test("sentence lists: ranks join posts, a trailing role is shared, 分管…的 is not split, counts go")
    func sentenceLists() {
        func read(_ s: String) -> [String] { NoticeNames.list(s).entries.map(\.label) }
        #expect(read("县委常委、常务副县长") == ["县委常委、常务副县长"])
        #expect(read("县人大、县政府、县政协主要领导") == ["县人大主要领导", "县政府主要领导", "县政协主要领导"])
        #expect(
            read("分管应急管理、地震监测工作的县政府办公室副主任，以及县应急管理局局长")
                == ["分管应急管理、地震监测工作的县政府办公室副主任", "县应急管理局局长"])
        #expect(read("市委常委、常务副市长田福德") == ["田福德（市委常委、常务副市长）"])
        let counted = NoticeNames.list("省委政法委、省编办、省发改委等34个部门")
        #expect(counted.entries.map(\.name) == ["省委政法委", "省编办", "省发改委"] && counted.open)
        #expect(read("胡廖明同志") == ["胡廖明"])
        // Flattened rosters run names into posts.
        #expect(
            NoticeNames.roster("姜大明国土资源部部长丁向阳国务院副秘书长").entries.map(\.label)
                == ["姜大明（国土资源部部长）", "丁向阳（国务院副秘书长）"])
        // A sentence list does not take any three characters for a name.
        #expect(NoticeNames.list("县政协").entries.allSatisfy { $0.sort != .person })
        #expect(read("市住房城乡建设局分管负责同志") == ["市住房城乡建设局分管负责同志"])
    }

    @Test("sentences: roles by 由…担任 and …任, member units, office host, bodies set up")
    func sentences() {
        let a = NoticeSentences.roles("指挥长由县委常委、常务副县长担任")
        #expect(a.count == 1 && a[0].role == .head && a[0].entries.entries.map(\.name) == ["县委常委、常务副县长"])
        let b = NoticeSentences.roles("领导小组由市委常委、常务副市长田福德任组长，市统计局局长邓焕章任副组长")
        #expect(b.map(\.role) == [.head, .deputy])
        let c = NoticeSentences.roles("领导小组下设办公室，办公室设在市发改局，胡廖明同志兼任办公室主任")
        #expect(c.count == 1 && c[0].office && c[0].entries.entries.map(\.name) == ["胡廖明"])
        #expect(NoticeSentences.roles("县应急管理局承担指挥部日常工作").isEmpty)
        #expect(NoticeSentences.host("领导小组下设办公室（设在市规划资源局），办公室主任由徐毅松同志兼任")?.0 == "市规划资源局")
        #expect(NoticeSentences.host("领导小组不设办公室，日常工作由市卫生局承担") == nil)
        #expect(NoticeSentences.setUp("市政府决定成立市公共卫生体系建设领导小组") == "市公共卫生体系建设领导小组")
        #expect(NoticeSentences.setUp("各村委会要成立以主任为主的3-5人防汛指挥小组") == nil)
        #expect(NoticeSentences.setUp("建立部门联席会议制度进行协调") == nil)
    }

    @Test("source: title over lines, document number, issuer, date in figures or characters")
    func source() {
        let s = NoticeSource(
            NoticeLayout.lines("临政办函[2013]89号\n\n临安市人民政府办公室关于成立临安市\n信用建设工作领导小组的通知\n组长：李文钢\n临安市人民政府办公室\n2013年10月10日"))
        #expect(s.body == "临安市信用建设工作领导小组")
        #expect(s.number == "临政办函[2013]89号")
        #expect(s.issuer == "临安市人民政府办公室")
        #expect(s.date == Day(year: 2013, month: 10, day: 10))
        #expect(NoticeSource.date("二OO八年六月三十日") == Day(year: 2008, month: 6, day: 30))
        #expect(NoticeSource(NoticeLayout.lines("关于做好防汛工作的通知\n各村要加强值守。")).body == nil)
        #expect(NoticeSource.bodyInTitle("调整前黄镇2023年防汛抗旱领导小组成员") == "前黄镇2023年防汛抗旱领导小组")
    }

    @Test("every notice rule reads its example and not its counter-example", arguments: NoticeRules.all)
    func rule(_ r: NoticeRule) {
        func rules(_ text: String) -> Set<String> {
            let e = NoticeExtractor.extract(text: text)
            return Set(e.structure.compactMap(\.noticeRule) + e.assignments.compactMap(\.noticeRule))
                .union((e.notice?.notes ?? []).map(\.rule)).union((e.notice?.leaving ?? []).map(\.rule)).union(
                    (e.notice?.renames ?? []).map(\.rule))
        }
        #expect(rules(r.example).contains(r.id), "\(r.id) does not read its example")
        #expect(!rules(r.counterExample).contains(r.id), "\(r.id) reads its counter-example")
    }

    @Test("the document kind: notices are notices, minutes stay minutes")
    func kind() throws {
        let root = Fixtures.repository.appendingPathComponent("seeds")
        let fm = FileManager.default
        for dir in ["real-notices/shared"] {
            for f in try fm.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path) where f.hasSuffix(".txt")
            {
                let text = try String(contentsOf: root.appendingPathComponent(dir + "/" + f), encoding: .utf8)
                #expect(DocumentKind.detect(text) == .notice, "\(f)")
            }
        }
        // Minutes that cite a notice setting up a body are still minutes.
        #expect(
            DocumentKind.detect(
                "6月29日下午,巩义市组织召开全市农田灌溉工作推进会。市领导出席会议。\n会议宣读了《关于成立巩义市农田灌溉工作领导小组的通知》。")
                == .minutes)
        var minutes = ["dongchuan-2021-02-25-minutes.txt"]
        for dir in ["real-minutes/shared", "real-minutes/set-a", "real-minutes/set-b"] {
            let p = root.appendingPathComponent(dir).path
            for f in (try? fm.contentsOfDirectory(atPath: p)) ?? [] where f.hasSuffix(".txt") {
                minutes.append(dir + "/" + f)
            }
        }
        for f in minutes {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(f)))
            let text = try TextFileDecoder.decode(bytes, file: f).text
            #expect(DocumentKind.detect(text) == .minutes, "\(f)")
            // Each segment of a real-minutes file (`%%%% ` headers) on its own, as the tools read them.
            for (k, segment) in text.components(separatedBy: "%%%% ").dropFirst().enumerated() {
                let body = segment.split(separator: "\n", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
                #expect(DocumentKind.detect(body) == .minutes, "\(f) #\(k)")
            }
        }
    }
}

extension NoticeRule: CustomTestStringConvertible {
    public var testDescription: String { id }
}
