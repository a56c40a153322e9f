import OrgChartCore

/// How a chart of a given size is laid out: Graphviz's `dot` while it can do so in seconds, the linear-time tree
/// layout above that, or a refusal that says what to do instead. One policy for `render`, `report` and `diff -o`;
/// the command line only asks it (docs/limits.md).
public struct LayoutPolicy: Sendable, Hashable {
    /// What the user asked for.
    public enum Choice: String, Sendable, Hashable, CaseIterable {
        /// `dot` for small charts, the tree layout for large ones.
        case auto
        /// Always `dot` (a chart over the limit is refused).
        case dot
        /// Always the tree layout (whole view only).
        case tree
    }

    /// What to do with one chart.
    public enum Decision: Sendable, Hashable {
        /// Lay it out with Graphviz's `dot`.
        case dot
        /// Lay it out with the tree layout in Swift; Graphviz only draws it.
        case tree
        /// Refuse: the chart has about `size` boxes and no other layout was allowed.
        case refuse(size: Int)
    }

    /// The largest chart given to `dot`, in boxes plus one for every extra rank a long edge crosses.
    public var maxLayoutNodes: Int
    /// Above this many units the whole view uses the tree layout under `.auto`.
    public var treeThreshold: Int
    /// What the user asked for.
    public var choice: Choice

    /// Above 2,000 boxes `dot` takes minutes (docs/limits.md).
    public static let defaultMaxLayoutNodes = 2000
    /// No chart larger than this is ever given to `dot`, whatever `maxLayoutNodes` says: Graphviz 2.43's `dot`
    /// crashes (SIGSEGV in `build_ranks`, set off by `ordering=out`) on org charts of about 8,000 boxes and more,
    /// and takes over ten minutes on them without that attribute (docs/limits.md).
    public static let ceiling = 5000
    /// Above 400 units the whole view is drawn with the tree layout: `dot` grows much faster than linearly.
    public static let defaultTreeThreshold = 400

    /// Creates the policy; the defaults are what every command uses.
    public init(
        choice: Choice = .auto, maxLayoutNodes: Int = LayoutPolicy.defaultMaxLayoutNodes,
        treeThreshold: Int = LayoutPolicy.defaultTreeThreshold
    ) {
        self.choice = choice
        self.maxLayoutNodes = maxLayoutNodes
        self.treeThreshold = treeThreshold
    }

    /// The decision before a graph is built, from the number of units alone: nil when it depends on the graph.
    /// `treeAvailable` says whether the view has a tree layout (the whole structure does; people and duties do not).
    public func decide(units: Int, treeAvailable: Bool) -> Decision? {
        guard treeAvailable else { return nil }
        switch choice {
        case .tree: return .tree
        case .auto where units > treeThreshold: return .tree
        default: return nil
        }
    }

    /// The decision for a built graph: `dot` when it is small enough (or needs no layout), otherwise the tree
    /// layout when it is allowed, otherwise a refusal.
    public func decide(_ graph: ChartGraph, treeAvailable: Bool, needsLayout: Bool = true) -> Decision {
        if !needsLayout || graph.hasPositions { return .dot }
        let size = graph.dotLayoutSize
        if size <= min(maxLayoutNodes, Self.ceiling) { return .dot }
        return treeAvailable && choice == .auto ? .tree : .refuse(size: size)
    }

    /// Why a chart is not laid out with `dot`, and what to draw instead; `wholeView` says whether `--root` and
    /// `--layout tree` apply.
    public func tooLargeMessage(size: Int, wholeView: Bool) -> Message {
        let instead =
            wholeView
            ? Message(
                en: "draw a part of it with --root UNIT and --depth N, use --layout tree",
                zh: "可用 --root 单位 与 --depth N 只画一部分,或用 --layout tree")
            : Message(
                en: "draw a part of the model with the whole view and --root UNIT --depth N",
                zh: "可改用整体视图并以 --root 与 --depth 只画一部分")
        let limit = min(maxLayoutNodes, Self.ceiling)
        return Message(
            en: "the chart has about \(size) boxes, more than the \(limit) the dot layout is given (beyond "
                + "that it takes minutes or more); \(instead.en), write --format dot to lay it out elsewhere, or raise "
                + "--max-layout-nodes",
            zh: "此图约有 \(size) 个节点,超过 dot 布局的上限 \(limit)(再大 dot 会耗时数分钟甚至更久);"
                + "\(instead.zh),输出 --format dot 交由他处布局,或用 --max-layout-nodes 提高上限")
    }

    /// What the tree layout drew, folded and cut, for standard error.
    public static func treeNote(_ chart: TreeChart) -> Message {
        var en =
            "layout: tree (linear-time layout in Swift, drawn by Graphviz at those positions), \(chart.drawn) units drawn"
        var zh = "布局:树形(Swift 线性时间布局,Graphviz 按位置绘制),画出 \(chart.drawn) 个单位"
        if chart.folded > 0 {
            en += "; \(chart.folded) units folded into \"+ N more\" boxes (see --max-children)"
            zh += ";\(chart.folded) 个单位折叠为“+ 另有 N 个”(--max-children 调整)"
        }
        if chart.cut > 0 {
            en += "; \(chart.cut) units below --depth not drawn"
            zh += ";\(chart.cut) 个单位超出 --depth 未画出"
        }
        return Message(en: en, zh: zh)
    }
}
