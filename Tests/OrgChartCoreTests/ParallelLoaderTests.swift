import Foundation
import OrgChartYAML
import Testing

@testable import OrgChartCore

/// Loading a large file in pieces on several cores gives exactly the model a single pass gives, or nothing (and
/// then the single pass runs): never a different model, never different marks.
@Suite("Parallel loading")
struct ParallelLoaderTests {
    /// The single pass.
    static func single(_ bytes: [UInt8]) throws -> Model {
        try ModelLoader.loadIndexed(bytes: bytes, file: "t.yaml", limits: .default, pieces: 1).model
    }

    static func lineStarts(_ b: [UInt8]) -> [Int] {
        b.indices.filter { $0 > 0 && b[$0 - 1] == 0x0A && $0 < b.count }
    }

    /// Loads `b` cut at `offsets`; nil when the loader refused the cuts.
    static func piecewise(_ b: [UInt8], _ offsets: [Int]) -> Model? {
        let cuts =
            [ParallelLoader.Cut(offset: 0, line: 1, section: "")] + offsets.map { ParallelLoader.Cut(at: $0, in: b) }
        return b.withUnsafeBufferPointer {
            ParallelLoader.load($0, cuts: cuts, file: "t.yaml", limits: .default)?.model
        }
    }

    /// A model written to trip a loader that cuts at the wrong place: items in both layouts and at several
    /// columns, lines inside block scalars, quoted scalars and flow collections that look like items, comments
    /// between items, a key after a list, tags, an anchor, a directive and the document markers.
    static let tricky = """
        %YAML 1.1
        ---
        # A model with every layout the cutter has to see through.
        format: orgchart/1
        organisation:
          name: "Tricky"
          as_of: 2021-02-25
          sources: {minutes: minutes.txt}
        kinds:
        - {id: squad, zh: 小组, en: squad}
        - id: cell
          zh: "单元
            - 不是条目"
          en: cell
        people:
        - id: p1
          name: 甲
          title: 主任
          note: |
            - looks like an item
            - and another
        - {id: p2, name: 乙}
        # a comment at column 1 between items
        - id: p3
          name: !!str 丙
          aliases:
          - 小丙
          - 丙哥
        - &someone {id: p4, name: 丁, source: "minutes#2"}
        units:
          - {id: hq, name: 指挥部, kind: headquarters,
             chief: p1}
          - {id: b1, name: "一局
              - 续", kind: bureau, parent: hq}
          - id: b2
            name: >
              folded
              - text
            kind: bureau
            parent: hq
            deputies: [p2,
              p3]
            members:
              - p4
              - b1
          - id: s1
            name: 小组一
            kind: squad
            parent: hq
            office: b1
            ignore:
              - {check: liaison-gap, reason: "not yet"}
        checks:
          unused-person: off
        duties:
            - {id: d1, name: 任务一, lead: b1, assist: [b2, p2], due: 2021-03-10, cadence: weekly}
            - id: d2
              name: 任务二
              lead:
                - p1
              assist: p3
              note: "a note with
                - a dash line"
            -   {id: d3, name: 任务三, lead: [b2]}
            - {id: d4, name: 任务四, lead: s1, report_to: hq}
        ...

        """

    @Test("every single cut of a tricky model either gives the single pass's model or is refused")
    func everyCut() throws {
        let b = Array(Self.tricky.utf8)
        let expected = ParallelLoader.fingerprint(try Self.single(b))
        var accepted = 0
        for l in Self.lineStarts(b) {
            guard let m = Self.piecewise(b, [l]) else { continue }
            accepted += 1
            #expect(ParallelLoader.fingerprint(m) == expected, "cut at line \(ParallelLoader.Cut(at: l, in: b).line)")
        }
        // Cuts before the 2nd, 3rd and 4th items of people, units and duties; none in `kinds` (not cut).
        #expect(accepted == 9, "\(accepted) cuts accepted")
    }

