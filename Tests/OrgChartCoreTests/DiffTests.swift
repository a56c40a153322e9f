import OrgChartCore
import Testing

/// The worked example: an illustrative 14-post structure restructured into 10 posts.
@Suite struct DiffWorkedExampleTests {
    let diff: ModelDiff

    init() throws { diff = try DiffFixtures.example() }

    func changes(_ kind: ChangeKind) -> [DiffChange] { diff.changes.filter { $0.change == kind } }

    @Test func reportsEveryMerge() {
        let merges = changes(.unitMerged)
        #expect(merges.map(\.subject) == ["industry", "ecology-greening", "infrastructure"])
        #expect(
            merges.map { $0.predecessors.map(\.id) } == [
                ["industry", "agri-products"], ["ecology", "greening"], ["roads", "water", "housing"],
            ])
        #expect(merges[2].message.en == "农村公路分指挥部, 农村饮水分指挥部 and 农村住房分指挥部 are merged into 农村基础设施分指挥部")
        #expect(merges[0].message.en == "农产品加工分指挥部 is merged into 产业发展分指挥部")
    }

    @Test func reportsTheMoveWithItsOldParent() {
        let moves = changes(.unitMoved)
        #expect(moves.count == 1)
        #expect(moves.first?.subject == "relocation")
        #expect(moves.first?.oldParents.map(\.id) == ["hq"])
        #expect(moves.first?.newParent?.id == "employment")
        #expect(moves.first?.before == "东川区实施乡村振兴战略指挥部")
        #expect(moves.first?.after == "就业帮扶分指挥部")
    }

    @Test func reportsEveryLeadershipChange() {
        let chiefs = changes(.chiefChanged)
        #expect(chiefs.map(\.subject) == ["infrastructure", "health"])
        #expect(chiefs[0].beforeIDs == ["wang-qiang", "huang-dalong"])
        #expect(chiefs[0].afterIDs == ["huang-dalong"])
        #expect(chiefs[1].before == "刘芳(区卫生健康局局长)")
        #expect(chiefs[1].after == "黄大龙(常务副区长)")
        #expect(changes(.deputiesChanged).map(\.subject) == ["industry", "health"])
        #expect(changes(.personTitleChanged).map(\.subject) == ["huang-dalong"])
    }

    @Test func reportsOfficesLiaisonsAndMembers() {
        #expect(
            changes(.officeChanged).map(\.subject) == ["ecology-greening", "infrastructure", "education", "relocation"])
        #expect(changes(.officeChanged).last?.before == "移民新区管委会")
        #expect(changes(.liaisonAdded).map { "\($0.subject)>\($0.afterIDs)" } == ["planning>[\"wg-ecology\"]"])
        #expect(
            changes(.liaisonRemoved).map { "\($0.subject)>\($0.beforeIDs)" } == [
                "tourism>[\"wg-industry\"]", "infrastructure>[\"wg-org\"]",
            ])
        #expect(changes(.memberAdded).map(\.afterIDs) == [["nyncj"]])
        #expect(changes(.unitRenamed).map(\.subject) == ["tourism"])
        #expect(changes(.unitAdded).map(\.subject) == ["digital", "gxj"])
    }

    @Test func reportsEveryDutyThatLosesItsLead() {
        #expect(diff.leadLosses.map(\.duty.id) == ["d-processing", "d-roads", "d-relief"])
        #expect(diff.leadLosses.map { $0.successors.map(\.id) } == [["industry"], ["infrastructure"], []])
        #expect(
            diff.leadLosses[2].message.en
                == "duty “社会救助兜底保障” loses its lead: its lead unit 社会救助分指挥部 was removed and nothing replaces it")
        #expect(
            diff.leadLosses[0].message.en
                == "duty “农产品加工园区建设” loses its lead: its lead unit 农产品加工分指挥部 was merged into 产业发展分指挥部; "
                + "update lead to `industry`")
        // The introduced findings carry the explanation, not just "names `civil`, which is not defined".
        let dangling = diff.introduced.filter { $0.check == "dangling-reference" }
        #expect(dangling.count == 4)
        for loss in diff.leadLosses {
            #expect(dangling.contains { $0.subject == loss.duty.id && $0.message == loss.message })
        }
        #expect(dangling.allSatisfy { $0.file == "after10.yaml" })
    }

    @Test func reportsTheRemovedPostAndWhatItLoses() {
        let removed = changes(.unitRemoved)
        #expect(removed.map(\.subject) == ["civil"])
        #expect(removed.first?.lost.map(\.id) == ["d-relief"])
        #expect(removed.first?.oldParents.map(\.id) == ["hq"])
        #expect(diff.removedUnits.map(\.unit.id) == ["civil"])
        #expect(diff.removedUnits.first?.anchor == "hq")
    }

    @Test func reportsDutyAndPeopleChanges() {
        #expect(changes(.dutyAdded).map(\.subject) == ["d-digital", "d-assessment"])
        #expect(changes(.dutyRemoved).map(\.subject) == ["d-water"])
        // d-housing moved from `housing` to `infrastructure`, which continues it: not a lead change.
        #expect(changes(.dutyLeadChanged).map(\.subject) == ["d-relocation-jobs"])
        #expect(changes(.dutyAssistChanged).map(\.subject) == ["d-jobs"])
        #expect(changes(.dutyDueChanged).map { "\($0.before ?? "")→\($0.after ?? "")" } == ["2021-03-10→2021-03-31"])
        #expect(changes(.personAdded).map(\.subject) == ["zhang-wei"])
        #expect(changes(.personRemoved).map(\.subject) == ["wang-qiang"])
    }

    @Test func introducedAndResolvedFindings() {
        #expect(
            diff.introduced.map(\.check) == [
                "dangling-reference", "dangling-reference", "dangling-reference", "dangling-reference", "liaison-gap",
                "lead-overload", "unused-person",
            ])
        #expect(diff.resolved.map { "\($0.check) \($0.subject ?? "")" } == ["unit-without-office education"])
        #expect(diff.introduces(atLeast: .error))
    }

    @Test func leadLoadPerPerson() {
        let byID = Dictionary(uniqueKeysWithValues: diff.load.map { ($0.person.id, $0) })
        #expect(byID["huang-dalong"].map { "\($0.before)→\($0.after)" } == "2→4")
        #expect(byID["huang-dalong"]?.overLimit == true)
        #expect(byID["huang-dalong"]?.gained.map(\.id) == ["health", "d-assessment"])
        #expect(byID["wang-qiang"]?.losesEveryRole == true)
        #expect(byID["wang-qiang"]?.lost.map(\.id) == ["roads", "water"])
        #expect(byID["zhao-guoming"].map { "\($0.before)→\($0.after)" } == "3→2")
        #expect(byID["li-shunchao"] == nil)  // same posts, one of them moved: no change in load
        #expect(
            Set(diff.load.filter(\.losesEveryRole).map(\.person.id)) == [
                "zhang-ming", "liu-fang", "zhou-hua", "wang-qiang",
            ])
    }

    @Test func unitCountsAgainstTheFixedCount() {
        let sub = diff.counts.first { $0.kind == "subcommand" }
        #expect(sub.map { "\($0.before)→\($0.after) fixed \($0.expected ?? -1)" } == "14→10 fixed 10")
        #expect(sub?.missesExpectation == false)
        #expect(!diff.counts.contains { $0.kind == "workgroup" })
    }

    @Test func unitStatusForDrawing() {
        let s = diff.unitStatus
        #expect(s["digital"]?.state == .added)
        #expect(s["civil"]?.state == .removed)
        #expect(s["civil"]?.oldParents.map(\.id) == ["hq"])
        #expect(s["industry"]?.state == .changed)
        #expect(s["industry"]?.mergedFrom.map(\.id) == ["agri-products"])
        #expect(s["infrastructure"]?.mergedFrom.map(\.id) == ["roads", "water", "housing"])
        #expect(s["relocation"]?.moved == true)
        #expect(s["relocation"]?.oldParents.map(\.name) == ["东川区实施乡村振兴战略指挥部"])
        #expect(s["tourism"]?.changes == [.unitRenamed, .liaisonRemoved])
        #expect(s["wg-org"] == nil)
        #expect(s["hq"] == nil)
        // Merged-away units are not in AFTER and not removed: they appear only as predecessors.
        #expect(s["agri-products"] == nil)
    }

    @Test func changesAreGroupedByUnit() {
        let groups = diff.changeGroups
        #expect(groups.first?.subject == .unit("planning"))
        #expect(groups.last?.subject == .people)
        // The removed water duty is listed under the post that continues its lead unit.
        let infra = groups.first { $0.subject == .unit("infrastructure") }
        #expect(infra?.changes.contains { $0.change == .dutyRemoved && $0.subject == "d-water" } == true)
        #expect(groups.contains { $0.subject == .unit("civil") })
    }
}

