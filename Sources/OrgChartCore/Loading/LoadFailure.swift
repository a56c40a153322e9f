/// A model that could not be loaded, with every located error found.
public struct LoadFailure: Error, Sendable {
    public var errors: [Finding]

    public init(_ errors: [Finding]) { self.errors = errors }
}
