/// The unit kinds every model can use without declaring them.
public enum BuiltInKinds {
    /// Built-in kinds in the order charts and counts list them.
    public static let all: [KindDefinition] = [
        KindDefinition(
            id: "headquarters", zh: "指挥部", en: "headquarters", needsChief: true, needsOffice: true, head: "指挥长",
            deputy: "副指挥长", headEn: "Commander"),
        KindDefinition(
            id: "subcommand", zh: "分指挥部", en: "sub-command post", needsChief: true, needsOffice: true,
            head: "分指挥长", deputy: "副分指挥长", headEn: "Chief"),
        KindDefinition(
            id: "workgroup", zh: "工作组", en: "work group", needsChief: true, head: "组长", deputy: "副组长",
            headEn: "Leader"),
        KindDefinition(id: "bureau", zh: "部门", en: "bureau"),
        KindDefinition(id: "township", zh: "乡镇(街道)", en: "township"),
        KindDefinition(id: "committee", zh: "委员会", en: "committee"),
        KindDefinition(id: "government", zh: "人民政府", en: "government"),
        KindDefinition(id: "collective", zh: "集体", en: "collective", isCollective: true),
        KindDefinition(id: "department", zh: "部门", en: "department"),
        KindDefinition(id: "team", zh: "团队", en: "team"),
        // What real notices set up besides 指挥部: 领导小组, its 办公室, 工作专班.
        KindDefinition(
            id: "leading-group", zh: "领导小组", en: "leading group", needsChief: true, needsOffice: true, head: "组长",
            deputy: "副组长", headEn: "Leader"),
        KindDefinition(
            id: "office", zh: "办公室", en: "office", head: "主任", deputy: "副主任", headEn: "Director",
            isOffice: true),
        KindDefinition(
            id: "task-force", zh: "工作专班", en: "task force", needsChief: true, head: "组长", deputy: "副组长",
            headEn: "Leader"),
        // The bodies their member lists name besides bureaus: 事业单位 (中心, 站), 企业 (供电公司), and the armed
        // forces (人武部, 武警中队, 消防救援大队).
        KindDefinition(id: "institution", zh: "事业单位", en: "public institution"),
        KindDefinition(id: "enterprise", zh: "企业", en: "enterprise"),
        KindDefinition(id: "armed-forces", zh: "武装力量", en: "armed forces"),
    ]

    /// Looks a built-in kind up by id.
    public static func named(_ id: String) -> KindDefinition? { all.first { $0.id == id } }

    /// The title of the chief of a unit of a kind: 分指挥长 for a sub-command post, 组长 for a work group, ….
    public static func chiefTitle(_ kind: String) -> Message {
        switch kind {
        case "headquarters": return Message(en: "Commander", zh: "指挥长")
        case "subcommand": return Message(en: "Chief", zh: "分指挥长")
        case "workgroup": return Message(en: "Leader", zh: "组长")
        default: return Message(en: "Head", zh: "负责人")
        }
    }

    /// The title of the deputies of a unit of a kind.
    public static func deputyTitle(_ kind: String) -> Message {
        switch kind {
        case "headquarters": return Message(en: "Deputy", zh: "副指挥长")
        case "subcommand": return Message(en: "Deputy", zh: "副分指挥长")
        case "workgroup": return Message(en: "Deputy", zh: "副组长")
        default: return Message(en: "Deputy", zh: "副职")
        }
    }
}

extension Model {
    /// Every kind this model may use: the built-in ones, then its own.
    public var kinds: [KindDefinition] { BuiltInKinds.all + customKinds }

    /// The definition of a kind by id (the model's own declarations win over built-in ones).
    public func kind(_ id: String) -> KindDefinition? {
        customKinds.first { $0.id == id } ?? BuiltInKinds.named(id)
    }

    /// The label of a kind in the given language, or the id when the kind is unknown.
    public func kindLabel(_ id: String, lang: Language) -> String {
        guard let k = kind(id) else { return id }
        return lang == .zh ? k.zh : k.en
    }
}

/// `Model.kind(_:)` for a run over many units, remembering the last kind asked for (units of a kind come together).
struct KindCache {
    let model: Model
    var last: (id: String, kind: KindDefinition?)?

    init(_ model: Model) { self.model = model }

    mutating func kind(_ id: String) -> KindDefinition? {
        if let last, last.id == id { return last.kind }
        let k = model.kind(id)
        last = (id, k)
        return k
    }
}
