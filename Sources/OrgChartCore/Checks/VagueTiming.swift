/// A duty whose only timing is a vague word: 近期, 尽快, 定期 with no interval.
enum VagueTiming: CheckRule {
    static let id = "vague-timing"
    static let defaultSeverity = Severity.info
    static let summary = Message(
        en:
            "a duty whose timing is only a vague word (近期, 尽快, 抓紧, 适时, 定期 with no interval, …): no date to follow it up by",
        zh: "职责的时间要求只有模糊的说法(近期、尽快、抓紧、适时、未说明周期的定期等):督办时无据可依")
    static let description = Message(
        en: """
            Reads a duty's `name` and `note` for 近期, 尽快, 抓紧, 尽早, 早日, 适时, 择机, 适当时候, 限期 (with no limit \
            after it) and 定期 (when neither the text nor `cadence` gives an interval: 每月, 按季, …), and a \
            `cadence: periodic` (定期, interval not stated). The finding quotes the words. A duty with a `due`, or \
            whose name gives a date or a time frame (尽快…本周完成), keeps only 定期 (the date settles the rest: \
            `no-deadline` reads the frame). In a duty about an emergency (its words say 灾区, 灾害, 灾情, 险情, 事故, \
            突发, 应急, 预案, 抢险, 救灾 or 救援) only 定期 counts: there the time runs from the event, and an \
            emergency plan's 尽快恢复 or 适时启动预案 is as soon as the event allows, not an open date. A duty \
            marked `done` is not read. 及时 (promptly, as things happen) and 立即 (now) are not vague and are not \
            reported. One finding per duty.
            """,
        zh: """
            读取职责的 `name` 和 `note` 中的“近期、尽快、抓紧、尽早、早日、适时、择机、适当时候、限期(其后未给期限)”\
            以及“定期”(原文和 `cadence` 均未给出周期,如每月、按季),以及 `cadence: periodic`(定期,未说明周期),\
            并在提示中引用原词。已有 `due` 或名称中写有日期、时段(尽快……本周完成)的职责只报告“定期”\
            (日期已明确其余说法,时段由 `no-deadline` 读取)。涉及应急处置的职责(文字中有灾区、灾害、灾情、险情、\
            事故、突发、应急、预案、抢险、救灾、救援)只报告“定期”:其时间从事件发生起算,应急预案中的“尽快恢复”\
            “适时启动预案”指事件允许的最短时间,而非未定的日期。已标记 `done` 的职责不读取。“及时”“立即”不属于\
            模糊时限,不报告。每项职责一条提示。
            """)
    static let triggeringExamples = [
        CheckExample(
            """
            units: [{id: office, name: 区政府督查室, kind: bureau}]
            duties:
              - {id: reports, name: 定期形成督查报告报研, lead: office}
              - {id: tracking, name: 加大跟踪督办力度, lead: office, note: 近期要…}
              - {id: plan, name: 尽快印发实施方案, lead: office}
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: office, name: 区政府督查室, kind: bureau}
              - {id: group, name: 基础设施抢修组, kind: workgroup}
            duties:
              - {id: reports, name: 每月定期形成督查报告, lead: office, cadence: monthly}
              - {id: plan, name: 尽快印发实施方案, lead: office, due: 2021-03-31}
              - {id: prompt, name: 及时上报灾情, lead: office}
              - {id: repair, name: 尽快恢复灾区城镇基础设施功能, lead: group}
              - {id: firm, name: 抓紧抓实各项工作, lead: office}
              - {id: limit, name: 限期三个月整改到位, lead: office}
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let asOf = ctx.model.organisation.asOf
        return ctx.model.duties.compactMap { d in
            guard !d.done else { return nil }
            let words = words(d, name: DutyTiming(d.name, asOf: asOf), note: d.note.map { DutyTiming($0, asOf: asOf) })
            guard !words.isEmpty else { return nil }
            let en = words.map { "\($0.word) (\($0.en))" }.joined(separator: ", ")
            let zh = words.map { "“\($0.word)”" }.joined(separator: "、")
            return ctx.finding(
                self, subject: d.id, at: d.keyMarks["name"] ?? d.mark, cause: Finding.cause(en, zh),
                en: "duty “\(d.name)” is timed only as \(en): no date to follow it up by",
                zh: "职责“\(d.name)”的时间要求只有\(zh):督办时无日期可依")
        }
    }

    /// Duties timed only by the same vague words: one note that names them.
    static func group(_ members: [Finding], _ ctx: CheckContext) -> Message {
        let parts = members[0].causeParts
        let duties = CheckContext.names(members.map { ctx.shortDutyName($0.subject ?? "") })
        let n = members.count
        return Message(
            en: "\(n) duties are timed only as \(parts.first ?? ""): no date to follow them up by (\(duties.en))",
            zh: "\(n) 项职责的时间要求只有\(parts.last ?? ""):督办时无日期可依(\(duties.zh))")
    }

    /// The vague words of a duty, name first, then its note, then a `cadence: periodic` that the words do not
    /// show. A date (`due`, or one its name gives) settles all but 定期, and so does an emergency (the time runs from
    /// the event); a concrete `cadence` settles 定期.
    static func words(_ d: Duty, name: DutyTiming, note: DutyTiming?) -> [DutyTiming.Vague] {
        var out = name.vague
        for v in note?.vague ?? [] where !out.contains(v) { out.append(v) }
        // A concrete cadence is the interval 定期 lacked; a due date settles the other words.
        if let c = d.cadence, c != .periodic { out.removeAll { $0.word == "定期" } }
        let settled = d.due != nil || name.deadline != nil || name.frame != nil
        if settled || name.emergency || note?.emergency == true { out.removeAll { $0.word != "定期" } }
        if d.cadence == .periodic && !out.contains(where: { $0.word == "定期" }) {
            out.append(DutyTiming.Vague(word: "cadence: periodic", en: "定期, interval not stated"))
        }
        return out
    }
}
