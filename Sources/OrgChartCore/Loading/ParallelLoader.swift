import OrgChartYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads a large model on several cores by cutting its text into pieces between two items of a top-level list
/// (`people`, `units` or `duties`) and decoding the pieces at once; each later piece is read as if its section's
/// key (`units:`) came before it, with the line numbers of the whole file.
///
/// A cut is only a guess at a line that begins an item; the pieces prove it right or the loader gives up: every
/// piece must decode without any error, each piece but the last must end inside the list the next one continues
/// (that list still open where the piece ends, on the cut line, at the same column as the next piece's first
/// item), libyaml's line count must agree with the loader's, and no top-level key may appear in two pieces. Then
/// the model is the one a single pass builds. Otherwise (any error, an odd layout) the caller loads the file in one
/// piece, which reports every error where it is: the parallel path never decides what a file means.
enum ParallelLoader {
    /// Below this size a single pass is quick enough.
    static let minimumBytes = 1 << 20
    /// Top-level keys whose lists may be cut.
    static let cuttable: Set<String> = ["people", "units", "duties"]

    /// Where a piece starts: its byte offset, its line (from 1) and the section it continues.
    struct Cut {
        var offset: Int
        var line: Int
        var section: String

        init(offset: Int, line: Int, section: String) {
            self.offset = offset
            self.line = line
            self.section = section
        }

        /// A cut at the line start `offset`, worked out from the text before it, plainly and independently of the
        /// cutter's one-pass search (the tests and the `pieces` fuzzer cut anywhere with it): its line, and the key
        /// of the last line above it that starts at column 1 with something other than a space, a dash, a comment
        /// or a line break.
        init(at offset: Int, in b: [UInt8]) {
            var line = 1
            var section = ""
            var start = 0
            while start < offset {
                let end = b[start..<offset].firstIndex(of: 0x0A) ?? offset
                if ![0x20, 0x2D, 0x23, 0x0A, 0x0D].contains(b[start]) {
                    section = String(decoding: b[start..<(b[start..<end].firstIndex(of: 0x3A) ?? end)], as: UTF8.self)
                }
                if end < offset { line += 1 }
                start = end + 1
            }
            self.init(offset: offset, line: line, section: section)
        }
    }

    /// What decoding one piece gave.
    struct Piece: Sendable {
        var model: Model
        /// The top-level keys in order (their marks are in `model.marks`).
        var topKeys: [String]
        var firstList: ModelDecoder.ListSpan?
        var lastList: ModelDecoder.ListSpan?
        var end: SourceMark?
        var events: Int
    }

    /// The bytes the pieces read, shared by the threads (read-only while they run).
    struct SharedBytes: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// The model and its index, or nil when the text was not split, a piece has a problem (its encoding
    /// included) or did not prove its cut: the caller then loads it in one piece. `body` has no byte-order mark.
    static func load(_ body: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits, pieces: Int)
        -> (model: Model, index: ModelIndex, pieces: Int)?
    {
        load(body, cuts: cuts(body, pieces: pieces), file: file, limits: limits)
    }

    /// The same with the cuts given (the first at offset 0).
    static func load(_ body: UnsafeBufferPointer<UInt8>, cuts: [Cut], file: String, limits: YAMLLimits)
        -> (model: Model, index: ModelIndex, pieces: Int)?
    {
        guard cuts.count > 1, cuts.dropFirst().allSatisfy({ cuttable.contains($0.section) }) else { return nil }
        let shared = SharedBytes(buffer: body)
        let decoded = Parallel.map(cuts.count) { i -> Piece? in
            let start = cuts[i].offset
            let end = i + 1 < cuts.count ? cuts[i + 1].offset : shared.buffer.count
            let piece = UnsafeBufferPointer(rebasing: shared.buffer[start..<end])
            let header = i == 0 ? [] : Array((cuts[i].section + ":\n").utf8)
            return header.withUnsafeBufferPointer { header in
                decodePiece(piece, header: header, line: cuts[i].line, file: file, limits: limits)
            }
        }
        guard let model = merge(decoded, cuts: cuts, limits: limits) else { return nil }
        let (index, errors) = ModelDecoder.wholeModelErrors(model)
        return errors.isEmpty ? (model, index, cuts.count) : nil
    }

