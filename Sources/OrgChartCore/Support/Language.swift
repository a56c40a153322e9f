/// The language of messages and labels.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case en, zh

    /// The language the environment asks for: Chinese when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with `zh`.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}

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
