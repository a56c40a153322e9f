import OrgChartCore
import TestSupport
import Testing

/// The reports of the worked example against golden files in `Fixtures/diff/golden` (re-record with
/// `ORGCHART_RECORD=1 swift test --filter DiffGolden` and review the changes as a diff).
@Suite struct DiffGoldenTests {
    let diff: ModelDiff

    init() throws { diff = try DiffFixtures.example() }

    /// Every printer of the list in both languages, against `example.LANG` + the format's first extension.
    @Test(arguments: DiffPrinters.formats.map(\.id), [Language.en, .zh])
    func printer(_ id: String, _ lang: Language) throws {
        let format = try #require(DiffPrinters.format(id))
        let actual = DiffPrinters.printer(format, PrinterOptions(lang: lang)).render(diff)
        Golden.expect(actual, DiffFixtures.golden + "example.\(lang.rawValue)\(format.extensions[0])")
    }

    @Test func jsonKeepsItsTopLevelNames() {
        guard case .object(let pairs) = diff.json(.en) else {
            Issue.record("not an object")
            return
        }
        #expect(pairs.map(\.0) == ["changes", "introduced", "resolved", "load", "counts"])
        guard case .array(let changes) = pairs[0].1, case .object(let first) = changes.first else {
            Issue.record("no changes")
            return
        }
        #expect(Array(first.map(\.0).prefix(4)) == ["change", "subject", "before", "after"])
    }

    @Test func selfDiffText() throws {
        let m = try DiffFixtures.model("after10.yaml")
        let d = ModelDiff(before: m, after: m, options: CheckOptions(asOf: Day(year: 2021, month: 3, day: 1)))
        #expect(
            TextDiffPrinter(lang: .en).render(d) == """
                Changes from after10.yaml to after10.yaml:
                  (none)

                Summary: 0 changes; after10.yaml introduces 0 findings (0 errors, 0 warnings, 0 notes) and resolves \
                0; 0 duties lose their lead.

                """)
    }
}
