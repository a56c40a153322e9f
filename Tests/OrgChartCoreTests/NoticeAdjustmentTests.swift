import Foundation
import OrgChartCore
import TestSupport
import Testing

/// `orgchart extract ADJUSTMENT --adjusts EARLIER.yaml` then `orgchart diff EARLIER ADJUSTED`: the change list of a
/// notice that adjusts a body (调整), on a real pair and on invented notices of the two forms.
@Suite("Adjustment notices read against the earlier model")
struct NoticeAdjustmentTests {
    let cli = ExtractCLITests()
    static let seeds = Fixtures.repository.appendingPathComponent("seeds/real-notices")

    /// Drafts the earlier model from a notice, applies the adjustment and returns the diff text (paths replaced).
    func adjust(earlier: String, adjustment: String) throws -> (diff: String, adjusted: String, stderr: String) {
        let before = cli.temp("earlier.yaml")
        let after = (before as NSString).deletingLastPathComponent + "/adjusted.yaml"
        let draft = try cli.run(["extract", earlier, "-o", before])
        #expect(draft.status == 0, "\(draft.stderr)")
        let adj = try cli.run(["extract", adjustment, "--adjusts", before, "-o", after])
        #expect(adj.status == 0, "\(adj.stderr)")
        let check = try cli.run(["check", after])
        #expect(check.status == 0 || check.status == 1, "\(check.stdout)\(check.stderr)")
        let diff = try cli.run(["diff", before, after, "--as-of", "2024-01-01"])
        #expect(diff.status == 0 || diff.status == 1, "\(diff.stderr)")
        let dir = (before as NSString).deletingLastPathComponent + "/"
        let adjusted = try String(contentsOfFile: after, encoding: .utf8)
        return (diff.stdout.replacingOccurrences(of: dir, with: ""), adjusted, adj.stderr)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let p = cli.temp(name)
        try text.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }

    @Test(
        "the real pair: set-a/43 (2022) and the report of its 2023 adjustment give the change list (golden)",
        .enabled(if: ExtractCLITests.binary != nil))
    func realPair() throws {
        let earlier = Self.seeds.appendingPathComponent("set-a/43-state-council-asian-games-leading-group.txt").path
        let adjustment = Self.seeds.appendingPathComponent(
            "adjustments/43b-asian-games-leading-group-2023-adjustment.txt"
        ).path
        let r = try adjust(earlier: earlier, adjustment: adjustment)
        // The body keeps its id although the report writes 亚帕运会 for 亚残运会; the earlier composition the report
        // recalls (当时…) is not read as the new one.
        #expect(r.stderr.contains("is read as 第19届亚运会和第4届亚残运会工作领导小组 (`leading-group`)"))
        #expect(r.diff.contains("chief 孙春兰(国务院副总理) → 谌贻琴(国务委员)"))
        #expect(!r.diff.contains("unit-removed"))
        Golden.expect(r.diff, "Tests/OrgChartCoreTests/Fixtures/golden/adjustment-43b.diff.txt")
    }

    /// An invented notice (not real data) that sets up a body, for the forms the real pair does not show.
    static let invented = """
        关于成立某县防汛抗旱指挥部的通知（虚构示例，非真实文件）
        指挥长：张伟 县长
        副指挥长：李强 副县长
        王芳 县水利局局长
        成员：县应急管理局、县水利局、县气象局、县自然资源局
        指挥部下设办公室，办公室设在县应急管理局。
        """

    @Test(
        "a full new list (调整后名单如下) replaces each role it states; an office moved is an office change",
        .enabled(if: ExtractCLITests.binary != nil))
    func fullList() throws {
        let earlier = try write(Self.invented, "earlier.txt")
        let adjustment = try write(
            """
            关于调整某县防汛抗旱指挥部组成人员的通知（虚构示例，非真实文件）
            因人事变动，对某县防汛抗旱指挥部组成人员进行调整，调整后名单如下：
            指挥长：赵敏 县长
            副指挥长：李强 副县长
            成员：县应急管理局、县水利局、县气象局、县交通运输局
            指挥部下设办公室，办公室设在县水利局。
            """, "adjustment.txt")
        let r = try adjust(earlier: earlier, adjustment: adjustment)
        #expect(r.diff.contains("chief 张伟(县长) → 赵敏(县长)"), "\(r.diff)")
        #expect(r.diff.contains("[deputies-changed]") && r.diff.contains("→ 李强(副县长)"), "\(r.diff)")
        #expect(r.diff.contains("[member-added]") && r.diff.contains("县交通运输局"), "\(r.diff)")
        #expect(r.diff.contains("[member-removed]") && r.diff.contains("县自然资源局"), "\(r.diff)")
        #expect(r.diff.contains("[office-changed]"), "\(r.diff)")
        #expect(!r.diff.contains("unit-added] new headquarters"), "the body is the same one: \(r.diff)")
    }

