import OrgChartCore

/// An office document that cannot be read or written, with a message in both languages.
public struct OfficeError: Error, Sendable {
    public var message: Message

    public init(_ message: Message) { self.message = message }

    init(en: String, zh: String) { self.message = Message(en: en, zh: zh) }
}
