/// A dated or recurring duty with no deadline: the source sets a time frame or a cycle and no date to meet.
enum NoDeadline: CheckRule {
    static let id = "no-deadline"
    static let defaultSeverity = Severity.info
    static let summary = Message(
        en:
            "a duty set for a time frame (2021年, 年内) with no deadline, or a report due each week, month, … (每月上报) with no day in the cycle",
        zh: "职责限定了时段(2021年、年内)却没有完成期限,或按周、月等周期报送(每月上报)却没有周期内的报送日")
    static let description = Message(
        en: """
            For follow-up (督查): the duties a clerk cannot date. A duty without `due` is reported when its `name` \
            names a time frame that is not over by the model's `as_of` (2021年, 年内, 本月, 3月, 一季度: it is set \
            for that time and nothing says by when), or gives a deadline that `due` does not record (3月10日前, \
            年底前); and a recurring report (a `cadence` other than `periodic` or `daily`, or 每周, 每月, 按季 in its \
            name or note, on a duty with `report_to` or whose words say 上报, 报送, 汇报, 通报, 报告) when neither \
            text gives a point in the cycle (每月5日前, 周五, 月底). A recurring practice that reports nothing \
            (每月研究…, 每天到乡镇督导) and a daily report need no such day. Duties marked `done` and duties that \
            `vague-timing` reports (近期, 尽快, 定期 with no interval) are left out. One finding per duty.
            """,
        zh: """
            用于督查:找出无法确定督办日期的职责。没有 `due` 的职责,若其 `name` 写明了截至模型日期 `as_of` \
            尚未结束的时段(2021年、年内、本月、3月、一季度:限定了时段却未说明何时完成),或写有 `due` 未记录的\
            期限(3月10日前、年底前),即报告;按周期报送的职责(`cadence` 不是 `periodic` 或 `daily`,或名称、\
            备注中有每周、每月、按季,且有 `report_to` 或文字中有上报、报送、汇报、通报、报告),若原文未给出周期内的\
            时间点(每月5日前、周五、月底),也报告。不涉及报送的周期性做法(每月研究……、每天到乡镇督导)和每日报送\
            不需要这样的时间点。已标记 `done` 的职责和由 `vague-timing` 报告的职责(近期、尽快、未说明周期的定期)\
            不在此列。每项职责一条提示。
            """)
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: office, name: 区政府督查室, kind: bureau}
              - {id: gov, name: 东川区人民政府, kind: government}
            duties:
              - {id: plan, name: 制定2021年政府督查工作计划, lead: office}
              - {id: survey, name: 持续开展劳动力转移就业调查工作, lead: office, cadence: monthly, report_to: gov}
              - {id: split, name: 于3月10日前将《意见》进行分解, lead: office}
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units: [{id: office, name: 区政府督查室, kind: bureau}]
            duties:
              - {id: plan, name: 制定2021年政府督查工作计划, lead: office, due: 2021-03-31}
              - {id: survey, name: 每月5日前上报劳动力转移就业调查情况, lead: office, cadence: monthly}
              - {id: study, name: 坚持政府常务会每月研究教育工作的制度, lead: office}
              - {id: daily, name: 每天向市里报送项目进度, lead: office}
              - {id: history, name: 巩固2020年脱贫攻坚成果, lead: office}
              - {id: reports, name: 定期形成督查报告报研, lead: office}
              - {id: done, name: 制定2021年工作要点, lead: office, done: true}
            """)
    ]

    /// The recurrences that need no day in their cycle.
    static let dailyWords: Set<String> = [Cadence.daily.zh, "每日", "按日"]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let asOf = ctx.model.organisation.asOf
        return ctx.model.duties.compactMap { d in
            guard d.due == nil, !d.done else { return nil }
            let name = DutyTiming(d.name, asOf: asOf)
            let note = d.note.map { DutyTiming($0, asOf: asOf) }
            // What `vague-timing` reports is its finding, not this one's.
            guard VagueTiming.words(d, name: name, note: note).isEmpty else { return nil }
            let recurrence = d.cadence.map(\.zh) ?? name.recurrence ?? note?.recurrence
            let message: (en: String, zh: String)
            var cause: String?
            var mark = d.keyMarks["name"] ?? d.mark
            if let r = recurrence {
                // A report each day needs no day; a practice that recurs (每天到乡镇督导) needs none either.
                let reports = d.reportTo != nil || name.reports || note?.reports == true
                guard reports, !dailyWords.contains(r), name.point == nil && note?.point == nil else { return nil }
                if d.cadence != nil { mark = d.keyMarks["cadence"] ?? mark }
                let often = d.cadence.map { "\($0.rawValue) (\($0.zh))" } ?? r
                cause = Finding.cause("reports", often, r)
                message = (
                    "duty “\(d.name)” reports \(often) with no day in the cycle to report by; the source gives none",
                    "职责“\(d.name)”\(r)报送,但没有周期内的报送时间,原文未给出"
                )
            } else if let deadline = name.deadline {
                message = (
                    "duty “\(d.name)” gives the deadline \(deadline) in its words, and `due` does not record it",
                    "职责“\(d.name)”的文字给出了期限“\(deadline)”,但 `due` 没有记录"
                )
            } else if let frame = name.frame {
                cause = Finding.cause("frame", frame)
                message = (
                    "duty “\(d.name)” is set for \(frame) with no deadline; the source gives none",
                    "职责“\(d.name)”限定在“\(frame)”,但没有完成期限,原文未给出"
                )
            } else {
                return nil
            }
            return ctx.finding(self, subject: d.id, at: mark, cause: cause, en: message.en, zh: message.zh)
        }
    }

    /// Duties that report at the same interval with no day (or are set for the same frame with no deadline): one
    /// note that names them.
    static func group(_ members: [Finding], _ ctx: CheckContext) -> Message {
        let parts = members[0].causeParts
        let duties = CheckContext.names(members.map { ctx.shortDutyName($0.subject ?? "") })
        let n = members.count
        if parts.first == "reports", parts.count == 3 {
            return Message(
                en: "\(n) duties report \(parts[1]) with no day in the cycle to report by; the source gives none "
                    + "(\(duties.en))",
                zh: "\(n) 项职责\(parts[2])报送,但没有周期内的报送时间,原文未给出(\(duties.zh))")
        }
        let frame = parts.count > 1 ? parts[1] : ""
        return Message(
            en: "\(n) duties are set for \(frame) with no deadline; the source gives none (\(duties.en))",
            zh: "\(n) 项职责限定在“\(frame)”,但没有完成期限,原文未给出(\(duties.zh))")
    }
}
