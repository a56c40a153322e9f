import OrgChartCore

/// Reads a task table an office has edited (状态, 完成情况, 完成时限) and says what it changes in the model. Rows are
/// matched by 编号 (the duty id), or by 工作任务 when 编号 is empty; a row that matches no duty, or matches one
/// another row already did, is an error with its row number.
public enum TaskTableUpdate {
    /// A row the update cannot use.
    public struct RowError: Error, Sendable {
        public var row: Int
        public var message: Message
    }

    /// The changes the table makes, or every row error found.
    public static func changes(_ bytes: [UInt8], file: String, model: Model) throws(OfficeError) -> (
        changes: [DutyEditor.Change], errors: [RowError]
    ) {
        let rows = try XLSXReader.firstSheet(bytes, file: file)
        guard
            let headerAt = rows.firstIndex(where: { r in
                r.cells.values.contains { TaskTable.Column.named($0.text) == .task }
            })
        else {
            throw OfficeError(
                en: "\(file): no heading row with 工作任务 (Task): is this a table `orgchart tasks` wrote?",
                zh: "\(file):找不到含“工作任务”的表头行;这是 orgchart tasks 生成的表吗?")
        }
        var columns: [TaskTable.Column: Int] = [:]
        for (c, v) in rows[headerAt].cells {
            if let col = TaskTable.Column.named(v.text), columns[col] == nil { columns[col] = c }
        }
        let index = ModelIndex(model)
        var byName: [String: [Int]] = [:]
        for (i, d) in model.duties.enumerated() { byName[d.name, default: []].append(i) }
        var changes: [DutyEditor.Change] = []
        var errors: [RowError] = []
        var seen: [String: Int] = [:]
        for (rowNumber, cells) in rows[(headerAt + 1)...] {
            func value(_ c: TaskTable.Column) -> CellValue? { columns[c].flatMap { cells[$0] } }
            func text(_ c: TaskTable.Column) -> String { value(c)?.text.trimmingSpaces ?? "" }
            // A group heading or a blank row: text in the first cell at most.
            if cells.keys.allSatisfy({ $0 == 0 }) { continue }
            func fail(_ en: String, _ zh: String) {
                errors.append(RowError(row: rowNumber, message: Message(en: en, zh: zh)))
            }
            let id = text(.id)
            let task = text(.task)
            var dutyIndex: Int?
            if !id.isEmpty {
                dutyIndex = index.duty(id)
                if dutyIndex == nil { fail("编号 \(id) is no duty of the model", "编号 \(id) 不是模型中的职责") }
            } else if !task.isEmpty {
                let matches = byName[task] ?? []
                if matches.count == 1 {
                    dutyIndex = matches[0]
                } else if matches.isEmpty {
                    fail("no duty of the model is named \(task)", "模型中没有名为“\(task)”的职责")
                } else {
                    fail("several duties are named \(task); give the 编号", "有多项职责名为“\(task)”,请填写编号")
                }
            } else {
                fail("the row has neither 编号 nor 工作任务", "该行既无编号也无工作任务")
            }
            guard let i = dutyIndex else { continue }
            let duty = model.duties[i]
            if let other = seen[duty.id] {
                fail("duty \(duty.id) is already on row \(other)", "职责 \(duty.id) 已在第 \(other) 行出现")
                continue
            }
            seen[duty.id] = rowNumber
            if columns[.status] != nil {
                let s = text(.status)
                if let done = TaskTable.Status.isDone(cell: s) {
                    if done != duty.done {
                        changes.append(
                            DutyEditor.Change(
                                duty: duty.id, field: .done, old: String(duty.done), new: String(done), row: rowNumber))
                    }
                } else {
                    fail(
                        "状态 \(s) is not a status (已完成, 推进中, 即将到期, 已逾期, …)",
                        "状态“\(s)”无法识别(应为 已完成、推进中、即将到期、已逾期 等)")
                }
            }
            if columns[.due] != nil {
                let v = value(.due)
                let new: Day?
                if let d = v?.date {
                    new = d
                } else if let t = v?.text.trimmingSpaces, !t.isEmpty {
                    new = parseDay(t)
                    if new == nil {
                        fail("完成时限 \(t) is not a date (2021-03-10)", "完成时限“\(t)”不是日期(如 2021-03-10)")
                        continue
                    }
                } else {
                    new = nil
                }
                if new != duty.due {
                    changes.append(
                        DutyEditor.Change(
                            duty: duty.id, field: .due, old: duty.due?.description, new: new?.description,
                            row: rowNumber))
                }
            }
            if columns[.progress] != nil {
                let p = text(.progress)
                let old = duty.progress ?? ""
                if p != old.trimmingSpaces {
                    changes.append(
                        DutyEditor.Change(
                            duty: duty.id, field: .progress, old: duty.progress,
                            new: p.isEmpty ? nil : YAMLText.quoted(p), row: rowNumber))
                }
            }
        }
        return (changes, errors)
    }

    /// A date as offices type it: 2021-03-10, 2021/3/10, 2021.3.10, 2021年3月10日.
    static func parseDay(_ text: String) -> Day? {
        var parts: [Int] = []
        var current = ""
        for ch in text {
            if let d = ch.wholeNumberValue, ch.isASCII {
                current.append(Character(String(d)))
            } else if !current.isEmpty {
                parts.append(Int(current) ?? 0)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(Int(current) ?? 0) }
        guard parts.count == 3, parts[0] >= 1900, (1...12).contains(parts[1]),
            parts[2] >= 1, parts[2] <= Day.daysIn(month: parts[1], year: parts[0])
        else { return nil }
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }
}
