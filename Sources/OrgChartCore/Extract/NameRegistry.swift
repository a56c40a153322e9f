/// Resolves the names minutes use to the ids of a model, and proposes ids for the rest.
///
/// A person resolves by name (the title may differ: 黄杰副书记 is the model's 黄杰, 区委副书记). A unit resolves by
/// name or declared alias, then by its short form: the same name without a place prefix (区发展改革局 =
/// 东川区发展改革局), or an abbreviation whose characters appear in order in exactly one unit's name (区人社局 →
/// 区人力资源和社会保障局). Without a model, people get `person-1`, `person-2`, …; units get an id from the built-in
/// table of bureau words (区发展改革局 → `development-reform-bureau`), else `unit-1`, ….
struct NameRegistry {
    let model: Model?
    /// Model names and aliases in normalised form, longest first, for matching in the text.
    private(set) var known: [(chars: [Character], party: Party)] = []
    /// The next suffix `reserve` tries for a base.
    private var nextSuffix: [String: Int] = [:]
    private var byKey: [String: Int] = [:]
    private(set) var parties: [Party] = []
    private(set) var unresolved: [UnresolvedName] = []
    private(set) var firstMention: [String: MinutesLocation] = [:]
    private var usedIDs: Set<String> = []
    private var personCounter = 0
    private var unitCounter = 0

    init(model: Model?) {
        self.model = model
        guard let model else { return }
        for p in model.people {
            usedIDs.insert(p.id)
            let party = Party(name: p.name, title: p.title, sort: .person, id: p.id, resolved: true)
            for n in [p.name] + p.aliases where !n.isEmpty { known.append((Array(MinutesText.normalise(n)), party)) }
        }
        for u in model.units {
            usedIDs.insert(u.id)
            let party = Party(
                name: u.name, sort: .unit, kind: u.kind, id: u.id, resolved: true,
                collective: model.kind(u.kind)?.isCollective == true)
            for n in [u.name] + u.aliases where !n.isEmpty { known.append((Array(MinutesText.normalise(n)), party)) }
        }
        for d in model.duties { usedIDs.insert(d.id) }
        known.sort { $0.chars.count > $1.chars.count }
    }

    /// Ids already taken (by the model or by proposals).
    func isUsed(_ id: String) -> Bool { usedIDs.contains(id) }

    /// Reserves an id, adding `b`, `c`, … (for duties) or `-2`, `-3`, … until it is free.
    mutating func reserve(_ base: String, letters: Bool = false) -> String {
        var id = base
        // Where the last search for this base stopped: minutes with thousands of items under the same numbers
        // reserve in linear, not quadratic, time.
        var n = nextSuffix[base, default: 2]
        if n > 2 { id = letters && n <= 26 ? base + String(Character(Unicode.Scalar(UInt8(96 + n)))) : "\(base)-\(n)" }
        defer { nextSuffix[base] = n }
        while usedIDs.contains(id) {
            if letters && n <= 26 {
                id = base + String(Character(Unicode.Scalar(UInt8(96 + n))))
            } else {
                id = "\(base)-\(n)"
            }
            n += 1
        }
        usedIDs.insert(id)
        return id
    }

    /// The party with its id, registering it on first mention.
    mutating func register(_ mention: Party, at location: MinutesLocation) -> Party {
        let key = "\(mention.sort.rawValue):\(mention.key)"
        if let i = byKey[key] {
            if parties[i].title == nil, let t = mention.title { parties[i].title = t }
            return withWritten(parties[i], mention)
        }
        var party = mention
        if let hit = resolve(mention) {
            party.id = hit.id
            party.resolved = true
            party.kind = hit.kind ?? party.kind
            party.collective = hit.collective || (party.collective && hit.kind == nil)
            if hit.kind != nil { party.collective = hit.collective }
        } else {
            party.id = propose(mention)
            party.resolved = false
            if model != nil {
                unresolved.append(
                    UnresolvedName(name: mention.name, sort: mention.sort, proposedID: party.id, location: location))
            }
        }
        if firstMention[party.id] == nil { firstMention[party.id] = location }
        byKey[key] = parties.count
        parties.append(party)
        return withWritten(party, mention)
    }