    @Test("every pair of cuts of a tricky model either gives the single pass's model or is refused")
    func everyPair() throws {
        let b = Array(Self.tricky.utf8)
        let expected = ParallelLoader.fingerprint(try Self.single(b))
        let starts = Self.lineStarts(b)
        var accepted = 0
        for (i, x) in starts.enumerated() {
            for y in starts[(i + 1)...] {
                guard let m = Self.piecewise(b, [x, y]) else { continue }
                accepted += 1
                #expect(ParallelLoader.fingerprint(m) == expected)
            }
        }
        #expect(accepted == 36)  // 9 choose 2
    }

    @Test("line endings libyaml counts but the cutter does not make it refuse the cut")
    func otherLineBreaks() throws {
        // CRLF everywhere: the same cuts work, with the same lines.
        let crlf = Array(Self.tricky.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let expected = ParallelLoader.fingerprint(try Self.single(crlf))
        var accepted = 0
        for l in Self.lineStarts(crlf) {
            guard let m = Self.piecewise(crlf, [l]) else { continue }
            accepted += 1
            #expect(ParallelLoader.fingerprint(m) == expected)
        }
        #expect(accepted == 9)
        // A NEL (U+0085) inside a quoted name is a line break to libyaml: every cut after it is refused.
        let nel = Array(Self.tricky.replacingOccurrences(of: "name: \"Tricky\"", with: "name: \"Tri\u{85}cky\"").utf8)
        _ = try Self.single(nel)
        for l in Self.lineStarts(nel) { #expect(Self.piecewise(nel, [l]) == nil) }
    }

    @Test("a cut that names the wrong section, or a key written twice across pieces, is refused")
    func wrongSection() throws {
        let b = Array(Self.tricky.utf8)
        let at = try #require(
            Self.lineStarts(b).first {
                Self.piecewise(b, [$0]) != nil && ParallelLoader.Cut(at: $0, in: b).section == "units"
            })
        var cut = ParallelLoader.Cut(at: at, in: b)
        cut.section = "duties"
        let refused = b.withUnsafeBufferPointer {
            ParallelLoader.load($0, cuts: [.init(offset: 0, line: 1, section: ""), cut], file: "t", limits: .default)
        }
        #expect(refused == nil)
        // `checks:` again after the cut: a single pass reports the duplicate key; the pieces refuse.
        let twice = Array((Self.tricky.replacingOccurrences(of: "...\n", with: "") + "checks: {}\n").utf8)
        for l in Self.lineStarts(twice) { #expect(Self.piecewise(twice, [l]) == nil) }
    }

    @Test(
        "a file the single pass refuses is refused at every cut",
        arguments: [
            // An item at column 1 after items at column 5: not an item of the same list.
            (
                "    - {id: d4, name: 任务四, lead: s1, report_to: hq}\n",
                "- {id: d4, name: 任务四, lead: s1, report_to: hq}\n"
            ),
            // The document ends, and items follow.
            ("    -   {id: d3,", "...\n    -   {id: d3,"),
            // A second `units:` after the duties.
            ("...\n", "units:\n  - {id: x9, name: 九, kind: bureau}\n"),
        ])
    func refusedEverywhere(_ edit: (String, String)) throws {
        let text = Self.tricky.replacingOccurrences(of: edit.0, with: edit.1)
        #expect(text != Self.tricky)
        let b = Array(text.utf8)
        #expect(throws: LoadFailure.self) { try Self.single(b) }
        for l in Self.lineStarts(b) {
            #expect(Self.piecewise(b, [l]) == nil, "cut at \(ParallelLoader.Cut(at: l, in: b).line)")
        }
    }

    @Test("the node limit counts every piece: pieces that each fit but together do not are refused")
    func nodeLimit() throws {
        let b = Array(Self.tricky.utf8)
        let reader = try YAMLEventReader(b)
        var e = try reader.start()
        while let event = e, event.kind != .documentEnd { e = try reader.next() }
        let limits = YAMLLimits(maxBytes: 1 << 20, maxDepth: 64, maxNodes: reader.count - 1)
        #expect(throws: LoadFailure.self) {
            try ModelLoader.loadIndexed(bytes: b, file: "t.yaml", limits: limits, pieces: 1)
        }
        for l in Self.lineStarts(b) {
            let cuts = [ParallelLoader.Cut(offset: 0, line: 1, section: ""), ParallelLoader.Cut(at: l, in: b)]
            let m = b.withUnsafeBufferPointer { ParallelLoader.load($0, cuts: cuts, file: "t.yaml", limits: limits) }
            #expect(m == nil)
        }
    }

    @Test("large generated models load in pieces, in both layouts, to the single pass's model")
    func generated() throws {
        let (model, _) = ModelGenerator(units: 8000, people: 1500, duties: 16_000, seed: 11).generate()
        // The writer's layout (one flow mapping per item, what `generate` and `import` write) and a block layout
        // with lists nested in items.
        let flow = Array(ModelWriter().yaml(model).utf8)
        for bytes in [flow, Array(Self.blockLayout(model).utf8)] {
            try #require(bytes.count >= ParallelLoader.minimumBytes)
            let expected = ParallelLoader.fingerprint(try Self.single(bytes))
            for pieces in [2, 3, 5, 8] {
                let cuts = bytes.withUnsafeBufferPointer { ParallelLoader.cuts($0, pieces: pieces) }
                #expect(cuts.count == pieces)
                let m = try #require(
                    bytes.withUnsafeBufferPointer {
                        ParallelLoader.load($0, cuts: cuts, file: "t.yaml", limits: .default)?.model
                    })
                #expect(ParallelLoader.fingerprint(m) == expected)
            }
            let viaLoader = try ModelLoader.loadIndexed(bytes: bytes, file: "t.yaml", limits: .default, pieces: 4)
            #expect(ParallelLoader.fingerprint(viaLoader.model) == expected)
        }
    }

