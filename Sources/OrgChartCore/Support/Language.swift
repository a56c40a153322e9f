/// The language of messages and labels.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case en, zh

    /// The environment variables that name the language of messages, the first set winning.
    public static let environmentKeys = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The language the environment asks for: Chinese when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with `zh`.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for key in environmentKeys {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}

extension Language {
    /// The language the environment names, if it names one: zh or en from `LC_ALL`, `LC_MESSAGES` or `LANG`; nil for
    /// `C`, `POSIX`, an unset variable or any other language.
    public static func namedInEnvironment(_ env: [String: String]) -> Language? {
        for key in environmentKeys {
            guard let v = env[key]?.lowercased(), !v.isEmpty else { continue }
            if v.hasPrefix("zh") { return .zh }
            if v.hasPrefix("en") { return .en }
            return nil
        }
        return nil
    }

    /// The language most of `texts` are written in: Chinese when more of them contain a CJK character than not.
    public static func ofTexts<S: Sequence>(_ texts: S) -> Language where S.Element == String {
        var zh = 0
        var other = 0
        for t in texts.prefix(2000) {
            if t.unicodeScalars.contains(where: {
                (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value)
            }) {
                zh += 1
            } else {
                other += 1
            }
        }
        return zh > other ? .zh : (zh == 0 && other == 0 ? .zh : .en)
    }
}
