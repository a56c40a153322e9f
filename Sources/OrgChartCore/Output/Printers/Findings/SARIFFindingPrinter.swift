/// Prints findings as SARIF 2.1.0, for code-review tools.
public struct SARIFFindingPrinter: Sendable {
    public var lang: Language

    public init(lang: Language) { self.lang = lang }

    func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info, .off: return "note"
        }
    }

    public func render(_ findings: [Finding]) -> String {
        let rules: [JSON] = CheckCatalog.all.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.summary.text(lang)))])),
                ("fullDescription", .object([("text", .string(rule.description.text(lang)))])),
                ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
                ("helpUri", .string("docs/checks.md#\(rule.id)")),
            ])
        }
        let results: [JSON] = findings.map { f in
            var location: [(String, JSON)] = [
                ("artifactLocation", .object([("uri", .string(f.file))]))
            ]
            if let m = f.mark {
                location.append(("region", .object([("startLine", .int(m.line)), ("startColumn", .int(m.column))])))
            }
            var result: [(String, JSON)] = [
                ("ruleId", .string(f.check)),
                ("level", .string(level(f.severity))),
                ("message", .object([("text", .string(f.message.text(lang)))])),
                ("locations", .array([.object([("physicalLocation", .object(location))])])),
            ]
            if let s = f.subject {
                result.append(("properties", .object([("subject", .string(s))])))
            }
            return .object(result)
        }
        return JSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("orgchart")),
                                        ("version", .string(OrgChartVersion.string)),
                                        ("informationUri", .string("docs/checks.md")),
                                        ("rules", .array(rules)),
                                    ])
                                )
                            ])
                        ),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ]).serialized() + "\n"
    }
}

extension SARIFFindingPrinter: FindingPrinter {
    public static let format = OutputFormat(
        id: "sarif", extensions: [".sarif"],
        help: Message(en: "SARIF 2.1.0, for code-review tools", zh: "SARIF 2.1.0,供代码审查工具使用"))

    public init(_ options: PrinterOptions) { self.init(lang: options.lang) }
}
