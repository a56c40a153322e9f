import Foundation
import Testing

@testable import OrgChartCore

/// The checks issue 15 adds for what a decision leaves open: vague timing, no deadline, near-duplicate duties,
/// sub-command posts without duties, and a decision approved only in principle.
@Suite("Checks of open points (issue 15)")
struct OpenPointChecksTests {
    static let asOf = CheckOptions(asOf: Day(year: 2021, month: 4, day: 7))
    static let newChecks: Set<String> = [
        "vague-timing", "no-deadline", "near-duplicate-duty", "subcommand-without-duties", "pending-approval",
    ]

    func seedFindings() throws -> [Finding] {
        CheckRunner.run(try ModelLoader.load(path: SeedModelTests.path), options: Self.asOf)
    }

    func subjects(_ f: [Finding], _ check: String) -> Set<String> {
        Set(f.filter { $0.check == check }.flatMap(\.subjects))
    }

    @Test("on the seed: the vague timings, the undated tasks, the two overlaps, the post without duties, the approval")
    func seed() throws {
        let f = try seedFindings()
        #expect(
            subjects(f, "vague-timing") == [
                "tracking-supervision", "inspection-reports", "measures-22-progress-hearings",
            ])
        #expect(
            subjects(f, "no-deadline") == [
                "poverty-early-warning", "labour-transfer-survey", "relocated-employment", "inspection-plan-2021",
                "rural-revitalisation-2021",
            ])
        // Findings of one cause are one: the three monthly reports with no day, the two duties set for 2021年, the
        // two duties timed only as 定期.
        #expect(f.count { $0.check == "no-deadline" } == 2)
        #expect(f.count { $0.check == "vague-timing" } == 2)
        let overlaps = f.filter { $0.check == "near-duplicate-duty" }
        #expect(Set(overlaps.compactMap(\.subject)) == ["poverty-early-warning", "relocated-employment"])
        let warning = try #require(overlaps.first { $0.subject == "poverty-early-warning" })
        #expect(warning.message.en.contains("`prevent-poverty-relapse`"))
        #expect(warning.message.en.contains("similarity 0.64"))
        #expect(warning.message.en.contains("防贫预警"))
        #expect(warning.message.zh.contains("相似度 0.64"))
        // 五.三 asks the ten posts for their duties and none has any: one finding that names the duty that asks and
        // covers the ten posts.
        let posts = f.filter { $0.check == "subcommand-without-duties" }
        #expect(posts.count == 1 && posts.first?.subjects == ["rural-planning"] + (2...10).map { "sc-\($0)" })
        #expect(posts.first?.message.en.contains("`post-group-liaison`") == true)
        #expect(posts.first?.severity == .warning)
        #expect(posts.first?.message.en.contains("10 of the 10 sub-command posts") == true)
        let approval = f.filter { $0.check == "pending-approval" }
        #expect(approval.count == 1)
        #expect(approval.first?.subject == nil)
        #expect(approval.first?.message.en.contains("原则同意") == true)
        #expect(approval.first?.message.zh.contains("按程序提交区委常委会审议") == true)
        // The vague words are quoted: 近期 is in the note of tracking-supervision (近期要…).
        #expect(f.contains { $0.subject == "tracking-supervision" && $0.message.en.contains("近期 (soon)") })
        // A duty reported for vague timing is not also reported as undated.
        #expect(subjects(f, "vague-timing").isDisjoint(with: subjects(f, "no-deadline")))
    }

    @Test("the modelled real notices get none of these findings", arguments: NoticeModelPaths.all)
    func notices(_ path: String) throws {
        let m = try ModelLoader.load(path: Fixtures.repository.appendingPathComponent(path).path)
        let f = CheckRunner.run(m, options: CheckOptions(asOf: Day(year: 2024, month: 1, day: 1)))
        #expect(f.filter { Self.newChecks.contains($0.check) }.isEmpty, "\(f.map(\.message.en))")
    }

    @Test("vague words, and what is not vague")
    func vagueWords() {
        func words(_ s: String) -> [String] { DutyTiming(s, asOf: nil).vague.map(\.word) }
        #expect(words("近期要加大跟踪督办力度") == ["近期"])
        #expect(words("尽快办理手续,早日达产") == ["尽快", "早日"])
        #expect(words("定期形成督查报告") == ["定期"])
        #expect(words("每季度定期召开会议").isEmpty, "an interval is given")
        #expect(words("每两周定期调度").isEmpty, "an interval is given")
        #expect(words("不定期开展抽查").isEmpty, "不定期 is a way of working")
        #expect(words("抓紧抓实各项工作").isEmpty, "抓紧抓实 is not haste")
        #expect(words("抓紧完成规划") == ["抓紧"])
        #expect(words("限期整改到位") == ["限期"])
        #expect(words("限期三个月整改到位").isEmpty, "the limit is given")
        #expect(words("及时上报灾情,立即处置").isEmpty, "及时 and 立即 are not vague")
    }

    @Test("time frames, deadlines, recurrences and points in a cycle")
    func timing() {
        let asOf = Day(year: 2021, month: 2, day: 25)
        func t(_ s: String) -> DutyTiming { DutyTiming(s, asOf: asOf) }
        #expect(t("制定2021年政府督查工作计划").frame == "2021年")
        #expect(t("巩固2020年脱贫攻坚成果").frame == nil, "a year before the model's is history")
        #expect(t("2022年第9次常务会议").frame == nil, "a meeting's number, not a time frame")
        #expect(t("确保新建项目一季度开工").frame == "一季度")
        #expect(t("于3月10日前将《意见》进行分解").deadline == "于3月10日前")
        #expect(t("2021年完成所有环保反馈问题的整改销号任务").deadline == "2021年", "as extract reads it")
        #expect(t("力争到2025年建成体系").deadline == "到2025年")
        #expect(t("治理方案的评审要求本周完成").deadline == "本周完成")
        #expect(t("5月30日晚,县长主持召开调度会").frame == nil, "a date that stamps a report")
        #expect(t("2月20日召开动员会").frame == nil, "a date before the model's")
        #expect(t("2013年4月29日").frame == nil, "a dated stamp, with its year")
        #expect(t("在2021年4月底前完成").deadline == "在2021年4月底前")
        #expect(t("于2021年6月30日召开总结会").frame == "2021年6月30日")
        let monthly = t("每月5日前上报工作推进情况")
        #expect(monthly.recurrence == "每月" && monthly.point == "5日" && monthly.reports)
        #expect(t("每周一次通报").point == nil, "每周一次 is once a week, not Monday")
        #expect(t("每周五前报送").point == "周五")
        // A run of digits longer than any number (a fuzzer's find) is read without overflowing.
        #expect(t(String(repeating: "9", count: 40) + "月" + String(repeating: "9", count: 40) + "日前").frame == nil)
        #expect(t(String(repeating: "9", count: 40) + "日").point == nil)
    }

    @Test("no-deadline: a recurring report needs a day; a recurring practice and a daily report do not")
    func recurring() throws {
        let m = try Fixtures.model(
            """
            units:
              - {id: office, name: 区政府督查室, kind: bureau}
              - {id: gov, name: 区人民政府, kind: government}
            duties:
              - {id: monthly, name: 持续开展调查工作, lead: office, cadence: monthly, report_to: gov}
              - {id: weekly, name: 每周通报工作情况, lead: office}
              - {id: dated, name: 每月25日前上报推进情况, lead: office, cadence: monthly}
              - {id: practice, name: 每月研究教育工作, lead: office}
              - {id: daily, name: 每天报送进度, lead: office, cadence: daily}
            """.withHeader)
        let f = CheckRunner.run(m, only: ["no-deadline"])
        #expect(Set(f.compactMap(\.subject)) == ["monthly", "weekly"])
        #expect(f.first { $0.subject == "monthly" }?.message.en.contains("monthly (每月)") == true)
        // The finding on a cadence stands at `cadence:`.
        #expect(f.first { $0.subject == "monthly" }?.mark?.column == m.duties[0].keyMarks["cadence"]?.column)
    }

    @Test("vague-timing: in an emergency the time runs from the event; a report led by a post is still dated")
    func emergencies() throws {
        let m = try Fixtures.model(
            """
            units:
              - {id: group, name: 基础设施抢修组, kind: workgroup}
              - {id: post, name: 乡村规划分指挥部, kind: subcommand}
              - {id: gov, name: 区人民政府, kind: government}
            duties:
              - {id: recover, name: 尽快恢复灾区城镇基础设施功能, lead: group}
              - {id: plan, name: 组成抢险队伍，适时启动跨区域救援预案, lead: group}
              - {id: patrol, name: 定期巡查险情, lead: group}
              - {id: draft, name: 尽快编制村庄规划, lead: post}
              - {id: report, name: 每月上报规划编制进度, lead: post, report_to: gov}
            """.withHeader)
        let f = CheckRunner.run(m, only: ["no-deadline", "vague-timing"])
        #expect(f.filter { $0.check == "vague-timing" }.compactMap(\.subject) == ["patrol", "draft"])
        #expect(f.filter { $0.check == "no-deadline" }.compactMap(\.subject) == ["report"])
    }

    @Test("near-duplicate-duty: not for equal names, parts of one passage, or a meeting's topic (a real draft's tasks)")
    func nearDuplicates() throws {
        let m = try Fixtures.model(
            """
            duties:
              - {id: a, name: 加强防贫预警机制的动态跟踪和监测, source: "minutes#一.四"}
              - {id: b, name: 加强防贫预警机制的动态跟踪和监测。, source: "minutes#一.五"}
              - {id: c, name: 督促指导灾区易于发生次生灾害的设施采取紧急处置措施, source: "plan#4.6.12"}
              - {id: d, name: 对灾区易于发生次生灾害的设施采取紧急处置措施, source: "plan#4.6.12"}
              - {id: e, name: "6月29日下午,巩义市组织召开全市农田灌溉工作推进会", source: "minutes"}
              - {id: f, name: "认清形势、统一思想,切实提高对做好当前农田灌溉工作的认识", source: "minutes#一"}
              - {id: g, name: "强化措施、狠抓落实,全力加快当前农田灌溉工作进度", source: "minutes#二"}
              - {id: h, name: "明确任务、落实责任,建立农田灌溉工作长效保障机制", source: "minutes#三"}
            """.withHeader)
        let f = CheckRunner.run(m)
        #expect(f.filter { $0.check == "near-duplicate-duty" }.isEmpty, "\(f.map(\.message.en))")
        #expect(f.filter { $0.check == "duplicate-duty" }.count == 1)
    }

    @Test("near-duplicate-duty stays quiet and quick on a large generated model")
    func nearDuplicatesScale() throws {
        let (m, _) = ModelGenerator(units: 5000, people: 1000, duties: 40_000, seed: 7).generate()
        let clock = ContinuousClock()
        let start = clock.now
        let f = CheckRunner.run(m, only: ["near-duplicate-duty", "no-deadline", "vague-timing"])
        // Generated names are a topic and a number (动态监测任务17): many share every pair, none is reported.
        #expect(f.filter { $0.check == "near-duplicate-duty" }.isEmpty, "\(f.count) findings")
        #expect(clock.now - start < .seconds(20))
    }

    @Test("subcommand-without-duties: one finding of the request, covering the posts without duties")
    func postsDuties() throws {
        let asked = try Fixtures.model(
            """
            units:
              - {id: a, name: 产业发展分指挥部, kind: subcommand}
              - {id: b, name: 乡村建设分指挥部, kind: subcommand}
              - {id: c, name: 分指挥部(三), kind: subcommand, status: placeholder}
            duties:
              - {id: ask, name: 制定工作方案，明确职责分工, lead: a}
            """.withHeader)
        let f = CheckRunner.run(asked, only: ["subcommand-without-duties"])
        #expect(f.count == 1)
        #expect(f.first?.subjects == ["b", "c"])
        #expect(f.first?.message.en.contains("`ask` asks the sub-command posts") == true)
        #expect(f.first?.message.en.contains("2 of the 3 sub-command posts") == true)
        #expect(f.first?.message.en.contains("乡村建设分指挥部, 分指挥部(三)") == true)
        #expect(f.first?.message.zh.contains("明确职责分工") == true)
        let silent = try Fixtures.model(
            """
            units: [{id: a, name: 产业发展分指挥部, kind: subcommand}]
            duties: [{id: t, name: 制定工作方案}]
            """.withHeader)
        #expect(CheckRunner.run(silent, only: ["subcommand-without-duties"]).isEmpty)
        // One idle post is one finding about that post, naming the duty that asks.
        let one = try Fixtures.model(
            """
            units:
              - {id: a, name: 产业发展分指挥部, kind: subcommand}
              - {id: b, name: 乡村建设分指挥部, kind: subcommand}
            duties:
              - {id: ask, name: 制定工作方案，明确职责分工, lead: a}
            """.withHeader)
        let single = CheckRunner.run(one, only: ["subcommand-without-duties"])
        #expect(single.map(\.subject) == ["b"])
        #expect(single.first?.message.zh == "`ask` 要求各分指挥部明确职责分工,但“乡村建设分指挥部”没有牵头或配合任何职责")
    }

    @Test("organisation.status and pending load, are written back, and a wrong status is a load error")
    func approvalKeys() throws {
        let m = try Fixtures.model(
            """
            format: orgchart/1
            organisation:
              name: 指挥部
              status: draft
              pending: 提交县委常委会审议
            """)
        #expect(m.organisation.status == .draft)
        #expect(m.organisation.pending == "提交县委常委会审议")
        let text = ModelWriter().yaml(m)
        #expect(text.contains("  status: draft\n  pending: 提交县委常委会审议\n"))
        let again = try Fixtures.model(text)
        #expect(again.organisation.status == .draft && again.organisation.pending == m.organisation.pending)
        let f = CheckRunner.run(m, only: ["pending-approval"])
        #expect(
            f.map(\.message.en) == [
                "the decision is still a draft and awaits “提交县委常委会审议”: the structure may still change"
            ])
        #expect(f.first?.mark?.line == 4)
        do {
            _ = try ModelLoader.load(
                text: "format: orgchart/1\norganisation: {name: X, status: approved-in-principal}\n", file: "x.yaml")
            Issue.record("a wrong status loaded")
        } catch {
            #expect(error.errors.map(\.check) == ["invalid-value"])
            #expect(error.errors.first?.message.en.contains("did you mean `approved-in-principle`?") == true)
        }
    }
}

/// The real notices modelled in `seeds/notices/`.
enum NoticeModelPaths {
    static let all = [
        "seeds/notices/02-xingye-earthquake-hq.yaml", "seeds/notices/05-shanghai-new-towns-leading-group.yaml",
        "seeds/notices/07-longsheng-earthquake-workgroups.yaml",
    ]
}
