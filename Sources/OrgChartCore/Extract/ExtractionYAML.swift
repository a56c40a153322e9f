/// Writes an extraction as a fragment of a model file.
public struct ExtractionYAML: Sendable {
    public var minutesPath: String
    public var sourceName: String
    public var model: Model?

    public init(minutesPath: String, sourceName: String = "minutes", model: Model? = nil) {
        self.minutesPath = minutesPath
        self.sourceName = sourceName
        self.model = model
    }

    /// The YAML text.
    public func render(_ e: Extraction) -> String { "" }
}