    @Test(
        "a partial notice (…不再担任…) takes holders off and adds those it names; roles it does not state stay",
        .enabled(if: ExtractCLITests.binary != nil))
    func partial() throws {
        let earlier = try write(Self.invented, "earlier.txt")
        let adjustment = try write(
            """
            关于调整某县防汛抗旱指挥部成员的通知（虚构示例，非真实文件）
            因工作变动，王芳同志不再担任指挥部副指挥长。
            陈静同志任副指挥长。
            """, "adjustment.txt")
        let r = try adjust(earlier: earlier, adjustment: adjustment)
        #expect(r.diff.contains("[deputies-changed]"), "\(r.diff)")
        #expect(r.diff.contains("→ 李强(副县长), 陈静"), "\(r.diff)")
        #expect(!r.diff.contains("[chief-changed]"), "\(r.diff)")
        #expect(!r.diff.contains("[member-removed]"), "\(r.diff)")
        #expect(r.adjusted.contains("chief: person-1\n"), "\(r.adjusted)")
    }

    @Test(
        "a rename (更名为) renames the earlier body in place, id kept, whichever name the notice's title uses",
        .enabled(if: ExtractCLITests.binary != nil),
        arguments: ["某县防汛抗旱指挥部", "某县防灾减灾指挥部"])
    func rename(_ title: String) throws {
        let earlier = try write(Self.invented, "earlier.txt")
        let adjustment = try write(
            """
            关于调整\(title)组成人员的通知（虚构示例，非真实文件）
            经研究，决定将某县防汛抗旱指挥部更名为某县防灾减灾指挥部。县气象局不再作为成员单位。
            """, "adjustment.txt")
        let r = try adjust(earlier: earlier, adjustment: adjustment)
        #expect(r.diff.contains("[unit-renamed] renamed: 某县防汛抗旱指挥部 → 某县防灾减灾指挥部"), "\(r.diff)")
        #expect(r.diff.contains("[member-removed]") && r.diff.contains("县气象局"), "\(r.diff)")
        #expect(!r.diff.contains("[unit-added]") && !r.diff.contains("[unit-removed]"), "\(r.diff)")
        #expect(r.stderr.contains("is renamed 某县防灾减灾指挥部; its id is kept"), "\(r.stderr)")
        // A rename of a unit the earlier model does not have is said, not dropped.
        let unknown = try write(
            "关于调整某县防汛抗旱指挥部成员的通知（虚构示例，非真实文件）\n将县抗旱服务队更名为县应急救援队。\n", "unknown.txt")
        let u = try adjust(earlier: earlier, adjustment: unknown)
        #expect(u.stderr.contains("renames 县抗旱服务队 to 县应急救援队, but the earlier model has no unit of that name"))
    }

    @Test(
        "an earlier model with CRLF line ends is adjusted in place and stays CRLF",
        .enabled(if: ExtractCLITests.binary != nil))
    func crlf() throws {
        let earlier = try write(Self.invented, "earlier.txt")
        let model = cli.temp("earlier.yaml")
        _ = try cli.run(["extract", earlier, "-o", model])
        let lf = try String(contentsOfFile: model, encoding: .utf8)
        try lf.replacingOccurrences(of: "\n", with: "\r\n").write(toFile: model, atomically: true, encoding: .utf8)
        let adjustment = try write(
            "关于调整某县防汛抗旱指挥部组成人员的通知（虚构示例，非真实文件）\n指挥长：赵敏 县长\n", "adjustment.txt")
        let out = cli.temp("adjusted.yaml")
        let r = try cli.run(["extract", adjustment, "--adjusts", model, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "mixed line ends")
        let diff = try cli.run(["diff", model, out])
        #expect(diff.stdout.contains("chief 张伟(县长) → 赵敏(县长)"), "\(diff.stdout)")
    }

    @Test("--adjusts refuses --merge and minutes", .enabled(if: ExtractCLITests.binary != nil))
    func refusals() throws {
        let earlier = try write(Self.invented, "earlier.txt")
        let model = cli.temp("earlier.yaml")
        _ = try cli.run(["extract", earlier, "-o", model])
        let both = try cli.run(["extract", earlier, "--adjusts", model, "--merge", model])
        #expect(both.status == 2)
        let minutes = Fixtures.repository.appendingPathComponent("seeds/dongchuan-2021-02-25-minutes.txt").path
        let m = try cli.run(["extract", minutes, "--adjusts", model])
        #expect(m.status == 2 && m.stderr.contains("--adjusts reads a notice"), "\(m.stderr)")
    }
}
