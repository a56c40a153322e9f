import Foundation
@testable import OrgChartCore
import TestSupport
import Testing

/// The printer lists that `--format`, its help, the docs and the golden tests read: each format is well described,
/// and each printer in the list prints.
@Suite("Printer lists")
struct PrinterCatalogTests {
    @Test(
        "every format has a unique name, lower-case extensions no other format of its list claims, and help in both languages"
    )
    func formatsAreWellDescribed() {
        for catalog in PrinterCatalogs.all {
            let formats = catalog.formats
            #expect(!formats.isEmpty, "\(catalog.command)")
            #expect(Set(formats.map(\.id)).count == formats.count, "\(catalog.command): a format name twice")
            let extensions = formats.flatMap(\.extensions)
            #expect(Set(extensions).count == extensions.count, "\(catalog.command): an extension twice")
            for f in formats {
                #expect(!f.id.isEmpty && f.id == f.id.lowercased(), "\(catalog.command) \(f.id)")
                #expect(!f.extensions.isEmpty, "\(catalog.command) \(f.id) has no extension")
                for e in f.extensions { #expect(e.hasPrefix(".") && e == e.lowercased(), "\(f.id): \(e)") }
                #expect(!f.help.en.isEmpty, "\(catalog.command) \(f.id)")
                #expect(
                    f.help.zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(catalog.command) \(f.id): \(f.help.zh)"
                )
            }
        }
    }

    @Test("a notice prints in the same formats as minutes, in the same order")
    func noticeFormats() {
        #expect(ExtractionPrinters.notice.map { $0.format } == ExtractionPrinters.minutes.map { $0.format })
    }

    @Test("a file name picks a format by its extension, in lower case, only after a stem")
    func extensions() {
        #expect(FindingPrinters.format(forFile: "out/Findings.SARIF")?.id == "sarif")
        #expect(FindingPrinters.format(forFile: "report.markdown")?.id == "markdown")
        #expect(DiffPrinters.format(forFile: "a.b/diff.tar.JSON")?.id == "json")
        #expect(ExtractionPrinters.format(forFile: "draft.YML")?.id == "yaml")
        for none in ["findings", "dir/.md", "x.md/", "a.md.bak", "json"] {
            #expect(FindingPrinters.format(forFile: none) == nil, "\(none)")
        }
        #expect(FileExtension.format(of: "M.XLSX", in: [(".csv", 1), (".xlsx", 2)]) == 2)
    }

    @Test("every finding printer prints the planted model in both languages; JSON and SARIF parse")
    func findingPrinters() throws {
        let model = try ModelLoader.load(path: Fixtures.directory.appendingPathComponent("planted.yaml").path)
        let findings = CheckRunner.run(model, options: CheckOptions(asOf: Day(year: 2021, month: 4, day: 1)))
        #expect(!findings.isEmpty)
        for format in FindingPrinters.formats {
            for lang in Language.allCases {
                let out = FindingPrinters.printer(format, PrinterOptions(lang: lang)).render(findings)
                #expect(out.hasSuffix("\n"), "\(format.id) \(lang)")
                #expect(out.contains(findings[0].check), "\(format.id) \(lang)")
                if format.extensions.contains(".json") || format.extensions.contains(".sarif") {
                    #expect(throws: Never.self, "\(format.id) \(lang)") {
                        try JSONSerialization.jsonObject(with: Data(out.utf8))
                    }
                }
            }
        }
    }

    @Test("every extraction printer prints minutes and a notice; JSON parses, YAML cites the document")
    func extractionPrinters() throws {
        let minutes = try ExtractFixtures.extract("seed-dongchuan-2021-02-25.txt")
        let noticeFile = Fixtures.repository.appendingPathComponent("seeds/notices/02-xingye-earthquake-hq.txt")
        let notice = NoticeExtractor.extract(
            text: try String(contentsOf: noticeFile, encoding: .utf8), file: "02-xingye-earthquake-hq.txt")
        #expect(notice.notice != nil)
        for (e, path) in [(minutes, "seed-dongchuan-2021-02-25.txt"), (notice, "02-xingye-earthquake-hq.txt")] {
            for format in ExtractionPrinters.formats {
                let out = ExtractionPrinters.printer(
                    format, for: e, ExtractionPrinterOptions(lang: .en, documentPath: path)
                ).render(e)
                #expect(out.hasSuffix("\n"), "\(format.id) \(path)")
                if format.extensions.contains(".json") {
                    #expect(throws: Never.self, "\(path)") { try JSONSerialization.jsonObject(with: Data(out.utf8)) }
                } else {
                    #expect(out.hasPrefix("# Drafted by `orgchart extract` from \(path)"), "\(format.id) \(path)")
                }
            }
        }
    }
}

/// docs/output-formats.md is generated from the printer lists.
@Suite("docs/output-formats.md")
struct OutputFormatDocsTests {
    @Test("docs/output-formats.md is generated from the printer lists and is up to date")
    func upToDate() throws {
        Golden.expect(OutputFormatDocumentation.markdown(), "docs/output-formats.md")
    }
}
