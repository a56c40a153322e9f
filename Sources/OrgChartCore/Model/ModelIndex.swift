/// What an id names.
public enum Entity: Sendable, Hashable {
    case person(Int)
    case unit(Int)
    case duty(Int)
    case post(Int)
}

/// Lookups over a model built once in linear time: entities by id, children by parent, roles by person.
public struct ModelIndex: Sendable {
    /// The first definition of each id.
    public let byID: IDTable
    /// Units by their parent's id, in file order.
    public let children: [String: [Int]]
    /// Units that have no parent, in file order.
    public let roots: [Int]

    /// Builds the index; `children` is left empty unless asked for (checks do not need it).
    public init(_ model: Model, children withChildren: Bool = true) {
        var ignored: [(first: Entity, again: Entity)] = []
        self.init(model, children: withChildren, duplicates: &ignored)
    }

    /// Builds the index and lists every id defined twice (the first definition wins).
    public init(_ model: Model, children withChildren: Bool = true, duplicates: inout [(first: Entity, again: Entity)])
    {
        var byID = IDTable(
            capacity: model.people.count + model.units.count + model.duties.count + model.posts.count)
        func add(_ id: String, _ e: Entity) {
            if let first = byID.insertIfAbsent(id, e) { duplicates.append((first, e)) }
        }
        for i in model.people.indices { add(model.people[i].id, .person(i)) }
        for i in model.units.indices { add(model.units[i].id, .unit(i)) }
        for i in model.duties.indices { add(model.duties[i].id, .duty(i)) }
        for i in model.posts.indices { add(model.posts[i].id, .post(i)) }
        var children: [String: [Int]] = [:]
        var roots: [Int] = []
        for i in model.units.indices {
            if let p = model.units[i].parent {
                if withChildren { children[p.id, default: []].append(i) }
            } else {
                roots.append(i)
            }
        }
        self.byID = byID
        self.children = children
        self.roots = roots
    }

    /// The index of the unit with this id.
    public func unit(_ id: String) -> Int? {
        if case .unit(let i) = byID[id] { return i }
        return nil
    }

    /// The index of the person with this id.
    public func person(_ id: String) -> Int? {
        if case .person(let i) = byID[id] { return i }
        return nil
    }

    /// The index of the duty with this id.
    public func duty(_ id: String) -> Int? {
        if case .duty(let i) = byID[id] { return i }
        return nil
    }

    /// The index of the post with this id.
    public func post(_ id: String) -> Int? {
        if case .post(let i) = byID[id] { return i }
        return nil
    }

    /// The person a reference means: the person it names, or the holder of the post it names (nil when neither).
    public func person(through id: String, in model: Model) -> Int? {
        switch byID[id] {
        case .person(let i): return i
        case .post(let i): return model.posts[i].holder.flatMap { person($0.id) }
        default: return nil
        }
    }
}

extension Model {
    /// The display name of whatever an id names (person with title, unit or duty name), or the id itself.
    public func name(of id: String, index: ModelIndex) -> String {
        switch index.byID[id] {
        case .person(let i): return people[i].name
        case .unit(let i): return units[i].name
        case .duty(let i): return duties[i].name
        case .post(let i): return postDisplayName(i, index: index)
        case nil: return id
        }
    }

    /// A post's label: its unit's name and its title (县农业农村局局长), or the title alone.
    public func postLabel(_ i: Int, index: ModelIndex) -> String {
        let p = posts[i]
        guard let u = p.unit else { return p.title }
        let unitName = index.unit(u.id).map { units[$0].name } ?? u.id
        return unitName + p.title
    }

    /// A post's label with its holder's name when known: 市规划资源局局长 徐毅松.
    public func postDisplayName(_ i: Int, index: ModelIndex) -> String {
        let label = postLabel(i, index: index)
        guard let h = posts[i].holder, let p = index.person(h.id) else { return label }
        return "\(label) \(people[p].name)"
    }
}
