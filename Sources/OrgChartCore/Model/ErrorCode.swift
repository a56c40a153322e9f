import OrgChartYAML

/// The class of a problem that is not a check's finding: why a model (or an imported file) cannot be loaded, or what
/// is wrong with a model's own check settings. Its raw value is the id that `Finding.check` carries and that text,
/// JSON and SARIF output print, so it is a public interface: docs/errors.md is generated from this list.
public enum ErrorCode: String, Sendable, Hashable, CaseIterable {
    case io
    case encoding
    case limit
    case alias
    case syntax
    case empty
    case format
    case missingKey = "missing-key"
    case unknownKey = "unknown-key"
    case duplicateKey = "duplicate-key"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case invalidID = "invalid-id"
    case duplicateID = "duplicate-id"
    case unknownKind = "unknown-kind"
    case misplacedKey = "misplaced-key"
    case wrongTarget = "wrong-target"
    case `import`
    case checkSettings = "check-settings"

    /// The id findings carry, e.g. `missing-key`.
    public var id: String { rawValue }

    /// The class of a YAML reading error.
    public init(_ code: YAMLError.Code) {
        switch code {
        case .syntax: self = .syntax
        case .encoding: self = .encoding
        case .alias: self = .alias
        case .limit: self = .limit
        }
    }

    /// When a problem has this class, in both languages.
    public var summary: Message {
        switch self {
        case .io:
            return Message(
                en: "the file cannot be read (missing, a folder, not readable)",
                zh: "无法读取文件(不存在、是文件夹或没有读取权限)")
        case .encoding:
            return Message(
                en: "not UTF-8: a UTF-16 byte-order mark, invalid bytes (GB18030 text), a NUL byte; for `import`, "
                    + "a file that cannot be decoded",
                zh: "不是 UTF-8 编码:以 UTF-16 字节序标记开头、含无效字节(如 GB18030 文本)或 NUL 字节;"
                    + "对 `import` 而言,是无法解码的文件")
        case .limit:
            return Message(
                en: "over a limit: file size, nesting depth, number of YAML nodes (`--max-bytes`, `--max-depth`, "
                    + "`--max-nodes`)",
                zh: "超过上限:文件大小、嵌套深度或 YAML 节点数(`--max-bytes`、`--max-depth`、`--max-nodes`)")
        case .alias:
            return Message(en: "a YAML alias (`*name`)", zh: "使用了 YAML 别名(`*name`)")
        case .syntax:
            return Message(
                en: "YAML syntax error (libyaml's message, at its position, with where the unclosed construct "
                    + "started and a plain word for a tab used as indentation), or a second document",
                zh: "YAML 语法错误(libyaml 的说明及位置,并指出未闭合结构的起点、用制表符缩进等),或文件中有第二个文档")
        case .empty:
            return Message(en: "the file is empty", zh: "文件为空")
        case .format:
            return Message(
                en: "`format:` missing or not a format this version reads",
                zh: "缺少 `format:`,或不是本版本能读取的格式")
        case .missingKey:
            return Message(
                en: "a required key is missing: `organisation`, `organisation.name`, an entry's `id`, `name`, a "
                    + "post's `title`, a unit's `kind`, a kind's `id`, an `ignore` entry's `check`",
                zh: "缺少必需的键:`organisation`、`organisation.name`、条目的 `id`、`name`、职务的 `title`、"
                    + "单位的 `kind`、类别的 `id`、`ignore` 条目的 `check`")
        case .unknownKey:
            return Message(
                en: "a key the format does not have, with \"did you mean `…`?\" for a near miss",
                zh: "格式中没有的键;与某个键相近时提示“是否想写 `…`?”")
        case .duplicateKey:
            return Message(en: "the same key twice in one mapping", zh: "同一映射中同一个键出现两次")
        case .wrongType:
            return Message(
                en: "a list where text is expected, a mapping where a list is expected, …",
                zh: "值的类型不对:应为文本处写了列表、应为列表处写了映射等")
        case .invalidValue:
            return Message(
                en: "a value of the right type that is not allowed: a bad date, `status`, `cadence` (with \"did you "
                    + "mean\"), severity, true/false or number",
                zh: "类型正确但取值不允许:日期、`status`、`cadence`(附“是否想写”提示)、严重程度、true/false 或数字有误")
        case .invalidID:
            return Message(
                en: "an id with a space, a control character or forbidden punctuation",
                zh: "id 含空格、控制字符或不允许的标点")
        case .duplicateID:
            return Message(
                en: "an id used twice across people, units, duties and posts",
                zh: "同一个 id 在人员、单位、职责和职务中使用了两次")
        case .unknownKind:
            return Message(
                en: "a unit `kind` that is neither built in nor declared under `kinds:`",
                zh: "单位的 `kind` 既不是内置类别,也未在 `kinds:` 中声明")
        case .misplacedKey:
            return Message(
                en: "`host` on a unit whose kind is not an office",
                zh: "类别不是办公室的单位写了 `host`")
        case .wrongTarget:
            return Message(
                en: "a post's `unit` that names a person or post, a post's `holder` that names a unit or post, an "
                    + "office's `host` that names a person or post",
                zh: "职务的 `unit` 引用了人员或职务、职务的 `holder` 引用了单位或职务、办公室的 `host` 引用了人员或职务")
        case .import:
            return Message(
                en: "`orgchart import`: a CSV or JSON hierarchy it cannot read (an error), or a row it had to change "
                    + "(a warning)",
                zh: "`orgchart import`:无法读取的 CSV 或 JSON 层级(错误),或不得不改写的行(警告)")
        case .checkSettings:
            return Message(
                en: "`checks:` or an `ignore:` names a check that does not exist, or an `ignore:` gives no "
                    + "`reason:` (reported by `check` with the findings; the model loads)",
                zh: "`checks:` 或 `ignore:` 写了不存在的检查项,或 `ignore:` 没有写 `reason:`"
                    + "(由 `check` 随检查结果报告;模型可以加载)")
        }
    }
}

extension Finding {
    /// A problem of class `code` (`severity` is an error unless said otherwise).
    public init(
        _ code: ErrorCode, severity: Severity = .error, message: Message, subject: String? = nil, file: String,
        mark: SourceMark?
    ) {
        self.init(check: code.id, severity: severity, message: message, subject: subject, file: file, mark: mark)
    }
}
