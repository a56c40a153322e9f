import OrgChartCore
import TestSupport
import Testing

@testable import OrgChartRender

@Suite("Chart DOT against golden files")
struct ChartGoldenTests {
    static let views: [(String, ChartOptions)] = [
        ("whole.dot", ChartOptions(view: .whole)),
        ("whole-en.dot", ChartOptions(view: .whole, lang: .en)),
        ("subtree-hq-1.dot", ChartOptions(view: .subtree(root: "hq", depth: 1))),
        ("person-huang-jie.dot", ChartOptions(view: .person("huang-jie"))),
        ("person-huang-dalong.dot", ChartOptions(view: .person("huang-dalong"))),
        ("duties.dot", ChartOptions(view: .duties)),
        (
            "whole-lr-plain.dot",
            ChartOptions(
                view: .whole, orientation: .leftToRight, rankSeparation: 1.5, fontName: "WenQuanYi Zen Hei",
                colourByKind: false, legend: false, title: false)
        ),
    ]

    @Test("each view matches its golden DOT", arguments: 0..<views.count)
    func golden(_ i: Int) throws {
        let (name, options) = Self.views[i]
        let dot = DOTWriter.write(try ChartBuilder.build(try Fixtures.sample(), options: options))
        Golden.expect(dot, Fixtures.golden + name)
    }

    @Test("the same model gives the same bytes, run after run")
    func deterministic() throws {
        for (_, options) in Self.views {
            let first = DOTWriter.write(try ChartBuilder.build(try Fixtures.sample(), options: options))
            for _ in 0..<3 {
                #expect(DOTWriter.write(try ChartBuilder.build(try Fixtures.sample(), options: options)) == first)
            }
        }
    }

    @Test("annotated chart marks units with errors and carries the findings as tooltips")
    func annotated() throws {
        let model = try Fixtures.sample()
        let findings = [
            Finding(
                check: "duty-lead-overlap", severity: .error,
                message: Message(en: "two units lead this duty", zh: "此职责有两个牵头单位"), subject: "liaison-duties",
                file: model.file, mark: nil),
            Finding(
                check: "unit-without-chief", severity: .error,
                message: Message(en: "the headquarters has no commander", zh: "指挥部没有指挥长"), subject: "hq",
                file: model.file, mark: nil),
            Finding(
                check: "placeholder", severity: .warning,
                message: Message(en: "still a placeholder", zh: "仍是占位"), subject: "subcommand-2", file: model.file,
                mark: nil),
            Finding(
                check: "note", severity: .info, message: Message(en: "ignored", zh: "忽略"), subject: "wg-1",
                file: model.file, mark: nil),
        ]
        let whole = try ChartBuilder.build(model, options: ChartOptions(view: .whole), findings: findings)
        let hq = try #require(whole.nodes.first { $0.id == "hq" })
        #expect(hq.marker)
        #expect(hq.style.border == "#D32F2F")
        #expect(hq.tooltip == "错误\u{FF1A}指挥部没有指挥长")
        let sub2 = try #require(whole.nodes.first { $0.id == "subcommand-2" })
        #expect(!sub2.marker)
        #expect(sub2.tooltip == "警告\u{FF1A}仍是占位")
        #expect(whole.nodes.first { $0.id == "wg-1" }?.tooltip == nil)
        Golden.expect(DOTWriter.write(whole), Fixtures.golden + "whole-annotated.dot")

        let duties = try ChartBuilder.build(model, options: ChartOptions(view: .duties, lang: .en), findings: findings)
        #expect(duties.nodes.first { $0.id == "liaison-duties" }?.tooltip == "error: two units lead this duty")
        let svg = Fixtures.text(try ChartRenderer.render(duties, format: .svg))
        #expect(svg.contains("xlink:title=\"error: two units lead this duty\""))
    }

