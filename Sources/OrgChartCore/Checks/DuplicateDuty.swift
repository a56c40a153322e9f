/// Two duties with the same name: the same work owned twice.
enum DuplicateDuty: CheckRule {
    static let id = "duplicate-duty"
    static let defaultSeverity = Severity.warning
    static let summary = Message(
        en: "two duties with the same name after normalising whitespace and punctuation: the same work owned twice",
        zh: "两项职责名称相同(忽略空白和标点):同一项工作被重复分配")
    static let description = Message(
        en: """
            Names are compared after removing whitespace and punctuation (full-width and half-width alike), so \
            “建立健全督查工作制度。” and “建立健全 督查工作制度” are the same duty. A later copy is reported with \
            the line of the first; the copies of one duty are one finding.
            """,
        zh: "比较名称时去掉空白和标点(全角、半角均去掉),因此“建立健全督查工作制度。”与“建立健全 督查工作制度”视为同一职责。后出现的副本会被报告,并指出首次出现的行;同一职责的多个副本合为一条。")
    static let triggeringExamples = [
        CheckExample(
            """
            duties:
              - {id: a, name: 建立健全督查工作制度。, lead: x}
              - {id: b, name: "建立健全 督查工作制度", lead: x}
            people: [{id: x, name: 赵国明}]
            """)
    ]
    static let nonTriggeringExamples = [
        CheckExample(
            """
            duties:
              - {id: a, name: 建立健全督查工作制度, lead: x}
              - {id: b, name: 制定督查工作计划, lead: x}
            people: [{id: x, name: 赵国明}]
            """)
    ]

    /// The name with whitespace and punctuation removed and ASCII letters lowercased.
    static func normalise(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for s in name.unicodeScalars {
            // Fast paths: CJK ideographs are kept as they are; ASCII letters and digits are lowercased.
            if (0x4E00...0x9FFF).contains(s.value) {
                out.append(s)
                continue
            }
            if s.value < 0x80 {
                let v = s.value
                if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) {
                    out.append(s)
                } else if (0x41...0x5A).contains(v) {
                    out.append(Unicode.Scalar(v + 0x20)!)
                }
                continue
            }
            let p = s.properties
            if p.isWhitespace { continue }
            switch p.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .control, .format:
                continue
            default:
                // Full-width ASCII forms (Ａ, １) fold to their half-width twins.
                if (0xFF01...0xFF5E).contains(s.value), let h = Unicode.Scalar(s.value - 0xFEE0) {
                    out.append(contentsOf: String(h).lowercased().unicodeScalars)
                } else {
                    out.append(contentsOf: String(s).lowercased().unicodeScalars)
                }
            }
        }
        return String(out)
    }

    static func run(_ ctx: CheckContext) -> [Finding] {
        // An open-addressing table of (hash of the normalised name, duty index), sized for every duty: no
        // allocation per duty. The normalised strings are built only to confirm a hash collision.
        let duties = ctx.model.duties
        var capacity = 16
        while capacity < duties.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var hashes = [UInt64](repeating: 0, count: capacity)
        var owners = [Int32](repeating: 0, count: capacity)
        var out: [Finding] = []
        for i in duties.indices {
            let h = normalisedHash(duties[i].name)
            if h == 0 { continue }
            var slot = Int(truncatingIfNeeded: h >> 7) & mask
            var match: Int?
            var key: String?
            while hashes[slot] != 0 {
                if hashes[slot] == h {
                    let other = Int(owners[slot])
                    if key == nil { key = normalise(duties[i].name) }
                    if normalise(duties[other].name) == key {
                        match = other
                        break
                    }
                }
                slot = (slot + 1) & mask
            }
            if let f = match {
                let d = duties[i]
                let o = duties[f]
                out.append(
                    ctx.finding(
                        self, subject: d.id, at: d.keyMarks["name"] ?? d.mark, cause: o.id,
                        en: "duty “\(d.name)” (`\(d.id)`) is the same work as `\(o.id)` at line \(o.mark.line)",
                        zh: "职责“\(d.name)”(`\(d.id)`)与第 \(o.mark.line) 行的 `\(o.id)` 是同一项工作"))
                continue
            }
            hashes[slot] = h
            owners[slot] = Int32(truncatingIfNeeded: i)
        }
        return out
    }

    static func group(_ members: [Finding], _ ctx: CheckContext) -> Message {
        let first = members[0].cause ?? ""
        let line = ctx.index.duty(first).map { ctx.model.duties[$0].mark.line } ?? 0
        let ids = members.map { "`\($0.subject ?? "")`" }.joined(separator: ", ")
        return Message(
            en:
                "duty “\(ctx.name(first))” (`\(first)`, line \(line)) is set \(members.count + 1) times: \(ids) are the same work",
            zh: "职责“\(ctx.name(first))”(`\(first)`,第 \(line) 行)重复出现 \(members.count + 1) 次:\(ids) 是同一项工作")
    }

    /// FNV-1a of the normalised name's scalars, without building it; 0 when the name normalises to nothing.
    static func normalisedHash(_ name: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var any = false
        func mix(_ v: UInt32) {
            any = true
            h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
        }
        for s in name.unicodeScalars {
            let v = s.value
            if (0x4E00...0x9FFF).contains(v) || (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) {
                mix(v)
            } else if (0x41...0x5A).contains(v) {
                mix(v + 0x20)
            } else if v >= 0x80 {
                for n in normalise(String(s)).unicodeScalars { mix(n.value) }
            }
        }
        return any ? h | 1 : 0
    }
}
