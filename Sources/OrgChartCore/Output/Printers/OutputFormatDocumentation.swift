/// docs/output-formats.md, generated from the printer lists so the two cannot drift.
enum OutputFormatDocumentation {
    /// The page.
    static func markdown() -> String {
        var out = """
            # Output formats

            Generated from the printer lists in `Sources/OrgChartCore/Output/Printers/` (`FindingPrinters`, \
            `DiffPrinters`, `ExtractionPrinters`); do not edit by hand: a test fails when this file is stale, and \
            `ORGCHART_RECORD=1 swift test --filter OutputFormatDocs` rewrites it.

            `--format NAME` picks the format. Without it, the extension of `-o FILE` does, compared in lower case \
            (`-o findings.SARIF` is SARIF); any other name, or standard output, gets the first format listed. (`orgchart \
            diff -o FILE.svg`, `.png` or `.pdf` draws the visual diff instead: see docs/diff.md.)

            A new format is one printer type (conforming to `FindingPrinter`, `DiffPrinter` or `ExtractionPrinter`) \
            and one entry in its list: `--format`, its help in both languages, this page and the golden-file tests \
            read the list.

            """
        for catalog in PrinterCatalogs.all {
            out += "\n## orgchart \(catalog.command)\n\n"
            out += "| format | `-o` extensions | what it is | 说明 |\n|---|---|---|---|\n"
            for f in catalog.formats {
                let extensions = f.extensions.map { "`\($0)`" }.joined(separator: " ")
                out += "| `\(f.id)` | \(extensions) | \(Markdown.cell(f.help.en)) | \(Markdown.cell(f.help.zh)) |\n"
            }
        }
        return out
    }
}
