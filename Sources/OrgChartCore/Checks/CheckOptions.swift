/// Options of a check run.
public struct CheckOptions: Sendable {
    /// The date deadlines are compared with (`--as-of`); defaults to today.
    public var asOf: Day

    public init(asOf: Day = Day.today()) { self.asOf = asOf }
}
