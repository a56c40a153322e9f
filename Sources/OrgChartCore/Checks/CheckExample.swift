/// One example model of a check: the YAML after the common header (`format` and `organisation`).
public struct CheckExample: Sendable {
    /// The body of a model; `CheckExample.header` is put in front of it before loading.
    public var yaml: String
    /// The example's own `organisation:` block (a flow mapping), for checks that read it; nil for the header's.
    public var organisation: String?

    public init(_ yaml: String, organisation: String? = nil) {
        self.yaml = yaml
        self.organisation = organisation
    }

    /// What every example starts with.
    public static let header = "format: orgchart/1\norganisation: {name: Example, as_of: 2021-02-25}\n"

    /// The whole model text.
    public var model: String {
        guard let organisation else { return CheckExample.header + yaml }
        return "format: orgchart/1\norganisation: \(organisation)\n" + yaml
    }

    /// What the documentation shows: the body, after the example's own `organisation:` block when it has one.
    public var shown: String {
        guard let organisation else { return yaml }
        return "organisation: \(organisation)\n" + yaml
    }
}
