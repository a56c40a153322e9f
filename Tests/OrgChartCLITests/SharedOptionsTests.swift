import Foundation
import OrgChartCore
import Testing

/// The flags several commands share (`-o`, `--format` from a printer list, `--as-of`, `--fail-on`) behave the same
/// in each.
@Suite("Shared options (end to end)")
struct SharedOptionsTests {
    let seed = "seeds/dongchuan-2021.yaml"
    let before = "seeds/proposals/dongchuan-14-posts-illustrative.yaml"
    let after = "seeds/proposals/dongchuan-10-posts-illustrative.yaml"

    @Test("check: -o picks every printer's format by its extension, in any case; --format wins; no extension is text")
    func checkFormatFromExtension() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in FindingPrinters.formats {
            let wanted = try CLI.run(["check", seed, "--as-of", "2021-04-01", "--format", format.id])
            for ext in format.extensions + [format.extensions[0].uppercased()] {
                let file = dir.appendingPathComponent("findings" + ext).path
                // The seed's findings are warnings and notes: --fail-on warning makes the exit code say so.
                let r = try CLI.run(["check", seed, "--as-of", "2021-04-01", "--fail-on", "warning", "-o", file])
                #expect(r.status == 1, "\(ext): \(r.stderr)")
                #expect(try String(contentsOfFile: file, encoding: .utf8) == wanted.stdout, "\(ext)")
            }
        }
        let text = try CLI.run(["check", seed, "--as-of", "2021-04-01"]).stdout
        let plain = dir.appendingPathComponent("findings").path
        _ = try CLI.run(["check", seed, "--as-of", "2021-04-01", "-o", plain])
        #expect(try String(contentsOfFile: plain, encoding: .utf8) == text)
        let forced = dir.appendingPathComponent("forced.json").path
        _ = try CLI.run(["check", seed, "--as-of", "2021-04-01", "--format", "text", "-o", forced])
        #expect(try String(contentsOfFile: forced, encoding: .utf8) == text)
    }

    @Test("diff and extract: -o picks the format by its extension, in lower case")
    func otherFormatsFromExtension() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let md = dir.appendingPathComponent("briefing.MD").path
        _ = try CLI.run(["diff", before, after, "--as-of", "2021-04-01", "-o", md])
        let wanted = try CLI.run(["diff", before, after, "--as-of", "2021-04-01", "--format", "markdown"]).stdout
        #expect(try String(contentsOfFile: md, encoding: .utf8) == wanted)
        let minutes = "seeds/dongchuan-2021-02-25-minutes.txt"
        let json = dir.appendingPathComponent("draft.json").path
        let r = try CLI.run(["extract", minutes, "--meeting-date", "2021-02-25", "-o", json])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json)))
        #expect((object as? [String: Any])?["assignments"] != nil)
    }

    @Test("the help of --format lists each printer of the list with its line of help, in English and Chinese")
    func formatHelp() throws {
        for catalog in PrinterCatalogs.all {
            let en = try CLI.run([catalog.command, "--help"]).stdout
            let zh = try CLI.run([catalog.command, "--help"], environment: ["LANG": "zh_CN.UTF-8"]).stdout
            for format in catalog.formats {
                let words = format.help.en.split(separator: " ").prefix(3).joined(separator: " ")
                #expect(en.contains(format.id + " ") && en.contains("- " + words), "\(catalog.command): \(format.id)")
                #expect(zh.contains("- " + format.help.zh), "\(catalog.command): \(format.id)")
            }
        }
    }

    @Test("--fail-on and --as-of mean the same in every command that has them")
    func sharedFlags() throws {
        for arguments in [["check", seed], ["diff", seed, seed]] {
            let off = try CLI.run(arguments + ["--fail-on", "off"])
            #expect(off.status == 2 && off.stderr.contains("'info', 'warning' or 'error'"), "\(arguments[0])")
            let help = try CLI.run([arguments[0], "--help"]).stdout
            #expect(help.contains("--fail-on <fail-on>     The lowest severity of a finding that"), "\(arguments[0])")
        }
        for command in ["check", "diff", "report", "tasks"] {
            let help = try CLI.run([command, "--help"]).stdout
            #expect(help.contains("--as-of <as-of>") && help.contains("The date deadlines are checked"), "\(command)")
            let bad = try CLI.run([command, seed] + (command == "diff" ? [seed] : []) + ["--as-of", "2021-02-30"])
            #expect(bad.status == 2, "\(command): \(bad.stderr)")
        }
        for command in [
            "check", "diff", "extract", "matrix", "notice", "tasks", "render", "report", "generate", "import",
        ] {
            let help = try CLI.run([command, "--help"]).stdout
            #expect(
                help.contains("-o, --output <output>   Write the output to this file (atomically) instead of"),
                "\(command)")
        }
    }
}