    /// Keeps the registered id and kind but the name and title as this mention writes them.
    private func withWritten(_ registered: Party, _ mention: Party) -> Party {
        var p = registered
        p.name = mention.name
        p.title = mention.title ?? registered.title
        return p
    }

    private func resolve(_ mention: Party) -> Party? {
        guard model != nil else { return nil }
        let key = mention.key
        let sameSort = known.filter { $0.party.sort == mention.sort }
        if let hit = sameSort.first(where: { String($0.chars) == key }) { return hit.party }
        guard mention.sort == .unit else { return nil }
        let bare = NameRegistry.stripPlace(key)
        let byBare = sameSort.filter { NameRegistry.stripPlace(String($0.chars)) == bare }
        if let first = byBare.first, byBare.allSatisfy({ $0.party.id == first.party.id }) { return first.party }
        // An abbreviation: its characters in order in exactly one unit's name, first and last characters kept.
        let short = Array(bare)
        guard short.count >= 2 else { return nil }
        var hits: [Party] = []
        for k in sameSort where !k.party.collective {
            let long = Array(NameRegistry.stripPlace(String(k.chars)))
            guard long.count > short.count, long.first == short.first else { continue }
            if NameRegistry.isSubsequence(short, of: long), !hits.contains(where: { $0.id == k.party.id }) {
                hits.append(k.party)
            }
        }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The name without a place prefix (东川区, 区, 县, 市) and with 人民政府 shortened to 政府, for comparing short forms.
    static func stripPlace(_ s: String) -> String {
        var chars = Array(s.replacingAll("人民政府", with: "政府"))
        // Not a place prefix: 市场…, 区委…, 区直…, 区级….
        let keep: Set<Character> = ["场", "委", "直", "级"]
        if let i = chars.prefix(5).firstIndex(where: { $0 == "区" || $0 == "县" || $0 == "市" }), i + 2 < chars.count,
            !keep.contains(chars[i + 1])
        {
            chars.removeFirst(i + 1)
        }
        return String(chars)
    }

    static func isSubsequence(_ short: [Character], of long: [Character]) -> Bool {
        var i = 0
        for c in long where i < short.count && c == short[i] { i += 1 }
        return i == short.count
    }

    private mutating func propose(_ mention: Party) -> String {
        switch mention.sort {
        case .person:
            personCounter += 1
            return reserve("person-\(personCounter)")
        case .unit:
            if let id = NameRegistry.idFromWords(mention.key) { return reserve(id) }
            unitCounter += 1
            return reserve("unit-\(unitCounter)")
        }
    }

    /// An English id from the built-in table of bureau words, or nil when a part of the name is not in it.
    static func idFromWords(_ name: String) -> String? {
        if let id = MinutesLexicon.wholeNameIDs[name] { return id }
        return idFromWords(Array(name)) ?? idFromWords(Array(stripPlace(name)))
    }

    static func idFromWords(_ name: [Character]) -> String? {
        var chars = name
        for p in MinutesLexicon.placePrefixes where chars.starts(with: Array(p)) && chars.count > p.count + 1 {
            chars.removeFirst(p.count)
            break
        }
        var parts: [String] = []
        var i = 0
        let fillers = ["实施", "战略", "工作", "和", "与", "及", "的"].map { Array($0) }
        while i < chars.count {
            let rest = chars[i...]
            if let f = fillers.first(where: { rest.starts(with: $0) }) {
                i += f.count
                continue
            }
            if let (w, en) = MinutesLexicon.idWords.first(where: { rest.starts(with: Array($0.0)) }) {
                parts.append(en)
                i += w.count
                continue
            }
            if let (w, en) = MinutesLexicon.idSuffixes.first(where: { Array(rest) == Array($0.0) }) {
                parts.append(en)
                i += w.count
                continue
            }
            return nil
        }
        if parts.isEmpty { return nil }
        var out: [String] = []
        for p in parts where out.last != p { out.append(p) }
        return out.joined(separator: "-")
    }
}