    static func decodePiece(
        _ piece: UnsafeBufferPointer<UInt8>, header: UnsafeBufferPointer<UInt8>, line: Int, file: String,
        limits: YAMLLimits
    ) -> Piece? {
        do {
            // Each piece checks its own bytes (a cut is at a line start, never inside a character).
            try YAMLParser.checkUTF8(piece)
            let reader = try YAMLEventReader(piece: piece, header: header, line: line, limits: limits)
            var decoder = ModelDecoder(file: file, reader: reader)
            decoder.isPiece = true
            let model = try decoder.decode()
            guard decoder.errors.isEmpty else { return nil }
            return Piece(
                model: model, topKeys: decoder.topKeys,
                firstList: decoder.firstList, lastList: decoder.lastList, end: reader.end, events: reader.count)
        } catch {
            return nil
        }
    }

    /// Checks that the pieces join where they were cut, then puts them together in file order.
    static func merge(_ pieces: consuming [Piece?], cuts: [Cut], limits: YAMLLimits) -> Model? {
        var events = 0
        for (i, piece) in pieces.enumerated() {
            guard let p = piece else { return nil }
            events += p.events
            if i + 1 < cuts.count {
                // Ends inside the list the next piece continues, still open at the cut.
                let next = cuts[i + 1]
                let atCut = SourceMark(line: next.line, column: 1)
                guard let last = p.lastList, p.topKeys.last == last.key, last.key == next.section, last.end == atCut,
                    p.end == atCut
                else { return nil }
            }
            if i > 0 {
                // Starts with that list's next item, at the column of its earlier items.
                guard let first = p.firstList, let before = pieces[i - 1]?.lastList, p.topKeys.first == first.key,
                    first.key == cuts[i].section, first.start.line == cuts[i].line,
                    first.start.column == before.start.column
                else { return nil }
            }
        }
        guard events <= limits.maxNodes else { return nil }
        var all = pieces.map { $0! }
        pieces = []
        // The first piece's model is taken over (left uniquely referenced, so that growing its lists moves their
        // elements instead of copying them); the others' lists are appended to it.
        var m = all[0].model
        all[0].model = Model(file: m.file)
        m.people.reserveCapacity(all.reduce(0) { $0 + $1.model.people.count } + m.people.count)
        m.units.reserveCapacity(all.reduce(0) { $0 + $1.model.units.count } + m.units.count)
        m.duties.reserveCapacity(all.reduce(0) { $0 + $1.model.duties.count } + m.duties.count)
        var seen = Set(all[0].topKeys)
        for p in all.dropFirst() {
            for (k, key) in p.topKeys.enumerated() {
                // A piece's first key is the section it continues; any other key must be new.
                if k > 0 {
                    guard seen.insert(key).inserted else { return nil }
                    m.marks[key] = p.model.marks[key]
                }
                switch key {
                case "format": m.format = p.model.format
                case "organisation": m.organisation = p.model.organisation
                case "expect": m.expect = p.model.expect
                case "kinds": m.customKinds = p.model.customKinds
                case "checks": m.checkSettings = p.model.checkSettings
                case "people": m.people.append(contentsOf: p.model.people)
                case "units": m.units.append(contentsOf: p.model.units)
                case "duties": m.duties.append(contentsOf: p.model.duties)
                case "posts": m.posts = p.model.posts
                default: return nil
                }
            }
        }
        // What a single pass requires at the end.
        guard m.marks["format"] != nil, m.marks["organisation"] != nil else { return nil }
        return m
    }

