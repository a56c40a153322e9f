/// A small deterministic random number generator (SplitMix64), so a seed always gives the same model.
struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Writes valid synthetic models of any size for benchmarks and tests: a headquarters, sub-command posts, work
/// groups, bureaus and teams with uneven fan-out, people as chiefs and deputies, and duties with a lead and two
/// assists, with a few planted gaps and overlaps whose number it reports.
public struct ModelGenerator: Sendable {
    public var units: Int
    public var people: Int
    public var duties: Int
    public var seed: UInt64

    /// What was planted, so tests and benchmarks know what `check` must find.
    public struct Planted: Sendable, Hashable {
        /// Duties with no lead (`duty-without-lead`).
        public var gaps: Int
        /// Duties with two leads (`duty-multiple-leads`).
        public var overlaps: Int
    }

    public init(units: Int, people: Int, duties: Int, seed: UInt64) {
        self.units = max(1, units)
        self.people = max(1, people)
        self.duties = max(0, duties)
        self.seed = seed
    }

    /// How many sub-command posts and work groups a model of this size gets.
    var shape: (posts: Int, groups: Int) {
        let rest = units - 1
        let groups = min(5, max(0, rest / 20))
        let posts = min(max(1, rest / 100), 60, max(0, rest - groups))
        return (posts, groups)
    }

    /// The model and what was planted in it.
    public func generate() -> (Model, Planted) {
        var rng = SplitMix64(seed: seed)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(max(1, n))) }
        /// A skewed pick: low indices far more often, giving uneven fan-out.
        func skewed(_ n: Int) -> Int {
            let r = Double(rng.next() >> 11) / Double(1 << 53)
            return min(n - 1, Int(Double(n) * r * r))
        }
        let surnames = Array(
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏飞志宏海波春梅林斌宇浩凯")
        let titles = ["副区长", "局长", "副局长", "主任", "副主任", "科长", "镇长", "书记", "副书记"]
        let topics = ["产业发展", "人才振兴", "文化振兴", "生态宜居", "组织建设", "乡村规划", "基础设施", "公共服务", "乡村治理", "农村改革"]
        let tasks = ["动态监测", "就业帮扶", "项目建设", "资金管理", "政策落实", "督查考核", "宣传培训", "信息报送", "整改销号", "规划编制"]

        var model = Model(
            file: "<generated>",
            organisation: Organisation(
                name: "Synthetic model (generated, not a real organisation)", asOf: Day(year: 2021, month: 2, day: 25),
                sources: [NamedSource(key: "generated", path: "orgchart generate --seed \(seed)")]))
        model.people.reserveCapacity(people)
        for i in 0..<people {
            let name =
                String(surnames[pick(surnames.count)]) + String(given[pick(given.count)])
                + (pick(2) == 0 ? String(given[pick(given.count)]) : "")
            model.people.append(Person(id: "p\(i)", name: name, title: titles[pick(titles.count)]))
        }
        var chairs = 0
        func nextChief() -> Ref {
            defer { chairs += 1 }
            return Ref("p\(chairs % people)")
        }

        let (posts, groups) = shape
        model.units.reserveCapacity(units)
        model.units.append(
            Unit(id: "hq", name: "指挥部", kind: BuiltInKinds.headquarters.id, chief: nextChief(), office: nil))
        var levelPosts: [Int] = []
        for g in 0..<groups {
            model.units.append(
                Unit(
                    id: "wg\(g)", name: "工作组(\(g + 1))", kind: BuiltInKinds.workgroup.id, parent: Ref("hq"),
                    chief: nextChief()))
        }
        for p in 0..<posts {
            let topic = topics[p % topics.count] + (p >= topics.count ? "\(p / topics.count + 1)" : "")
            var u = Unit(
                id: "s\(p)", name: "\(topic)分指挥部", kind: BuiltInKinds.subcommand.id, parent: Ref("hq"),
                chief: nextChief(),
                deputies: [nextChief()])
            if groups > 0 { u.liaises = [Ref("wg\(p % groups)")] }
            levelPosts.append(model.units.count)
            model.units.append(u)
        }
        // Bureaus under posts, teams under bureaus: about one in eight remaining units is a bureau.
        let remaining = units - model.units.count
        let bureaus = remaining > 0 ? max(1, remaining / 8) : 0
        var bureauIndices: [Int] = []
        for b in 0..<bureaus {
            let parent = levelPosts.isEmpty ? 0 : levelPosts[skewed(levelPosts.count)]
            let u = Unit(
                id: "b\(b)", name: "第\(b + 1)局", kind: BuiltInKinds.bureau.id, parent: Ref(model.units[parent].id),
                chief: b % 3 == 0 ? nextChief() : nil)
            bureauIndices.append(model.units.count)
            model.units.append(u)
        }
        var t = 0
        while model.units.count < units {
            let parent = bureauIndices[skewed(bureauIndices.count)]
            model.units.append(
                Unit(id: "t\(t)", name: "第\(t + 1)科", kind: BuiltInKinds.team.id, parent: Ref(model.units[parent].id)))
            t += 1
        }
        // Offices: the headquarters and every post are hosted by a bureau.
        if !bureauIndices.isEmpty {
            model.units[0].office = Ref(model.units[bureauIndices[0]].id)
            for (k, p) in levelPosts.enumerated() {
                model.units[p].office = Ref(model.units[bureauIndices[k % bureauIndices.count]].id)
            }
        }

        var planted = Planted(gaps: 0, overlaps: 0)
        model.duties.reserveCapacity(duties)
        let candidates = model.units.count
        for d in 0..<duties {
            func party() -> Ref {
                pick(10) < 3 ? Ref("p\(pick(people))") : Ref(model.units[skewed(candidates)].id)
            }
            var duty = Duty(id: "d\(d)", name: "\(tasks[d % tasks.count])任务\(d + 1)")
            if d % 97 == 13 {
                planted.gaps += 1
            } else {
                duty.lead = [party()]
                if d % 101 == 17 {
                    var second = party()
                    while second == duty.lead[0] { second = party() }
                    duty.lead.append(second)
                    planted.overlaps += 1
                }
            }
            var a = party()
            var b = party()
            while duty.lead.contains(a) { a = party() }
            while duty.lead.contains(b) || b == a { b = party() }
            duty.assist = [a, b]
            if d % 7 == 0 { duty.cadence = Cadence.allCases[d % Cadence.allCases.count] }
            if d % 5 == 0 { duty.due = Day(year: 2021, month: 1 + d % 12, day: 1 + d % 28) }
            model.duties.append(duty)
        }
        model.expect = Expectations(
            count: [
                (BuiltInKinds.subcommand.id, posts, SourceMark(line: 0, column: 0)),
                (BuiltInKinds.workgroup.id, groups, SourceMark(line: 0, column: 0)),
            ],
            maxLeadRoles: 5 + 3 * (duties + posts) / max(1, people))
        return (model, planted)
    }
}
