/// One example model of a check: the YAML after the common header (`format` and `organisation`).
public struct CheckExample: Sendable {
    /// The body of a model; `CheckExample.header` is put in front of it before loading.
    public var yaml: String

    public init(_ yaml: String) { self.yaml = yaml }

    /// What every example starts with.
    public static let header = "format: orgchart/1\norganisation: {name: Example, as_of: 2021-02-25}\n"

    /// The whole model text.
    public var model: String { CheckExample.header + yaml }
}
