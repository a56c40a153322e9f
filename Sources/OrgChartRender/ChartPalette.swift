import OrgChartCore

/// Colours of charts: one light fill and a darker border per unit kind, grey for what is provisional.
enum ChartPalette {
    /// Colours for kinds a model declares itself, used in declaration order.
    static let custom: [KindColours] = [
        KindColours("#E0F7FA", "#00838F", "#004D55"),
        KindColours("#F9FBE7", "#827717", "#4E470D"),
        KindColours("#FCE4EC", "#C2185B", "#7A0F39"),
        KindColours("#ECEFF1", "#455A64", "#263238"),
    ]

    static let placeholder = ChartStyle(fill: "#F7F7F7", border: "#9E9E9E", text: "#616161", dashed: true)
    static let plain = ChartStyle(fill: "#FFFFFF", border: "#37474F")
    static let person = ChartStyle(fill: "#FFFFFF", border: "#37474F", text: "#1A1A1A", penWidth: 1.4)
    static let duty = ChartStyle(fill: "#FFFBEA", border: "#8D6E63", text: "#3E2723")
    static let unknown = ChartStyle(fill: "#FFFFFF", border: "#9E9E9E", text: "#616161", dashed: true)
    static let workgroupCluster = ChartStyle(fill: "#F6FBF7", border: "#81C784", text: "#1B5E20", dashed: true)

    static let caption = "#5F6B73"
    static let muted = "#8A8A8A"
    static let error = "#D32F2F"
    static let warning = "#EF6C00"

    static let hierarchy = "#546E7A"
    static let liaison = "#2E7D32"
    static let lead = "#263238"
    static let role = "#1F5FA8"
    static let assist = "#78909C"
    static let member = "#8D6E63"

    /// The style of a unit of a kind, placeholder or not.
    static func style(kind: String, placeholder: Bool, model: Model, colourByKind: Bool) -> ChartStyle {
        if placeholder { return Self.placeholder }
        guard colourByKind else { return plain }
        if let c = colours(kind: kind, model: model) { return ChartStyle(fill: c.fill, border: c.border, text: c.text) }
        return plain
    }

    /// A kind's colours: a built-in kind's own, or the next of `custom` for a kind the model declares.
    static func colours(kind: String, model: Model) -> KindColours? {
        if let i = model.customKinds.firstIndex(where: { $0.id == kind }) { return custom[i % custom.count] }
        return BuiltInKinds.named(kind)?.colours
    }
}

/// The words charts use, in both languages.
enum ChartWords {
    static let workGroups = Message(en: "Work groups", zh: "工作组")
    static let office = Message(en: "Office at", zh: "办公室设在")
    static let members = Message(en: "Members", zh: "成员单位")
    /// After an open member list (…等).
    static let andOthers = Message(en: "etc.", zh: "等")
    /// Where an office unit is set (办公室设在…).
    static let setIn = Message(en: "Set in", zh: "设在")
    static let leader = Message(en: "answers for", zh: "责任领导")
    static let leaderEdge = Message(en: "answers for (责任领导)", zh: "责任领导")
    static let member = Message(en: "member", zh: "成员")
    static let toBeNamed = Message(en: "to be named", zh: "待定")
    static let provisional = Message(en: "(provisional)", zh: "(待定)")
    static let lead = Message(en: "leads", zh: "牵头")
    static let assist = Message(en: "assists", zh: "配合")
    static let due = Message(en: "Due", zh: "期限")
    static let cadence = Message(en: "Reports", zh: "频次")
    static let reportTo = Message(en: "Report to", zh: "报送")
    static let done = Message(en: "done", zh: "已完成")
    static let legend = Message(en: "Legend", zh: "图例")
    static let placeholder = Message(en: "provisional (not yet named)", zh: "待定(尚未明确)")
    static let hierarchyEdge = Message(en: "parent → unit under it", zh: "下设")
    static let liaisonEdge = Message(en: "liaison", zh: "对接衔接")
    static let leadEdge = Message(en: "leads (牵头)", zh: "牵头")
    static let assistEdge = Message(en: "assists (配合)", zh: "配合")
    static let roleEdge = Message(en: "holds the role", zh: "任职")
    static let memberEdge = Message(en: "member of", zh: "成员")
    static let person = Message(en: "person", zh: "人员")
    static let duty = Message(en: "duty", zh: "职责")
    static let unknown = Message(en: "unknown id", zh: "未知 id")
    static let errorMark = Message(en: "⚠ has an error (hover in SVG)", zh: "⚠ 存在错误(SVG 中悬停查看)")
    static let warningMark = Message(en: "has a warning", zh: "存在警告")
    static let chart = Message(en: "organisation chart", zh: "组织架构图")
    static let dutiesTitle = Message(en: "duties: who leads, who assists", zh: "职责分工")
    static let personTitle = Message(en: "roles and duties", zh: "职务与职责")
    static let asOf = Message(en: "as of", zh: "截至")

    /// `cadence` in words: 每月 / monthly.
    static func cadence(_ c: Cadence, _ lang: Language) -> String { lang == .zh ? c.zh : c.rawValue }
}