/// Small models for the rules of matching.
@Suite struct DiffMatchingTests {
    static let header = "format: orgchart/1\norganisation: {name: Example, as_of: 2021-02-25}\n"

    func diff(_ before: String, _ after: String) throws -> ModelDiff {
        ModelDiff(
            before: try DiffFixtures.model(text: Self.header + before, file: "before.yaml"),
            after: try DiffFixtures.model(text: Self.header + after, file: "after.yaml"),
            options: CheckOptions(asOf: Day(year: 2021, month: 3, day: 1)))
    }

    @Test func aModelAgainstItselfReportsNothing() throws {
        for name in ["before14.yaml", "after10.yaml"] {
            let m = try DiffFixtures.model(name)
            let d = ModelDiff(before: m, after: m, options: CheckOptions(asOf: Day(year: 2021, month: 3, day: 1)))
            #expect(d.isEmpty)
            #expect(d.unitStatus.isEmpty)
            #expect(d.removedUnits.isEmpty)
            #expect(d.leadLosses.isEmpty)
            #expect(!d.introduces(atLeast: .info))
            let json = JSONDiffPrinter(lang: .en).render(d)
            let empty = """
                {
                  "changes": [],
                  "introduced": [],
                  "resolved": [],
                  "load": [],
                  "counts": {}
                }

                """
            #expect(json == empty)
        }
    }

