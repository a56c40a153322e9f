import Foundation
@testable import OrgChartCore
import Testing

/// One finding per cause: the runner, suppressions, every printer and `diff` follow the grouping.
@Suite("Findings of one cause")
struct FindingGroupTests {
    static let header = "format: orgchart/1\norganisation: {name: Example, as_of: 2021-02-25}\n"

    /// A headquarters with one named post and `n` placeholder posts, and work groups nobody pairs with them.
    static func posts(_ n: Int, named: [Int] = [], extra: String = "") -> String {
        var yaml = "people: [{id: p, name: 黄杰}]\nunits:\n"
        yaml += "  - {id: hq, name: 指挥部, kind: headquarters, chief: p, office: nr}\n"
        yaml += "  - {id: nr, name: 区自然资源局, kind: bureau}\n"
        yaml += "  - {id: sc-1, name: 乡村规划分指挥部, kind: subcommand, parent: hq, chief: p, office: nr}\n"
        for i in 2...(n + 1) {
            if named.contains(i) {
                yaml += "  - {id: sc-\(i), name: 第\(i)分指挥部, kind: subcommand, parent: hq, chief: p, office: nr}\n"
            } else {
                yaml += "  - {id: sc-\(i), name: 分指挥部(\(i)), kind: subcommand, parent: hq, status: placeholder}\n"
            }
        }
        return header + yaml + extra
    }

    func run(_ text: String) throws -> [Finding] {
        CheckRunner.run(try Fixtures.model(text), options: CheckOptions(asOf: Day(year: 2021, month: 4, day: 1)))
    }

    @Test("nine placeholder posts are one finding that lists them, with what they lack, and nothing else")
    func placeholders() throws {
        let f = try run(Self.posts(9))
        let placeholder = f.filter { $0.check == "placeholder" }
        #expect(placeholder.count == 1)
        let one = try #require(placeholder.first)
        #expect(one.count == 9 && one.subject == nil)
        #expect(one.subjects == (2...10).map { "sc-\($0)" })
        #expect(one.message.en.hasPrefix("9 sub-command posts are placeholders: their names, chiefs and office hosts"))
        #expect(one.related.allSatisfy { $0.mark != nil && $0.message.en.contains("is a placeholder") })
        // Their chief and office are part of that finding, not findings of their own.
        #expect(!f.contains { $0.check == "unit-without-chief" || $0.check == "unit-without-office" })
    }

    @Test("an ignore on one subject takes it out of the group, and the message counts the rest")
    func suppression() throws {
        let text = Self.posts(3).replacingOccurrences(
            of: "{id: sc-2, name: 分指挥部(2), kind: subcommand, parent: hq, status: placeholder}",
            with:
                "{id: sc-2, name: 分指挥部(2), kind: subcommand, parent: hq, status: placeholder, ignore: [{check: placeholder, reason: 已另行明确}]}"
        )
        let f = try run(text).filter { $0.check == "placeholder" }
        #expect(f.count == 1)
        #expect(f.first?.subjects == ["sc-3", "sc-4"])
        #expect(f.first?.message.en.hasPrefix("2 sub-command posts") == true)
        // Every subject ignored: no finding at all.
        let all = try run(
            Self.posts(1).replacingOccurrences(
                of: "status: placeholder}", with: "status: placeholder, ignore: [{check: placeholder, reason: 已知}]}"))
        #expect(!all.contains { $0.check == "placeholder" })
    }

    @Test("one addressee phrase is one note, not an overlap and two diffuse leads per duty")
    func addresseePhrase() throws {
        let f = try run(
            Self.header + """
                units:
                  - {id: deputies, name: 各位副区长, kind: collective}
                  - {id: all, name: 全区各级各部门, kind: collective}
                duties:
                  - {id: a, name: 巩固脱贫攻坚成果, lead: [deputies, all]}
                  - {id: b, name: 壮大村级集体经济, lead: [deputies, all]}
                  - {id: c, name: 加强党史学习教育, lead: [deputies, all]}
                  - {id: d, name: 学习《条例》, lead: all}
                """)
        let diffuse = f.filter { $0.check == "diffuse-lead" }
        #expect(diffuse.map(\.count) == [3, 1])
        #expect(diffuse.allSatisfy { $0.severity == .info })
        #expect(diffuse.first?.message.zh.contains("各位副区长、全区各级各部门") == true)
        #expect(!f.contains { $0.check == "duty-multiple-leads" })
    }