    /// Up to `pieces` cuts (the first at offset 0): each at the first line, after an even share of the text, that
    /// looks like an item of a top-level list — `- ` after nothing but spaces, the least indented within a window (up to
    /// 64 KiB),
    /// after a line that starts with a space or a dash — together with its line number and the key of the last
    /// line above it that starts at column 1 (its section).
    static func cuts(_ b: UnsafeBufferPointer<UInt8>, pieces: Int) -> [Cut] {
        var cuts = [Cut(offset: 0, line: 1, section: "")]
        guard pieces > 1 else { return cuts }
        let n = b.count
        var next = 1
        var target = n / pieces
        var line = 1
        var i = 0
        var section = ""
        var previousStart: UInt8 = 0x0A
        var best: (offset: Int, line: Int, column: Int, section: String)?
        var windowEnd = Int.max
        // How far past a first candidate to look for a less indented one.
        let window = min(65536, max(4096, n / (4 * pieces)))
        while i < n {
            let first = b[i]
            // A line at column 1 that is not a comment, a list item or blank: a top-level key (its text up to `:`).
            if first != 0x20 && first != 0x2D && first != 0x23 && first != 0x0A && first != 0x0D {
                var j = i
                while j < n, b[j] != 0x3A, b[j] != 0x0A { j += 1 }
                section = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
            }
            if i >= target {
                if windowEnd == .max { windowEnd = i + window }
                var c = i
                while c < n, b[c] == 0x20 { c += 1 }
                if c + 1 < n, b[c] == 0x2D, b[c + 1] == 0x20 || b[c + 1] == 0x0A,
                    previousStart == 0x20 || previousStart == 0x2D, cuttable.contains(section),
                    best == nil || c - i < best!.column
                {
                    best = (i, line, c - i, section)
                }
                if i >= windowEnd || (best != nil && best!.column == 0) {
                    if let cut = best {
                        cuts.append(Cut(offset: cut.offset, line: cut.line, section: cut.section))
                    }
                    next += 1
                    if next == pieces { break }
                    target = max(n * next / pieces, i + 1)
                    best = nil
                    windowEnd = .max
                }
            }
            previousStart = first
            // The next line.
            guard let newline = memchr(b.baseAddress! + i, 0x0A, n - i) else { break }
            i = b.baseAddress!.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            line += 1
        }
        // A candidate still open when the text ends.
        if let cut = best, next < pieces { cuts.append(Cut(offset: cut.offset, line: cut.line, section: cut.section)) }
        return cuts
    }

    /// Everything loading produced, marks included, as text: what tests and the fuzzer compare between the single
    /// pass and the pieces.
    static func fingerprint(_ m: Model) -> String {
        func refs(_ rs: [Ref]) -> String { rs.map { "\($0.id)@\($0.mark)" }.joined(separator: ",") }
        func ignores(_ s: [Suppression]) -> String { s.map { "\($0.check)/\($0.reason ?? "")@\($0.mark)" }.joined() }
        var out = ModelWriter().yaml(m)
        out += m.marks.sorted { $0.key < $1.key }.map { "\($0.key)@\($0.value)" }.joined(separator: " ") + "\n"
        out += m.expect.count.map { "\($0.kind)=\($0.count)@\($0.mark)" }.joined(separator: " ") + "\n"
        out += m.checkSettings.sorted { $0.key < $1.key }.map { "\($0.key)@\($0.value.mark)" }.joined() + "\n"
        out += m.customKinds.map { "\($0.id)/\($0.zh)/\($0.en)/\($0.needsChief)/\($0.needsOffice)" }.joined() + "\n"
        for p in m.people {
            out += "P \(p.id)@\(p.mark) \(p.keyMarks.packed) \(p.note ?? "-") \(ignores(p.ignore))\n"
        }
        for u in m.units {
            let single = [u.parent, u.chief, u.office].map { $0.map { "\($0.id)@\($0.mark)" } ?? "-" }
            out += "U \(u.id)@\(u.mark) \(u.keyMarks.packed) \(single) \(refs(u.deputies)) \(refs(u.members)) "
            out += "\(refs(u.liaises)) \(refs(u.replaces)) \(u.aliases) \(u.note ?? "-") \(ignores(u.ignore))\n"
        }
        for d in m.duties {
            out += "D \(d.id)@\(d.mark) \(d.keyMarks.packed) \(refs(d.lead)) \(refs(d.assist)) "
            out += "\(d.reportTo.map { "\($0.id)@\($0.mark)" } ?? "-") \(d.note ?? "-") \(ignores(d.ignore))\n"
        }
        return out
    }

}
