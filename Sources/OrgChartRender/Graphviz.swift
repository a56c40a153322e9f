@preconcurrency import CGraphviz
import OrgChartCore

/// Placeholder until the renderer lands; proves the Graphviz link works.
enum GraphvizLink {
    static func version() -> String? { nil }
}
