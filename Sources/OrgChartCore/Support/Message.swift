/// A message in both languages.
public struct Message: Sendable, Hashable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The message in one language.
    public func text(_ lang: Language) -> String { lang == .zh ? zh : en }
}
