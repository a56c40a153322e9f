/// What a check sees: the model, its index and the run's options, plus helpers to make findings.
public struct CheckContext: Sendable {
    public let model: Model
    public let index: ModelIndex
    public let options: CheckOptions
    /// Every reference of the model, computed once for all checks.
    let references: [ReferenceSite]
    /// What each reference points at (aligned with `references`; nil for an undefined id).
    let targets: [Entity?]
    /// Where each duty's references start in `references` (its leads, then its assists, then `report_to`).
    let dutyReferenceStart: [Int]
    /// Where each unit's references start in `references` (parent, chiefs, deputies, office, members, liaises,
    /// host).
    let unitReferenceStart: [Int]
    /// Where each post's references start in `references` (unit, holder).
    let postReferenceStart: [Int]
    /// Whether anything refers to each person, by index.
    public let personReferenced: [Bool]
    /// Whether anything refers to each unit, by index.
    public let unitReferenced: [Bool]

    public init(model: Model, index: ModelIndex? = nil, options: CheckOptions = CheckOptions()) {
        self.model = model
        let index = index ?? ModelIndex(model, children: false)
        self.index = index
        self.options = options
        // Where each owner's references start (prefix sums), then the references and what they point at, filled
        // in parallel over ranges of owners: each range writes its own part of the two arrays.
        var unitStart = [Int](repeating: 0, count: model.units.count)
        var dutyStart = [Int](repeating: 0, count: model.duties.count)
        var total = 0
        for i in model.units.indices {
            unitStart[i] = total
            total += model.unitReferenceCount(i)
        }
        for i in model.duties.indices {
            dutyStart[i] = total
            total += model.dutyReferenceCount(i)
        }
        // Posts are few: their references follow, filled in one pass.
        var postStart = [Int](repeating: 0, count: model.posts.count)
        let postsFrom = total
        for i in model.posts.indices {
            postStart[i] = total
            total += model.postReferenceCount(i)
        }
        let pieces = Parallel.width == 1 ? 1 : 8
        let (us, ds) = (unitStart, dutyStart)
        let (refs, targets) = Self.fill(total) { sites, found in
            _ = Parallel.map(2 * pieces) { task in
                let unitsPart = task < pieces
                let n = unitsPart ? model.units.count : model.duties.count
                let part = unitsPart ? task : task - pieces
                for i in (n * part / pieces)..<(n * (part + 1) / pieces) {
                    var k = unitsPart ? us[i] : ds[i]
                    func put(_ site: ReferenceSite) {
                        sites.initialize(k, to: site)
                        found.initialize(k, to: index.byID[site.ref.id])
                        k += 1
                    }
                    if unitsPart { model.unitReferences(i, put) } else { model.dutyReferences(i, put) }
                }
            }
            var k = postsFrom
            for i in model.posts.indices {
                model.postReferences(i) { site in
                    sites.initialize(k, to: site)
                    found.initialize(k, to: index.byID[site.ref.id])
                    k += 1
                }
            }
        }
        var people = [Bool](repeating: false, count: model.people.count)
        var units = [Bool](repeating: false, count: model.units.count)
        for t in targets {
            switch t {
            case .person(let i): people[i] = true
            case .unit(let i): units[i] = true
            default: break
            }
        }
        self.unitReferenceStart = unitStart
        self.dutyReferenceStart = dutyStart
        self.postReferenceStart = postStart
        self.references = refs
        self.targets = targets
        self.personReferenced = people
        self.unitReferenced = units
    }

    /// Two arrays of `count` elements each, every element initialised by `body` through the slots it is given.
    private static func fill(
        _ count: Int, _ body: (UninitializedSlots<ReferenceSite>, UninitializedSlots<Entity?>) -> Void
    ) -> ([ReferenceSite], [Entity?]) {
        var targets: [Entity?] = []
        let sites = [ReferenceSite](unsafeUninitializedCapacity: count) { siteBuffer, siteCount in
            targets = [Entity?](unsafeUninitializedCapacity: count) { targetBuffer, targetCount in
                body(UninitializedSlots(siteBuffer), UninitializedSlots(targetBuffer))
                targetCount = count
            }
            siteCount = count
        }
        return (sites, targets)
    }

    /// A finding of `check` about `subject` at `mark`; findings with the same `cause` become one (`CheckRule.group`).
    public func finding(
        _ check: any CheckRule.Type, _ severity: Severity? = nil, subject: String?, at mark: SourceMark?,
        cause: String? = nil, en: String, zh: String
    ) -> Finding {
        Finding(
            check: check.id, severity: severity ?? check.defaultSeverity, message: Message(en: en, zh: zh),
            subject: subject, file: model.file, mark: mark, cause: cause)
    }

    /// A kind's label for `count` units: `sub-command posts`, `分指挥部` (Chinese has no plural).
    public func kindLabel(_ kind: String, count: Int, lang: Language) -> String {
        let label = model.kindLabel(kind, lang: lang)
        guard lang == .en, count != 1, !label.hasSuffix("s") else { return label }
        return label + "s"
    }

    /// The first names of a list, and how many more: `甲, 乙, 丙 and 6 more` / `甲、乙、丙等 9 个`.
    public static func names(_ names: [String], shown: Int = 3) -> Message {
        guard names.count > shown else {
            return Message(en: names.joined(separator: ", "), zh: names.joined(separator: "、"))
        }
        let head = names.prefix(shown)
        return Message(
            en: head.joined(separator: ", ") + " and \(names.count - shown) more",
            zh: head.joined(separator: "、") + "等 \(names.count) 个")
    }

    /// The `max` a model sets for a check, if any.
    public func maxSetting(_ check: any CheckRule.Type) -> Int? { model.checkSettings[check.id]?.max }

    /// A unit's name for messages.
    public func unitName(_ i: Int) -> String { model.units[i].name }

    /// The display name of whatever an id names.
    public func name(_ id: String) -> String { model.name(of: id, index: index) }

    /// The person a reference means, directly or as the holder of the post it names.
    public func person(_ target: Entity?) -> Int? {
        switch target {
        case .person(let i): return i
        case .post(let i): return model.posts[i].holder.flatMap { index.person($0.id) }
        default: return nil
        }
    }

    /// A duty's name cut to its first 12 characters, for lists of duties in one line.
    public func shortDutyName(_ id: String) -> String {
        let n = name(id)
        return n.count <= 12 ? n : String(n.prefix(12)) + "…"
    }
}
