import Testing

@testable import OrgChartCore

/// The deadline stage of the minutes reader on its own: each phrase, with the meeting's date and without.
@Suite("Deadline reader")
struct DeadlineReaderTests {
    static let meeting = Day(year: 2021, month: 2, day: 25)

    func reader(_ text: String, meeting: Day? = meeting, today: Day? = nil) -> (DeadlineReader, Int) {
        let chars = MinutesText(text).chars
        return (DeadlineReader(scan: MinutesScanner(c: chars), meetingDate: meeting, today: today), chars.count)
    }

    func due(_ text: String, meeting: Day? = meeting, today: Day? = nil) -> String? {
        let (r, n) = reader(text, meeting: meeting, today: today)
        return r.deadline(in: 0..<n)?.day?.description
    }

    @Test(
        "deadline phrases give their day, in the meeting's year or the next",
        arguments: [
            ("于3月10日前完成分解", "2021-03-10"),
            ("9月20前完成道路改造", "2021-09-20"),
            ("于7月17日完成征迁", "2021-07-17"),
            ("争取在6月20日完成征收任务", "2021-06-20"),
            ("年底前完成评审", "2021-12-31"),
            ("2022年底前全面完成", "2022-12-31"),
            ("二季度末前完成平台搭建", "2021-06-30"),
            ("7月底前完成", "2021-07-31"),
            ("1月底前报送", "2022-01-31"),
            ("5月上旬前", "2021-05-10"),
        ])
    func phrases(_ text: String, _ expected: String) {
        #expect(due(text) == expected, "\(text)")
    }

    @Test(
        "dates that are not deadlines give none",
        arguments: ["5月20日召开会议", "每月10日前报送", "会议于3月9日上午召开", "年内定期听取汇报", "加强监管"])
    func notDeadlines(_ text: String) {
        #expect(due(text) == nil, "\(text)")
    }

    @Test("with no meeting date a month and day take today's year when given, and say so")
    func todaysYear() {
        let (withToday, n) = reader("9月20日前完成", meeting: nil, today: Day(year: 2026, month: 11, day: 30))
        #expect(withToday.deadline(in: 0..<n)?.day?.description == "2026-09-20")
        #expect(withToday.usedTodaysYear)
        let (without, m) = reader("9月20日前完成", meeting: nil)
        #expect(without.deadline(in: 0..<m) != nil && without.deadline(in: 0..<m)?.day == nil)
        #expect(!without.usedTodaysYear)
    }

    @Test(
        "cadence words give their rhythm",
        arguments: [
            ("每天更新调度", Cadence.daily), ("每周通报", .weekly),
            ("每月向区政府上报", .monthly), ("每季度报告", .quarterly), ("定期调度", .periodic), ("不定期检查", .periodic),
        ])
    func cadences(_ text: String, _ expected: Cadence) {
        let (r, n) = reader(text)
        #expect(r.cadence(in: 0..<n)?.0 == expected, "\(text)")
    }
}
