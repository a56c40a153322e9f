/// The last stage: duty ids, the extraction's own findings and notes.
extension MinutesReader {
    // MARK: - Finishing

    func finish() -> Extraction {
        // Duty ids from where each assignment stands: duty-1-4, duty-2-2b, duty-3.
        for i in assignments.indices {
            let a = assignments[i]
            var base = "duty"
            if let item = a.location.item { base += "-" + (MinutesReader.arabic(item).map(String.init) ?? item) }
            if let point = a.location.point {
                base += "-" + (MinutesReader.arabic(point).map(String.init) ?? point)
            }
            if a.location.item == nil { base += "-0" }
            assignments[i].dutyID = names.reserve(base, letters: true)
        }
        var result = Extraction(
            file: file, meetingDate: meetingDate, assignments: assignments, structure: structure,
            findings: DraftChecks.findings(assignments, file: file),
            unresolved: names.unresolved, people: names.parties.filter { $0.sort == .person },
            units: names.parties.filter { $0.sort == .unit }, firstMention: names.firstMention)
        result.traces = traces
        result.meetingYearGuessed = meetingYearGuessed
        result.notes = notes()
        result.approval = approval
        return result
    }

    /// Why the reading found little, in words a user can act on.
    func notes() -> [Message] {
        var out: [Message] = []
        if meetingYearGuessed, let d = meetingDate {
            out.append(
                Message(
                    en: "the meeting's year is not written with its date; \(d) takes the year from another date in the "
                        + "text (give --meeting-date to set it)",
                    zh: "纪要未写明会议年份;\(d) 的年份取自文中其他日期(可用 --meeting-date 指定)"))
        }
        if usedTodaysYear, let today = options.today {
            out.append(
                Message(
                    en: "no year anywhere in the text: deadlines written without one are put in \(today.year), this "
                        + "year (give --meeting-date to set the meeting's date)",
                    zh: "文中无任何年份:未写年份的时限按今年(\(today.year))计(可用 --meeting-date 指定会议日期)"))
        } else if meetingDate == nil {
            out.append(
                Message(
                    en: "no meeting date found; deadlines written without a year have no date (give --meeting-date)",
                    zh: "未找到会议日期;未写年份的时限无法定日(可用 --meeting-date 指定)"))
        }
        if assignments.isEmpty {
            let hasLeadIn = (0..<c.count).contains { match($0, Self.directive, c.count) != nil }
            out.append(
                hasLeadIn
                    ? Message(
                        en: "nothing was read as a task: the requirements name no unit or person with a lead word "
                            + "(要, 负责, 牵头, 请…) and give no task of their own",
                        zh: "未读出任务:要求部分既未以“要、负责、牵头、请”等点明责任单位或个人,也无独立的任务")
                    : Message(
                        en: "nothing was read as a task: the text has no requirement (会议要求, 会议决定, X要…, "
                            + "由X负责…); is it minutes?",
                        zh: "未读出任务:文中没有“会议要求、会议决定、X要、由X负责”等要求;这是会议纪要吗?"))
        }
        return out
    }
}
