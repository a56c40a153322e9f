/// A unit that is, through `parent`, its own ancestor.
enum HierarchyCycle: CheckRule {
    static let id = "hierarchy-cycle"
    static let defaultSeverity = Severity.error
    static let summary = Message(
        en: "a unit that is, through `parent`, its own ancestor", zh: "单位通过 `parent` 成为自己的上级")
    static let description = Message(
        en: """
            Following `parent` from any unit must end at a unit with no parent. A cycle (a under b, b under a) \
            makes the hierarchy meaningless; the finding lists the units of the cycle once, at its first unit.
            """,
        zh: "从任一单位沿 `parent` 向上必须终止于没有上级的单位。出现循环(甲隶属乙、乙隶属甲)时层级无意义;每个循环只在其第一个单位处报告一次。")
    static let triggeringExamples = [
        CheckExample(
            """
            units:
              - {id: a, name: 甲, kind: team, parent: b}
              - {id: b, name: 乙, kind: team, parent: a}
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            units:
              - {id: a, name: 甲, kind: team}
              - {id: b, name: 乙, kind: team, parent: a}
            """)
    ]

    static func run(_ ctx: CheckContext) -> [Finding] {
        let units = ctx.model.units
        // 0 = unvisited, 1 = on the current path, 2 = done. Iterative, linear in the number of units.
        var state = [UInt8](repeating: 0, count: units.count)
        var out: [Finding] = []
        for start in units.indices where state[start] == 0 {
            var path: [Int] = []
            var i: Int? = start
            while let cur = i, state[cur] == 0 {
                state[cur] = 1
                path.append(cur)
                // A unit's parent is its first reference, already resolved.
                if units[cur].parent != nil, case .unit(let p) = ctx.targets[ctx.unitReferenceStart[cur]] {
                    i = p
                } else {
                    i = nil
                }
            }
            if let cur = i, state[cur] == 1, let at = path.firstIndex(of: cur) {
                let cycle = Array(path[at...])
                let first = cycle.min { units[$0].mark < units[$1].mark }!
                let names = cycle.map { units[$0].id }
                let u = units[first]
                out.append(
                    ctx.finding(
                        self, subject: u.id, at: u.parent?.mark ?? u.mark,
                        en:
                            "\(u.name) is its own ancestor through `parent`: \((names + [names[0]]).joined(separator: " → "))",
                        zh: "\(u.name) 通过 `parent` 成为自己的上级:\((names + [names[0]]).joined(separator: " → "))"))
            }
            for p in path { state[p] = 2 }
        }
        return out
    }
}