    @Test("a pairing the source leaves unstated is one note; a pairing stated in part leaves gaps")
    func liaison() throws {
        let groups = "  - {id: wg-1, name: 工作组(一), kind: workgroup}\n  - {id: wg-2, name: 工作组(二), kind: workgroup}\n"
        let unstated = try run(Self.posts(3) + groups).filter { $0.check == "liaison-gap" }
        #expect(unstated.count == 1 && unstated.first?.severity == .info && unstated.first?.count == 4)
        let partial = try run(
            Self.posts(3, named: [2]).replacingOccurrences(
                of: "kind: subcommand, parent: hq, chief: p, office: nr}\n  - {id: sc-2",
                with: "kind: subcommand, parent: hq, chief: p, office: nr, liaises: [wg-1]}\n  - {id: sc-2") + groups)
        let gaps = partial.filter { $0.check == "liaison-gap" }
        // sc-2 (named, no liaison) and wg-2 (nobody liaises): warnings; the placeholders' finding names the liaison.
        #expect(gaps.map(\.subjects) == [["sc-2"], ["wg-2"]])
        #expect(gaps.allSatisfy { $0.severity == .warning })
        let placeholder = partial.first { $0.check == "placeholder" }
        #expect(placeholder?.message.en.contains("work groups to liaise with") == true)
    }

    @Test("context units are drawn and referenced but never reported as gaps")
    func context() throws {
        let f = try run(
            Self.header + """
                units:
                  - {id: hq, name: 指挥部, kind: headquarters}
                  - {id: gov, name: 区人民政府, kind: government, scope: context}
                  - {id: committee, name: 区委, kind: committee, scope: context}
                  - {id: wg-1, name: 工作组(一), kind: workgroup, parent: committee, status: placeholder, scope: context}
                  - {id: party, name: 区人民政府党组, kind: committee, scope: context}
                  - {id: ghost-ref, name: 区某局, kind: bureau, parent: nowhere}
                """)
        let subjects = Set(f.flatMap(\.subjects))
        #expect(subjects.isDisjoint(with: ["gov", "committee", "wg-1", "party"]))
        // A context unit does not hide a contradiction: the dangling parent is still an error.
        #expect(f.contains { $0.check == "dangling-reference" && $0.severity == .error })
    }