    @Test func dutyPersonAndStatusDetailsAreChanges() throws {
        let d = try diff(
            """
            people:
              - {id: p1, name: 赵国明, title: 局长}
              - {id: p2, name: 待定, status: placeholder}
            units:
              - {id: hq, name: 指挥部, kind: headquarters, chief: p1, office: b}
              - {id: b, name: 区农业农村局, kind: bureau, parent: hq}
              - {id: c, name: 区财政局, kind: bureau, parent: hq}
              - {id: post, name: 分指挥部(待定), kind: subcommand, parent: hq, status: placeholder}
            duties:
              - {id: d1, name: 制定督查计划, lead: b, cadence: monthly, report_to: hq}
              - {id: d2, name: 统计台账, lead: c, done: true}
            """,
            """
            people:
              - {id: p1, name: 赵国民, title: 局长}
              - {id: p2, name: 钱进, title: 副局长}
            units:
              - {id: hq, name: 指挥部, kind: headquarters, chief: p1, office: b}
              - {id: b, name: 区农业农村局, kind: bureau, parent: hq}
              - {id: c, name: 区财政局, kind: bureau, parent: hq}
              - {id: post, name: 产业发展分指挥部, kind: subcommand, parent: hq, chief: p2, office: c}
            duties:
              - {id: d1, name: 制定督查工作计划, lead: b, cadence: weekly, report_to: post}
              - {id: d2, name: 统计台账, lead: c}
            """)
        func kinds(_ subject: String) -> [String] {
            d.changes.filter { $0.subject == subject }.map {
                "\($0.change.rawValue) \($0.before ?? "-")→\($0.after ?? "-")"
            }
        }
        #expect(
            kinds("d1") == [
                "duty-renamed 制定督查计划→制定督查工作计划", "duty-cadence-changed monthly→weekly",
                "duty-report-to-changed 指挥部→产业发展分指挥部",
            ])
        #expect(kinds("d2") == ["duty-done-changed true→false"])
        #expect(kinds("p1") == ["person-renamed 赵国明→赵国民"])
        #expect(
            kinds("p2") == [
                "person-renamed 待定→钱进", "person-status-changed placeholder→active", "person-title-changed -→副局长",
            ])
        #expect(kinds("post").contains("unit-status-changed placeholder→active"))
        #expect(d.changes.first { $0.change == .unitStatusChanged }?.message.zh == "“产业发展分指挥部”已明确,不再是占位")
        #expect(d.changes.first { $0.change == .dutyDoneChanged }?.message.en == "“统计台账” is no longer marked done")
    }

    @Test("a unit that becomes context, or the decision's own, is a unit-scope-changed change")
    func scopeChanges() throws {
        let d = try diff(
            """
            units:
              - {id: hq, name: 指挥部, kind: headquarters}
              - {id: wg, name: 产业振兴工作组, kind: workgroup, parent: hq}
              - {id: gov, name: 区人民政府, kind: government, scope: context}
            """,
            """
            units:
              - {id: hq, name: 指挥部, kind: headquarters}
              - {id: wg, name: 产业振兴工作组, kind: workgroup, parent: hq, scope: context}
              - {id: gov, name: 区人民政府, kind: government}
            """)
        let scoped = d.changes.filter { $0.change == .unitScopeChanged }
        #expect(
            scoped.map { "\($0.subject) \($0.before ?? "-")→\($0.after ?? "-")" } == [
                "wg own→context", "gov context→own",
            ])
        #expect(scoped.first?.message.zh == "“产业振兴工作组”改为背景单位(`scope: context`):本决定只提及,不再设立")
    }

    @Test func reportToFollowsTheMatching() throws {
        // The report target is renamed (same id): not a change of where the duty reports.
        let d = try diff(
            """
            units: [{id: hq, name: 指挥部, kind: headquarters}]
            duties: [{id: d1, name: 任务, lead: hq, report_to: hq}]
            """,
            """
            units: [{id: hq, name: 乡村振兴指挥部, kind: headquarters}]
            duties: [{id: d1, name: 任务, lead: hq, report_to: hq}]
            """)
        #expect(d.changes.map(\.change) == [.unitRenamed])
    }

    @Test func onlyANameChangeIsExactlyOneRename() throws {
        let before = try DiffFixtures.text("before14.yaml")
        let after = before.replacingAll("乡村旅游分指挥部", with: "文化旅游分指挥部")
        let d = ModelDiff(
            before: try DiffFixtures.model(text: before, file: "before14.yaml"),
            after: try DiffFixtures.model(text: after, file: "after.yaml"),
            options: CheckOptions(asOf: Day(year: 2021, month: 3, day: 1)))
        #expect(d.changes.count == 1)
        #expect(d.changes.first?.change == .unitRenamed)
        #expect(d.changes.first?.before == "乡村旅游分指挥部")
        #expect(d.changes.first?.after == "文化旅游分指挥部")
        #expect(d.introduced.isEmpty && d.resolved.isEmpty && d.load.isEmpty && d.counts.isEmpty)
        #expect(!d.introduces(atLeast: .info))
    }

    @Test func anIDChangeThroughReplacesIsOneRename() throws {
        let d = try diff(
            """
            people: [{id: p, name: 黄杰}]
            units:
              - {id: hq, name: 指挥部, kind: team, chief: p}
              - {id: a, name: 规划组, kind: team, parent: hq}
            duties: [{id: d, name: 规划, lead: a}]
            """,
            """
            people: [{id: p, name: 黄杰}]
            units:
              - {id: hq, name: 指挥部, kind: team, chief: p}
              - {id: b, name: 规划组, kind: team, parent: hq, replaces: a}
            duties: [{id: d, name: 规划, lead: b}]
            """)
        #expect(d.changes.map(\.change) == [.unitRenamed])
        #expect(d.changes.first?.beforeIDs == ["a"])
        #expect(d.changes.first?.afterIDs == ["b"])
        #expect(d.unitStatus["b"]?.previousID == "a")
        #expect(d.introduced.isEmpty && d.resolved.isEmpty)
    }

    @Test func sameIDAndReplacesItselfIsNoChange() throws {
        let model = """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: a, name: 规划组, kind: team, parent: hq}
            """
        let d = try diff(model, model.replacingAll("parent: hq}", with: "parent: hq, replaces: [a]}"))
        #expect(d.isEmpty)
    }

    @Test func twoUnitsReplacingOneSplitIt() throws {
        let d = try diff(
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: a, name: 基础设施组, kind: team, parent: hq}
            duties: [{id: d, name: 修路, lead: a}]
            """,
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: roads, name: 公路组, kind: team, parent: hq, replaces: a}
              - {id: water, name: 水务组, kind: team, parent: hq, replaces: a}
            duties: [{id: d, name: 修路, lead: a}]
            """)
        let split = d.changes.filter { $0.change == .unitSplit }
        #expect(split.count == 1)
        #expect(split.first?.subject == "a")
        #expect(split.first?.successors.map(\.id) == ["roads", "water"])
        #expect(split.first?.message.en == "基础设施组 is split into 公路组 and 水务组")
        #expect(!d.changes.contains { $0.change == .unitAdded || $0.change == .unitRemoved })
        #expect(d.unitStatus["roads"]?.splitFrom?.id == "a")
        #expect(d.unitStatus["water"]?.state == .changed)
        #expect(d.leadLosses.first?.successors.map(\.id) == ["roads", "water"])
        #expect(
            d.leadLosses.first?.message.en
                == "duty “修路” loses its lead: its lead unit 基础设施组 was split into 公路组 and 水务组; "
                + "update lead to one of them (`roads`, `water`)")
    }

    @Test func aMergeIntoANewIDComparesWithEveryPredecessor() throws {
        let d = try diff(
            """
            people: [{id: x, name: 甲}, {id: y, name: 乙}]
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: a, name: 一组, kind: team, parent: hq, chief: x, members: [hq]}
              - {id: b, name: 二组, kind: team, parent: hq, chief: y}
            """,
            """
            people: [{id: x, name: 甲}, {id: y, name: 乙}]
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: c, name: 综合组, kind: team, parent: hq, chief: y, replaces: [a, b]}
            """)
        #expect(d.changes.map(\.change) == [.unitMerged, .chiefChanged, .memberRemoved])
        #expect(d.changes[1].message.en == "综合组: chief 甲, 乙 → 乙")
        #expect(d.load.map { "\($0.person.id) \($0.before)→\($0.after)" } == ["x 1→0"])
        #expect(d.unitStatus["c"]?.mergedFrom.map(\.id) == ["a", "b"])
        #expect(d.removedUnits.isEmpty)
    }

    @Test func parentMergedElsewhereIsNotAMove() throws {
        let d = try diff(
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: p1, name: 一组, kind: team, parent: hq}
              - {id: p2, name: 二组, kind: team, parent: hq}
              - {id: child, name: 小组, kind: team, parent: p1}
            """,
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: p, name: 综合组, kind: team, parent: hq, replaces: [p1, p2]}
              - {id: child, name: 小组, kind: team, parent: p}
            """)
        #expect(d.changes.map(\.change) == [.unitMerged])
    }

    @Test func staleReferencesNameTheSuccessor() throws {
        let d = try diff(
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: a, name: 一组, kind: team, parent: hq}
              - {id: b, name: 二组, kind: team, parent: hq}
              - {id: child, name: 小组, kind: team, parent: a}
              - {id: gone, name: 撤销组, kind: team, parent: hq}
              - {id: orphan, name: 下属组, kind: team, parent: gone}
            """,
            """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: c, name: 综合组, kind: team, parent: hq, replaces: [a, b]}
              - {id: child, name: 小组, kind: team, parent: a}
              - {id: orphan, name: 下属组, kind: team, parent: gone}
            """)
        let messages = d.introduced.filter { $0.check == "dangling-reference" }.map(\.message.en)
        #expect(
            messages == [
                "小组 loses its parent: 一组 (`a`) was merged into 综合组; update `parent` to `c`",
                "下属组 loses its parent: 撤销组 (`gone`) was removed and nothing replaces it",
            ])
        #expect(d.introduces(atLeast: .error))
    }

    @Test func aRemovedPersonsDutiesLoseTheirLead() throws {
        let d = try diff(
            """
            people: [{id: p, name: 李顺朝}, {id: q, name: 颜静}]
            units: [{id: u, name: 区扶贫办, kind: bureau}]
            duties:
              - {id: d1, name: 防贫监测, lead: p}
              - {id: d2, name: 就业调查, lead: q}
            """,
            """
            people: [{id: q, name: 颜静}]
            units: [{id: u, name: 区扶贫办, kind: bureau}]
            duties:
              - {id: d1, name: 防贫监测}
              - {id: d2, name: 就业调查}
            """)
        #expect(
            d.leadLosses.map(\.message.en) == [
                "duty “防贫监测” loses its lead: its lead 李顺朝 was removed",
                "duty “就业调查” loses its lead: 颜静 no longer leads it and nobody else does",
            ])
        let removed = d.changes.first { $0.change == .personRemoved }
        #expect(removed?.lost.map(\.id) == ["d1"])
        // duty-without-lead findings say why.
        #expect(d.introduced.filter { $0.check == "duty-without-lead" }.map(\.message) == d.leadLosses.map(\.message))
        #expect(d.load.map { "\($0.person.id) \($0.losesEveryRole)" } == ["q true", "p true"])
    }

    @Test func findingsMatchAcrossLineShiftsAndReplacedSubjects() throws {
        let before = """
            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: a, name: 一组, kind: subcommand, parent: hq}
            duties:
              - {id: d1, name: 防贫监测}
              - {id: d2, name: 防贫监测}
            """
        // Same problems, other lines, and `a` continued under a new id with the same name.
        let after = """
            # a comment
            # another

            units:
              - {id: hq, name: 指挥部, kind: team}
              - {id: a2, name: 一组, kind: subcommand, parent: hq, replaces: a}


            duties:
              - {id: d1, name: 防贫监测}

              - {id: d2, name: 防贫监测}
            """
        let d = try diff(before, after)
        #expect(d.introduced.isEmpty)
        #expect(d.resolved.isEmpty)
        #expect(d.changes.map(\.change) == [.unitRenamed])
    }

    @Test func countsCompareWithAftersFixedCount() throws {
        let d = try diff(
            """
            expect: {count: {team: 3}}
            units:
              - {id: a, name: 一, kind: team}
              - {id: b, name: 二, kind: team, parent: a}
              - {id: c, name: 三, kind: team, parent: a}
            """,
            """
            expect: {count: {team: 3}}
            units:
              - {id: a, name: 一, kind: team}
              - {id: b, name: 二, kind: team, parent: a, replaces: [b, c]}
            """)
        #expect(
            d.counts.map { "\($0.kind) \($0.before)→\($0.after) \($0.expected ?? -1) \($0.missesExpectation)" } == [
                "team 3→2 3 true"
            ])
        #expect(d.introduced.map(\.check) == ["count-mismatch"])
    }

    @Test func everyChangeKindHasItsPublicName() {
        #expect(
            ChangeKind.allCases.map(\.rawValue) == [
                "unit-added", "unit-removed", "unit-renamed", "unit-moved", "unit-merged", "unit-split", "kind-changed",
                "unit-status-changed", "unit-scope-changed", "chief-changed", "deputies-changed", "office-changed",
                "liaison-added",
                "liaison-removed", "member-added", "member-removed", "duty-added", "duty-removed", "duty-lead-changed",
                "duty-assist-changed", "duty-due-changed", "duty-renamed", "duty-cadence-changed",
                "duty-report-to-changed", "duty-done-changed", "person-added", "person-removed", "person-renamed",
                "person-title-changed", "person-status-changed", "office-head-changed", "duty-leader-changed",
                "post-added", "post-removed", "post-holder-changed",
            ])
    }
}

fileprivate extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