    @Test("the whole view draws posts with chief, deputies and office, and work groups in their own band")
    func wholeContent() throws {
        let chart = try ChartBuilder.build(try Fixtures.sample(), options: ChartOptions(view: .whole))
        let post = try #require(chart.nodes.first { $0.id == "rural-planning" })
        #expect(post.heading == "乡村规划分指挥部")
        #expect(post.lines.map(\.caption) == ["分指挥长", "副分指挥长", "办公室设在"])
        #expect(post.lines.map(\.text) == ["黄杰(区委副书记)", "黄大龙(副区长)", "区自然资源局"])
        #expect(chart.nodes.first { $0.id == "subcommand-2" }?.style.dashed == true)
        let band = try #require(chart.clusters.first)
        #expect(band.nodes == ["wg-1", "wg-2", "wg-3", "wg-4", "wg-5"])
        #expect(band.sameRank)
        let liaisons = chart.edges.filter { $0.line == .dashed }.map { "\($0.from)~\($0.to)" }
        #expect(liaisons == ["rural-planning~wg-1", "rural-planning~wg-2", "subcommand-2~wg-3"])
        // Bureaus that only host an office or assist are named in labels, not drawn on their own.
        #expect(!chart.nodes.contains { $0.id == "natural-resources" })
        #expect(chart.topRank == ["hq", "district-committee"])
        #expect(chart.legend?.swatches.map(\.label) == ["指挥部", "分指挥部", "委员会", "集体", "待定(尚未明确)"])
        // The townships appear as the members of their collective, at the bottom beside the legend.
        let townships = try #require(chart.nodes.first { $0.id == "townships" })
        #expect(townships.grid.count == 9 && townships.grid.first == "铜都街道")
        #expect(chart.bottomRank == ["townships"])
        // One edge from the committee into the band of its five groups.
        #expect(chart.edges.filter { $0.from == "district-committee" }.map(\.headCluster) == ["cluster_workgroup"])
    }

    /// Ten posts under one headquarters, each liaising with all five work groups of a committee.
    static func tenPosts() -> Model {
        let groups = (1...5).map { Unit(id: "wg-\($0)", name: "工作组\($0)", kind: "workgroup", parent: Ref("committee")) }
        let posts = (0..<10).map {
            Unit(
                id: "post-\($0)", name: "分指挥部\($0)", kind: "subcommand", parent: Ref("hq"),
                liaises: groups.map { Ref($0.id) }, status: .placeholder)
        }
        return Model(
            file: "ten.yaml", organisation: Organisation(name: "指挥部"),
            units: [
                Unit(id: "hq", name: "指挥部", kind: "headquarters"), Unit(id: "committee", name: "区委", kind: "committee"),
            ]
                + posts + groups)
    }

    @Test("ten posts wrap onto two rows of five, and links to every work group become one edge into the band")
    func manyPosts() throws {
        let chart = try ChartBuilder.build(Self.tenPosts(), options: ChartOptions(view: .whole))
        let fromHQ = chart.edges.filter { $0.from == "hq" }
        #expect(fromHQ.map(\.minLength) == Array(repeating: nil, count: 5) + Array(repeating: 2, count: 5))
        let columns = chart.edges.filter { $0.line == .invisible }.map { "\($0.from)|\($0.to)" }
        #expect(columns == (0..<5).map { "post-\($0)|post-\($0 + 5)" })
        let liaisons = chart.edges.filter { $0.line == .dashed }
        #expect(liaisons.count == 10)
        #expect(liaisons.allSatisfy { $0.headCluster == "cluster_workgroup" && $0.to == "wg-3" })
        #expect(DOTWriter.write(chart).contains("compound=\"true\""))
        let svg = Fixtures.text(try ChartRenderer.render(chart, format: .svg))
        #expect(svg.contains(">分指挥部9<"))

        let wide = try ChartBuilder.build(Self.tenPosts(), options: ChartOptions(view: .whole, rowLimit: 0))
        #expect(wide.edges.allSatisfy { $0.minLength == nil && $0.line != .invisible })
        let lr = try ChartBuilder.build(Self.tenPosts(), options: ChartOptions(view: .whole, orientation: .leftToRight))
        #expect(lr.edges.allSatisfy { $0.minLength == nil })
    }