    @Test("scope takes own or context; anything else is a located load error, and the writer keeps it")
    func scopeKey() throws {
        #expect(throws: LoadFailure.self) {
            try ModelLoader.load(
                text: Self.header + "units: [{id: a, name: 甲, kind: team, scope: outside}]\n", file: "t.yaml")
        }
        do {
            _ = try ModelLoader.load(
                text: Self.header + "units: [{id: a, name: 甲, kind: team, scope: outside}]\n", file: "t.yaml")
        } catch {
            #expect(error.errors.first?.message.en == "`scope` must be `own` or `context`, not `outside`")
            #expect(error.errors.first?.mark?.line == 3)
        }
        let m = try Fixtures.model(Self.header + "units: [{id: a, name: 甲, kind: team, scope: context}]\n")
        #expect(m.units[0].isContext)
        let written = ModelWriter().yaml(m)
        #expect(written.contains("scope: context"))
        #expect(try ModelLoader.load(text: written, file: "w.yaml").units[0].isContext)
    }

    @Test("text prints one line per finding; -v lists the subjects under it")
    func textPrinter() throws {
        let f = try run(Self.posts(3))
        let short = TextFindingPrinter(lang: .en, colour: false).render(f)
        #expect(short.split(separator: "\n").count == f.count + 1)
        let long = TextFindingPrinter(lang: .zh, colour: false, expand: true).render(f)
        let lines = long.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.contains("[placeholder]") })
        #expect(lines[at].contains("3 个分指挥部为占位"))
        #expect(lines[(at + 1)...(at + 3)].allSatisfy { $0.hasPrefix("    test.yaml:") && $0.contains("为占位") })
    }

    @Test("JSON lists the subjects of a grouped finding with their places; single findings keep their fields")
    func jsonPrinter() throws {
        let f = try run(Self.posts(3, extra: "duties: [{id: d, name: 无人牵头}]\n"))
        let text = JSONFindingPrinter(lang: .en).render(f)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let findings = object["findings"] as! [[String: Any]]
        let group = try #require(findings.first { $0["check"] as? String == "placeholder" })
        #expect(group["count"] as? Int == 3)
        #expect(group["subject"] is NSNull)
        let subjects = group["subjects"] as! [[String: Any]]
        #expect(subjects.map { $0["id"] as! String } == ["sc-2", "sc-3", "sc-4"])
        #expect(subjects.allSatisfy { $0["file"] as? String == "test.yaml" && $0["line"] is Int })
        let single = try #require(findings.first { $0["check"] as? String == "duty-without-lead" })
        #expect(Set(single.keys) == ["check", "severity", "message", "subject", "file", "line", "column"])
    }

    @Test("SARIF gives a grouped finding relatedLocations and every result a stable fingerprint")
    func sarifPrinter() throws {
        let f = try run(Self.posts(3, extra: "duties: [{id: d, name: 无人牵头}]\n"))
        func results(_ findings: [Finding]) throws -> [[String: Any]] {
            let text = SARIFFindingPrinter(lang: .en, documentation: "https://example.org/orgchart/checks.md")
                .render(findings)
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
            return (object["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]]
        }
        let all = try results(f)
        let group = try #require(all.first { $0["ruleId"] as? String == "placeholder" })
        let related = group["relatedLocations"] as! [[String: Any]]
        #expect(related.count == 3)
        #expect(related.map { $0["id"] as! Int } == [1, 2, 3])
        // The fingerprint of the group survives a subject leaving it and the lines moving.
        let fewer = try run("# a comment that moves every line\n" + Self.posts(3, named: [3]))
        let again = try #require(try results(fewer).first { $0["ruleId"] as? String == "placeholder" })
        func print(_ r: [String: Any]) -> String? {
            (r["partialFingerprints"] as? [String: String])?[SARIFFindingPrinter.fingerprintName]
        }
        #expect(print(group) != nil && print(group) == print(again))
        #expect(Set(all.compactMap(print)).count == all.count, "fingerprints are distinct")
    }

    @Test("SARIF names files relative to the source root, without ../ or absolute paths")
    func artifactURIs() {
        typealias P = SARIFFindingPrinter
        #expect(P.artifact("seeds/dongchuan-2021.yaml", root: "/work/repo") == .relative("seeds/dongchuan-2021.yaml"))
        #expect(P.artifact("./seeds/../seeds/a.yaml", root: "/work/repo") == .relative("seeds/a.yaml"))
        #expect(P.artifact("/work/repo/seeds/a.yaml", root: "/work/repo/") == .relative("seeds/a.yaml"))
        #expect(P.artifact("../other/a.yaml", root: "/work/repo") == .absolute("file:///work/other/a.yaml"))
        #expect(P.artifact("/tmp/m.yaml", root: "/work/repo") == .absolute("file:///tmp/m.yaml"))
        #expect(P.artifact("模型 一.yaml", root: "/w") == .relative("%E6%A8%A1%E5%9E%8B%20%E4%B8%80.yaml"))
        #expect(P.artifact("<stdin>", root: "/w") == .relative("%3Cstdin%3E"))
    }

    @Test("the Markdown row of a grouped finding names every subject")
    func markdownPrinter() throws {
        let md = MarkdownFindingPrinter(lang: .en).render(try run(Self.posts(3)))
        let row = try #require(md.split(separator: "\n").first { $0.contains("`placeholder`") })
        #expect(row.contains("sc-2, sc-3, sc-4"))
    }

    @Test("diff: naming one of nine placeholder posts changes the finding, it is not resolved and introduced")
    func diffChangesTheGroup() throws {
        let before = try Fixtures.model(Self.posts(9), file: "before.yaml")
        let after = try Fixtures.model(Self.posts(9, named: [5]), file: "after.yaml")
        let d = ModelDiff(before: before, after: after, options: CheckOptions(asOf: Day(year: 2021, month: 4, day: 1)))
        #expect(!d.introduced.contains { $0.check == "placeholder" })
        #expect(!d.resolved.contains { $0.check == "placeholder" })
        let changed = try #require(d.changed.first)
        #expect(d.changed.count == 1)
        #expect(changed.before.count == 9 && changed.after.count == 8)
        #expect(changed.removed.map(\.id) == ["sc-5"] && changed.added.isEmpty)
        #expect(!d.introduces(atLeast: .info))
        let text = TextDiffPrinter(lang: .en).render(d)
        #expect(text.contains("Findings whose subjects change (1):"))
        #expect(text.contains("covers 8 subjects, was 9; no longer: 分指挥部(5)"))
        #expect(MarkdownDiffPrinter(lang: .zh).render(d).contains("不再涉及:分指挥部(5)"))
        guard case .object(let pairs) = d.json(.en) else { return }
        #expect(pairs.map(\.0) == ["changes", "introduced", "resolved", "changed", "load", "counts"])
        // Adding a placeholder post adds a subject: that is something the change introduces.
        let more = try Fixtures.model(Self.posts(10), file: "more.yaml")
        let grown = ModelDiff(
            before: before, after: more, options: CheckOptions(asOf: Day(year: 2021, month: 4, day: 1)))
        #expect(grown.changed.first?.added.map(\.id) == ["sc-11"])
        #expect(grown.introduces(atLeast: .info) && !grown.introduces(atLeast: .warning))
    }

    @Test("diff: a duty that loses its lead in a proposal is an error")
    func leadLossIsAnError() throws {
        let before = try Fixtures.model(
            Self.header + "units: [{id: b, name: 区某局, kind: bureau}]\nduties: [{id: d, name: 任务, lead: b}]\n",
            file: "before.yaml")
        let after = try Fixtures.model(Self.header + "duties: [{id: d, name: 任务}]\n", file: "after.yaml")
        let d = ModelDiff(before: before, after: after)
        #expect(d.introduced.first { $0.check == "duty-without-lead" }?.severity == .error)
        #expect(d.introduces(atLeast: .error))
    }
}
