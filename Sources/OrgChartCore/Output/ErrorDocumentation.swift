/// The error codes as documentation, generated from `ErrorCode` so the two cannot drift.
enum ErrorDocumentation {
    /// docs/errors.md.
    static func markdown() -> String {
        var out = """
            # Error codes

            Generated from `ErrorCode` in `Sources/OrgChartCore/Model/ErrorCode.swift`; do not edit by hand (a test \
            fails when this file is stale; `ORGCHART_RECORD=1 swift test --filter Documentation` regenerates it).

            A file that cannot be loaded gets every independent error found, each located, in the compiler format \
            `FILE:LINE:COLUMN: error: [CODE] MESSAGE`, and `orgchart` exits with status **2** (see \
            [model-format.md](model-format.md#load-errors)). The code is the `check` of a finding in JSON output and \
            the `ruleId` in SARIF, like a check's id ([checks.md](checks.md)); codes and check ids never coincide. \
            Messages are in English or Chinese (`--lang`); the codes stay as they are.

            | code | when | 何时 |
            |---|---|---|

            """
        for code in ErrorCode.allCases {
            out += "| `\(code.id)` | \(code.summary.en) | \(code.summary.zh) |\n"
        }
        return out
    }
}
