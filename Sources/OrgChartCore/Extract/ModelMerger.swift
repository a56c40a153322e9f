/// Adds what an extraction found to a model's text without touching what is there.
public enum ModelMerger {
    /// The merged text and notes on what was left as it was.
    public struct Result: Sendable {
        public var text: String
        public var notes: [Message]
    }

    /// Merges.
    public static func merge(
        _ e: Extraction, into text: String, model: Model, file: String, minutesPath: String, sourceName: String
    ) throws(FileError) -> Result {
        Result(text: text, notes: [])
    }
}