    @Test("a subtree stops at the depth asked for")
    func subtreeDepth() throws {
        let model = try Fixtures.sample()
        let zero = try ChartBuilder.build(model, options: ChartOptions(view: .subtree(root: "hq", depth: 0)))
        #expect(zero.nodes.map(\.id) == ["hq"])
        let committee = try ChartBuilder.build(
            model, options: ChartOptions(view: .subtree(root: "district-committee", depth: nil)))
        // The work groups, plus the posts that liaise with them.
        #expect(
            committee.nodes.map(\.id).sorted()
                == ["district-committee", "rural-planning", "subcommand-2", "wg-1", "wg-2", "wg-3", "wg-4", "wg-5"])
    }

    @Test("the person view shows every role and duty of one official")
    func personContent() throws {
        let chart = try ChartBuilder.build(try Fixtures.sample(), options: ChartOptions(view: .person("huang-jie")))
        #expect(chart.nodes.map(\.id) == ["huang-jie", "rural-planning", "village-plans", "liaison-duties"])
        #expect(
            chart.edges.map { "\($0.from)->\($0.to):\($0.label ?? "")" } == [
                "huang-jie->rural-planning:分指挥长", "rural-planning->village-plans:牵头",
                "rural-planning->liaison-duties:牵头",
            ])
        #expect(chart.orientation == .leftToRight)
    }

    @Test("the duties view links each duty to its lead (solid) and assists (dashed)")
    func dutiesContent() throws {
        let chart = try ChartBuilder.build(try Fixtures.sample(), options: ChartOptions(view: .duties))
        let into = chart.edges.filter { $0.to == "poverty-monitoring" }
        #expect(into.map(\.from) == ["li-shunchao", "poverty-office", "townships"])
        #expect(into.map(\.line) == [.solid, .dashed, .dashed])
        let duty = try #require(chart.nodes.first { $0.id == "measures-breakdown" })
        #expect(duty.lines == [ChartLine(caption: "期限", "2021-03-10")])
    }

    @Test("unknown ids are reported with a suggestion")
    func unknownIDs() throws {
        let model = try Fixtures.sample()
        #expect {
            try ChartBuilder.build(model, options: ChartOptions(view: .subtree(root: "rural-planing", depth: nil)))
        } throws: { error in
            (error as? ChartError)?.message.en == "no unit with id `rural-planing`; did you mean `rural-planning`?"
        }
        #expect {
            try ChartBuilder.build(model, options: ChartOptions(view: .person("huang-jei")))
        } throws: { error in
            (error as? ChartError)?.message.zh == "没有 id 为 `huang-jei` 的人员;是否想写 `huang-jie`?"
        }
        #expect(throws: ChartError.self) {
            try ChartBuilder.build(model, options: ChartOptions(view: .person("hq")))
        }
    }
}

@Suite("Odd models still draw")
struct OddModelTests {
    static let models: [Model] = [
        Model(file: "empty.yaml"),
        // A parent cycle, a unit that is its own parent, dangling references everywhere.
        Model(
            file: "odd.yaml", people: [Person(id: "p", name: "某人", status: .placeholder)],
            units: [
                Unit(id: "a", name: "甲", kind: "subcommand", parent: Ref("b"), chief: Ref("nobody")),
                Unit(id: "b", name: "乙", kind: "subcommand", parent: Ref("a"), liaises: [Ref("ghost"), Ref("b")]),
                Unit(id: "c", name: "丙", kind: "workgroup", parent: Ref("c"), office: Ref("ghost")),
                Unit(id: "d", name: "丁", kind: "my-kind", parent: Ref("missing"), members: [Ref("p"), Ref("x")]),
            ],
            duties: [
                Duty(id: "t", name: "无人牵头"), Duty(id: "u", name: "未知牵头", lead: [Ref("ghost")], assist: [Ref("t")]),
            ]),
    ]

    @Test("every view of an empty or inconsistent model renders", arguments: 0..<models.count)
    func renders(_ i: Int) throws {
        let model = Self.models[i]
        var views: [ChartView] = [.whole, .duties]
        if !model.units.isEmpty { views += [.subtree(root: "a", depth: nil), .subtree(root: "c", depth: 3)] }
        if !model.people.isEmpty { views.append(.person("p")) }
        for view in views {
            // Every box the chart has is drawn, and the legend with them.
            let chart = try ChartBuilder.build(model, options: ChartOptions(view: view))
            let svg = Fixtures.text(try ChartRenderer.render(model, options: ChartOptions(view: view), format: .svg))
            #expect(svg.hasSuffix("</svg>\n"))
            let drawn = svg.components(separatedBy: "class=\"node\"").count - 1
            #expect(drawn == chart.nodes.count + (chart.legend == nil ? 0 : 1), "\(view): \(drawn) nodes drawn")
        }
    }

    @Test("a duty lead that names nothing is drawn as an unknown id")
    func unknownLead() throws {
        let chart = try ChartBuilder.build(Self.models[1], options: ChartOptions(view: .duties, lang: .en))
        let ghost = try #require(chart.nodes.first { $0.id == "ghost" })
        #expect(ghost.lines == [ChartLine("unknown id", muted: true)])
        #expect(chart.nodes.map(\.id) == ["t", "ghost", "u"])
    }
}
