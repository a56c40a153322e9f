/// What a restructuring changes and what it breaks: the changes from BEFORE to AFTER, the findings AFTER introduces
/// and resolves, each person's lead load, the unit counts, and the status of every unit for drawing the AFTER
/// structure with the changes marked.
public struct ModelDiff: Sendable {
    /// How the two models' entities correspond.
    public let matching: DiffMatching
    /// The changes, listed unit by unit (AFTER order, then units AFTER drops), then duties, then people.
    public let changes: [DiffChange]
    /// Findings of AFTER that BEFORE does not have, most important first (`Finding.byImportance`).
    public let introduced: [Finding]
    /// Findings of BEFORE that AFTER no longer has, most important first.
    public let resolved: [Finding]
    /// Findings of one cause both models have, covering other subjects in AFTER (most important first).
    public let changed: [ChangedFinding]
    /// People whose lead roles (units chaired plus duties led) change.
    public let load: [LeadLoad]
    /// Unit counts per kind where the count or the fixed count changes.
    public let counts: [KindCount]
    /// Duties that had a lead in BEFORE and have none in AFTER.
    public let leadLosses: [LeadLoss]
    /// Units that change, by id: AFTER ids for units AFTER has, BEFORE ids for removed ones. A unit not in the
    /// dictionary is unchanged.
    public let unitStatus: [String: UnitChangeStatus]
    /// BEFORE units that AFTER drops without replacement, in BEFORE order, with where to keep drawing them.
    public let removedUnits: [RemovedUnit]

    /// Compares two models; `options` (the date deadlines are checked against) apply to the checks of both.
    public init(before: Model, after: Model, options: CheckOptions = CheckOptions()) {
        self.init(
            before: before, after: after, beforeIndex: ModelIndex(before, children: false),
            afterIndex: ModelIndex(after, children: false), options: options)
    }

    /// The same, reusing the indices the loader built.
    public init(
        before: Model, after: Model, beforeIndex: ModelIndex, afterIndex: ModelIndex,
        options: CheckOptions = CheckOptions()
    ) {
        let m = DiffMatching(before: before, after: after, beforeIndex: beforeIndex, afterIndex: afterIndex)
        // The parts are independent until the findings are compared: they run on the machine's cores.
        enum Part: Sendable {
            case structure(StructureDiff)
            case findings([Finding])
            case load([LeadLoad])
            case counts([KindCount])
        }
        let parts = Parallel.map(5) { i -> Part in
            switch i {
            case 0: return .structure(StructureDiff(m))
            case 1: return .findings(CheckRunner.run(m.before, index: m.beforeIndex, options: options))
            case 2: return .findings(CheckRunner.run(m.after, index: m.afterIndex, options: options))
            case 3: return .load(ImpactAnalysis.load(m))
            default: return .counts(ImpactAnalysis.counts(m))
            }
        }
        guard case .structure(let structure) = parts[0], case .findings(let beforeFindings) = parts[1],
            case .findings(let afterFindings) = parts[2], case .load(let load) = parts[3],
            case .counts(let counts) = parts[4]
        else { preconditionFailure("diff parts out of order") }
        let findings = ImpactAnalysis.findings(
            m, before: beforeFindings, after: afterFindings, leadLosses: structure.leadLosses)
        self.matching = m
        self.changes = structure.changes
        self.introduced = findings.introduced
        self.resolved = findings.resolved
        self.changed = findings.changed
        self.load = load
        self.counts = counts
        self.leadLosses = structure.leadLosses
        self.unitStatus = structure.unitStatus
        self.removedUnits = structure.removedUnits
    }

    /// The model before the change.
    public var before: Model { matching.before }

    /// The model after the change.
    public var after: Model { matching.after }

    /// Whether the diff reports nothing at all: no change, no finding introduced or resolved, no load or count moved.
    public var isEmpty: Bool {
        changes.isEmpty && introduced.isEmpty && resolved.isEmpty && changed.isEmpty && load.isEmpty
            && counts.isEmpty
    }

    /// Whether AFTER introduces a finding at `severity` or above, or adds a subject to one (the exit code of
    /// `orgchart diff`).
    public func introduces(atLeast severity: Severity) -> Bool {
        introduced.contains { $0.severity >= severity && $0.severity != .off }
            || changed.contains { !$0.added.isEmpty && $0.after.severity >= severity && $0.after.severity != .off }
    }

    /// The diff as the object `diff --format json` prints:
    /// `{"changes": [...], "introduced": [...], "resolved": [...], "changed": [...], "load": [...], "counts": {...}}`;
    /// `changed` is there only when a finding's subjects change.
    public func json(_ lang: Language) -> JSON {
        var fields: [(String, JSON)] = [
            ("changes", .array(changes.map { $0.json(lang) })),
            ("introduced", .array(introduced.map { $0.json(lang) })),
            ("resolved", .array(resolved.map { $0.json(lang) })),
        ]
        if !changed.isEmpty { fields.append(("changed", .array(changed.map { $0.json(lang) }))) }
        fields.append(("load", .array(load.map(\.json))))
        fields.append(("counts", .object(counts.map { ($0.kind, $0.json) })))
        return .object(fields)
    }
}
