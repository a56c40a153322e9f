import Foundation
import OrgChartCore

/// Fixtures and comparison helpers shared by the extraction tests.
enum ExtractFixtures {
    static let folder: String = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        return here.appendingPathComponent("Fixtures/minutes").path
    }()

    static func path(_ name: String) -> String { folder + "/" + name }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// The minutes fixtures with an expected-answer file each.
    static let minutes = [
        "seed-dongchuan-2021-02-25.txt", "invented-1-spring.txt", "invented-2-crlf-halfwidth.txt",
        "invented-3-gb18030.txt", "invented-4-heldout.txt", "invented-5-separately.txt",
    ]

    static func extract(_ name: String, model: Model? = nil) throws -> Extraction {
        try MinutesExtractor.extract(bytes: bytes(name), file: name, options: ExtractOptions(model: model))
    }

    static func model() throws -> Model {
        try ModelLoader.load(path: path("dongchuan-model.yaml"))
    }
}

/// One assignment in the comparable form of the expected-answer files.
struct ExpectedAssignment: Hashable, CustomStringConvertible {
    var source: String
    var lead: [String]
    var assist: [String]
    var task: String
    var due: String?
    var cadence: String?
    var reportTo: String?

    init(_ a: Assignment) {
        source = a.location.path
        lead = a.lead.map(\.name)
        assist = a.assist.map(\.name)
        task = a.task
        due = a.due?.description
        cadence = a.cadence?.rawValue
        reportTo = a.reportTo?.name
    }

    init(json: [String: Any]) {
        source = json["source"] as? String ?? ""
        lead = json["lead"] as? [String] ?? []
        assist = json["assist"] as? [String] ?? []
        task = json["task"] as? String ?? ""
        due = json["due"] as? String
        cadence = json["cadence"] as? String
        reportTo = json["report_to"] as? String
    }

    var description: String {
        "\(source) lead=\(lead) assist=\(assist) due=\(due ?? "-") cadence=\(cadence ?? "-") "
            + "report_to=\(reportTo ?? "-") task=\(task)"
    }
}

/// A structure fact or finding reduced to the fields the expected files give.
struct ExpectedFact: Hashable, CustomStringConvertible {
    var fields: [String: String]

    init(_ f: StructureFact) {
        var d: [String: String] = ["kind": f.kind.rawValue, "source": f.location.path]
        if let u = f.unit { d["unit"] = u.name }
        if let p = f.person { d["person"] = p.name }
        if let o = f.other { d[f.kind == .office ? "host" : "parent"] = o.name }
        if let r = f.role { d["role"] = r }
        if let k = f.unitKind { d["unit_kind"] = k }
        if let n = f.from { d["from"] = String(n) }
        if let n = f.count { d["count"] = String(n) }
        if let p = f.phrase { d["phrase"] = p }
        if let p = f.otherPhrase { d["with"] = p }
        fields = d
    }

    init(finding: Finding, in e: Extraction) {
        let source = e.assignments.first { $0.dutyID == finding.subject }?.location.path ?? "?"
        fields = ["check": finding.check, "source": source]
    }

    init(json: [String: Any]) {
        var d: [String: String] = [:]
        for (k, v) in json {
            if let s = v as? String { d[k] = s } else if let n = v as? Int { d[k] = String(n) }
        }
        fields = d
    }

    var description: String { fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
}

/// Precision and recall of a list of found items against a list of expected ones (multisets).
struct Score: CustomStringConvertible {
    var expected = 0
    var found = 0
    var matched = 0
    var missed: [String] = []
    var extra: [String] = []

    init() {}

    init<T: Hashable & CustomStringConvertible>(expected: [T], found: [T]) {
        self.expected = expected.count
        self.found = found.count
        var pool = found
        for e in expected {
            if let i = pool.firstIndex(of: e) {
                pool.remove(at: i)
                matched += 1
            } else {
                missed.append(e.description)
            }
        }
        extra = pool.map(\.description)
    }

    static func + (a: Score, b: Score) -> Score {
        var s = Score()
        s.expected = a.expected + b.expected
        s.found = a.found + b.found
        s.matched = a.matched + b.matched
        s.missed = a.missed + b.missed
        s.extra = a.extra + b.extra
        return s
    }

    var precision: Double { found == 0 ? 1 : Double(matched) / Double(found) }
    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }

    var description: String {
        let p = (precision * 1000).rounded() / 1000
        let r = (recall * 1000).rounded() / 1000
        return "precision \(p) (\(matched)/\(found)), recall \(r) (\(matched)/\(expected))"
    }
}

/// The expected answers of one minutes fixture.
struct ExpectedAnswers {
    var meetingDate: String?
    var assignments: [ExpectedAssignment]
    var structure: [ExpectedFact]
    var findings: [ExpectedFact]

    init(_ minutes: String) throws {
        let name = minutes.replacingOccurrences(of: ".txt", with: ".expected.json")
        let data = try Data(contentsOf: URL(fileURLWithPath: ExtractFixtures.path(name)))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        meetingDate = root["meeting_date"] as? String
        assignments = (root["assignments"] as? [[String: Any]] ?? []).map(ExpectedAssignment.init(json:))
        structure = (root["structure"] as? [[String: Any]] ?? []).map(ExpectedFact.init(json:))
        findings = (root["findings"] as? [[String: Any]] ?? []).map(ExpectedFact.init(json:))
    }
}
