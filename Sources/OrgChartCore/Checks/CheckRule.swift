/// One example model of a check: the YAML after the common header (`format` and `organisation`).
public struct CheckExample: Sendable {
    /// The body of a model; `CheckExample.header` is put in front of it before loading.
    public var yaml: String
    /// The example's own `organisation:` block (a flow mapping), for checks that read it; nil for the header's.
    public var organisation: String?

    public init(_ yaml: String, organisation: String? = nil) {
        self.yaml = yaml
        self.organisation = organisation
    }

    /// What every example starts with.
    public static let header = "format: orgchart/1\norganisation: {name: Example, as_of: 2021-02-25}\n"

    /// The whole model text.
    public var model: String {
        guard let organisation else { return CheckExample.header + yaml }
        return "format: orgchart/1\norganisation: \(organisation)\n" + yaml
    }

    /// What the documentation shows: the body, after the example's own `organisation:` block when it has one.
    public var shown: String {
        guard let organisation else { return yaml }
        return "organisation: \(organisation)\n" + yaml
    }
}

/// A check of the catalog: one type per file, with a stable id, a default severity, its documentation and its own
/// examples. Adding a check is adding one file and naming it in `CheckCatalog.all`.
public protocol CheckRule: Sendable {
    /// The stable id users suppress and scripts read, e.g. `duty-without-lead`.
    static var id: String { get }
    /// The severity when the model does not set one. Checks whose severity depends on the unit kind say so in
    /// `description` and pass the severity with each finding.
    static var defaultSeverity: Severity { get }
    /// One line on what the check finds.
    static var summary: Message { get }
    /// A paragraph for the documentation.
    static var description: Message { get }
    /// Models in which the check fires.
    static var triggeringExamples: [CheckExample] { get }
    /// Models in which it stays silent.
    static var nonTriggeringExamples: [CheckExample] { get }
    /// Finds the problems in a model.
    static func run(_ context: CheckContext) -> [Finding]
}

/// Options of a check run.
public struct CheckOptions: Sendable {
    /// The date deadlines are compared with (`--as-of`); defaults to today.
    public var asOf: Day

    public init(asOf: Day = Day.today()) { self.asOf = asOf }
}

/// What a check sees: the model, its index and the run's options, plus helpers to make findings.
public struct CheckContext: Sendable {
    public let model: Model
    public let index: ModelIndex
    public let options: CheckOptions
    /// Every reference of the model, computed once for all checks.
    public let references: [ReferenceSite]
    /// What each reference points at (aligned with `references`; nil for an undefined id).
    public let targets: [Entity?]
    /// Where each duty's references start in `references` (its leads, then its assists, then `report_to`).
    public let dutyReferenceStart: [Int]
    /// Where each unit's references start in `references` (parent, chiefs, deputies, office, members, liaises,
    /// host).
    public let unitReferenceStart: [Int]
    /// Where each post's references start in `references` (unit, holder).
    public let postReferenceStart: [Int]
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

    /// A finding of `check` about `subject` at `mark`.
    public func finding(
        _ check: any CheckRule.Type, _ severity: Severity? = nil, subject: String?, at mark: SourceMark?,
        en: String, zh: String
    ) -> Finding {
        Finding(
            check: check.id, severity: severity ?? check.defaultSeverity, message: Message(en: en, zh: zh),
            subject: subject, file: model.file, mark: mark)
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
}

extension Day {
    /// Today's date in UTC.
    public static func today() -> Day {
        var t = time(nil)
        var tmv = tm()
        gmtime_r(&t, &tmv)
        return Day(year: Int(tmv.tm_year) + 1900, month: Int(tmv.tm_mon) + 1, day: Int(tmv.tm_mday))
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