    /// The model's people, units and duties written in block style, lists of references as nested lists.
    static func blockLayout(_ m: Model) -> String {
        var out = "format: orgchart/1\norganisation:\n  name: Block layout\npeople:\n"
        for p in m.people { out += "  - id: \(p.id)\n    name: \(p.name)\n" }
        out += "units:\n"
        for u in m.units {
            out += "  - id: \(u.id)\n    name: \"\(u.name)\"\n    kind: \(u.kind)\n"
            if let p = u.parent { out += "    parent: \(p.id)\n" }
            if let c = u.chief { out += "    chief: \(c.id)\n" }
            if !u.deputies.isEmpty { out += "    deputies:\n" + u.deputies.map { "      - \($0.id)\n" }.joined() }
        }
        out += "duties:\n"
        for d in m.duties {
            out += "  - id: \(d.id)\n    name: \(d.name)\n"
            if !d.lead.isEmpty { out += "    lead:\n" + d.lead.map { "      - \($0.id)\n" }.joined() }
            if !d.assist.isEmpty { out += "    assist:\n" + d.assist.map { "    - \($0.id)\n" }.joined() }
        }
        return out
    }

    @Test("mutated models: the pieces give the single pass's model, or nothing when the single pass would refuse")
    func mutations() throws {
        let (model, _) = ModelGenerator(units: 60, people: 15, duties: 120, seed: 23).generate()
        let bases = [
            Array(ModelWriter().yaml(model).utf8), Array(Self.blockLayout(model).utf8), Array(Self.tricky.utf8),
        ]
        var rng = SplitMix64(seed: 0x5EED)
        var joined = 0
        var refusedBySingle = 0
        for (k, base) in bases.enumerated() {
            for i in 0..<400 {
                // Byte-level damage (mostly refused) or line-level edits (often still a valid model).
                var b = i % 2 == 0 ? Mutator.mutate(base, &rng) : Self.editLines(base, &rng)
                if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
                let single = try? Self.single(b)
                if single == nil { refusedBySingle += 1 }
                let pieces = 2 + Int(rng.next() % 3)
                let m = b.withUnsafeBufferPointer {
                    ParallelLoader.load(
                        $0, cuts: ParallelLoader.cuts($0, pieces: pieces), file: "t.yaml", limits: .default)?
                        .model
                }
                guard let m else { continue }
                joined += 1
                #expect(single != nil, "base \(k) mutant \(i): the pieces loaded what the single pass refuses")
                if let single {
                    #expect(
                        ParallelLoader.fingerprint(m) == ParallelLoader.fingerprint(single), "base \(k) mutant \(i)")
                }
            }
        }
        // Both outcomes happen often enough for the comparison to mean something.
        #expect(joined > 150, "\(joined) mutants joined")
        #expect(refusedBySingle > 150, "\(refusedBySingle) mutants refused")
    }

    /// One to three line edits: a line removed, a blank or comment line added, a line indented by two more or
    /// fewer spaces, or two neighbouring lines swapped.
    static func editLines(_ base: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var lines = base.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        for _ in 0..<(1 + Int(rng.next() % 3)) where lines.count > 2 {
            let at = Int(rng.next() % UInt64(lines.count - 1))
            switch rng.next() % 5 {
            case 0: lines.remove(at: at)
            case 1: lines.insert(rng.next() % 2 == 0 ? [] : Array("# - a comment".utf8), at: at)
            case 2: lines[at].insert(contentsOf: [0x20, 0x20], at: 0)
            case 3: if lines[at].starts(with: [0x20, 0x20]) { lines[at].removeFirst(2) }
            default: lines.swapAt(at, at + 1)
            }
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    @Test("errors in a large file are those of the single pass, wherever they are")
    func errorsAsSinglePass() throws {
        let (model, _) = ModelGenerator(units: 6000, people: 1000, duties: 12_000, seed: 3).generate()
        let text = ModelWriter().yaml(model)
        let broken = [
            text.replacingOccurrences(of: "{id: d11000,", with: "{id: d11000, colour: red,"),
            text.replacingOccurrences(of: "{id: p10,", with: "{id: d5,"),
            text.replacingOccurrences(of: "  - {id: t3000,", with: "  oops\n  - {id: t3000,"),
            text + "people: []\n",
            text.replacingOccurrences(of: "format: orgchart/1\n", with: ""),
        ]
        for t in broken {
            #expect(t != text)
            let bytes = Array(t.utf8)
            func errors(_ pieces: Int) -> [String] {
                do {
                    _ = try ModelLoader.loadIndexed(bytes: bytes, file: "t.yaml", limits: .default, pieces: pieces)
                    return []
                } catch {
                    return error.errors.map { "\($0.mark.map(\.description) ?? "") \($0.check) \($0.message.en)" }
                }
            }
            let expected = errors(1)
            #expect(!expected.isEmpty)
            #expect(errors(4) == expected)
        }
    }
}

@Suite("Decoder key tables")
struct DecoderKeyTableTests {
    /// Each entity's fields are told apart by their position in its key list: the list and the enumeration must
    /// agree, name by name.
    @Test func keyListsMatchTheirEnumerations() {
        func names<K: CaseIterable & RawRepresentable>(_: K.Type) -> [String] where K.RawValue == Int {
            K.allCases.map { "\($0)" }
        }
        func snake(_ s: String) -> String {
            s.unicodeScalars.map { $0.properties.isUppercase ? "_" + String($0).lowercased() : String($0) }.joined()
        }
        #expect(names(ModelDecoder.PersonKey.self).map(snake) == ModelDecoder.personKeys)
        #expect(names(ModelDecoder.UnitKey.self).map(snake) == ModelDecoder.unitKeys)
        #expect(names(ModelDecoder.DutyKey.self).map(snake) == ModelDecoder.dutyKeys)
        #expect(names(ModelDecoder.PostKey.self).map(snake) == ModelDecoder.postKeys)
        #expect(
            ModelDecoder.dutyKeyCodes.allSatisfy {
                KeyMarks.names[Int($0)] == ModelDecoder.dutyKeys[ModelDecoder.dutyKeyCodes.firstIndex(of: $0)!]
            })
    }
}
