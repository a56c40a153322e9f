/// What became of a BEFORE entity in AFTER, for explaining references that no longer resolve.
enum Fate: Equatable {
    /// Still there under the same id.
    case kept
    /// Gone, and nothing replaces it.
    case removed
    /// Continued by one AFTER unit under a new id.
    case replaced(String)
    /// Merged, with other BEFORE units, into one AFTER unit.
    case merged(String)
    /// Split into several AFTER units.
    case split([String])

    /// The AFTER units that took over, if any.
    var successors: [String] {
        switch self {
        case .kept, .removed: return []
        case .replaced(let s), .merged(let s): return [s]
        case .split(let list): return list
        }
    }
}

extension DiffMatching {
    /// What became of a BEFORE id.
    func fate(of id: String) -> Fate {
        if beforeIndex.unit(id) != nil {
            let succ = successors[id] ?? []
            if succ.isEmpty { return .removed }
            if succ.count > 1 { return .split(succ) }
            if succ[0] == id { return .kept }
            return (predecessors[succ[0]]?.count ?? 0) > 1 ? .merged(succ[0]) : .replaced(succ[0])
        }
        return afterIndex.byID[id] != nil ? .kept : .removed
    }

    /// "was merged into C; update it to `c`" / "已并入“C”,请改为 `c`", with `what` naming the field to update.
    func fateText(_ fate: Fate, update what: String) -> Message {
        switch fate {
        case .kept: return Message(en: "is still there", zh: "仍然存在")
        case .removed:
            return Message(en: "was removed and nothing replaces it", zh: "已撤销,且没有承接单位")
        case .replaced(let s):
            return Message(
                en: "was replaced by \(afterDisplay(s)); update \(what) to `\(s)`",
                zh: "由“\(afterDisplay(s))”承接,请将 \(what) 改为 `\(s)`")
        case .merged(let s):
            return Message(
                en: "was merged into \(afterDisplay(s)); update \(what) to `\(s)`",
                zh: "已并入“\(afterDisplay(s))”,请将 \(what) 改为 `\(s)`")
        case .split(let list):
            let names = list.map { afterDisplay($0) }
            let ids = list.map { "`\($0)`" }
            let idsEn = ids.joined(separator: ", ")
            let idsZh = ids.joined(separator: "、")
            return Message(
                en: "was split into \(Phrase.en(names)); update \(what) to one of them (\(idsEn))",
                zh: "已拆分为\(Phrase.zh(names)),请将 \(what) 改为其中之一(\(idsZh))")
        }
    }
}

/// Joining names into running text.
enum Phrase {
    /// `A`, `A and B`, `A, B and C`.
    static func en(_ names: [String]) -> String {
        switch names.count {
        case 0: return "none"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }

    /// `“A”`, `“A”、“B”`; `quote: false` leaves names bare (people).
    static func zh(_ names: [String], quote: Bool = true) -> String {
        if names.isEmpty { return "无" }
        return names.map { quote ? "“\($0)”" : $0 }.joined(separator: "、")
    }

    /// Display text for a list of values in `before`/`after`: names joined by `, `; nil when empty.
    static func value(_ names: [String]) -> String? { names.isEmpty ? nil : names.joined(separator: ", ") }
}
