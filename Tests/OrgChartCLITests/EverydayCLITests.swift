import Foundation
import Testing

/// The command line as a new user meets it: typos, help, completion, pipes, the wrong file, YAML slips, language.
@Suite("Everyday command line")
struct EverydayCLITests {
    static let seed = "seeds/dongchuan-2021.yaml"

    /// A model file with `text` in a fresh folder.
    static func model(_ text: String) throws -> (path: String, folder: URL) {
        let dir = try CLI.temporaryDirectory()
        let path = dir.appendingPathComponent("m.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, dir)
    }

    static let minimal = """
        format: orgchart/1
        organisation: {name: 测试}
        units:

        """

    @Test("a mistyped command gets a suggestion, and `help chek` does not print the top-level help")
    func typo() throws {
        let r = try CLI.run(["chek", Self.seed])
        #expect(r.status == 2)
        #expect(r.stderr.contains("did you mean `orgchart check`?"), "\(r.stderr)")
        let help = try CLI.run(["help", "chek"])
        #expect(help.status == 2)
        #expect(help.stderr.contains("`orgchart check`") && !help.stdout.contains("SUBCOMMANDS"))
        let zh = try CLI.run(["rendr", Self.seed], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stderr.contains("是否想写 `orgchart render`"), "\(zh.stderr)")
        let file = try CLI.run([Self.seed])
        #expect(file.status == 2 && file.stderr.contains("orgchart check \(Self.seed)"), "\(file.stderr)")
        #expect(try CLI.run(["help", "check"]).stdout.contains("USAGE: orgchart check"))
    }

    @Test("completion scripts complete file names for models and -o (bash, zsh, fish)")
    func completion() throws {
        let bash = try CLI.run(["--generate-completion-script", "bash"]).stdout
        #expect(bash.contains("'--output'|'-o')\n        __orgchart_add_completions -f"))
        #expect(bash.contains("yaml") && bash.contains("yml"))
        let zsh = try CLI.run(["--generate-completion-script", "zsh"]).stdout
        #expect(zsh.contains(":model:_files -g '\\''*.yaml *.yml'\\''"))
        #expect(zsh.contains("output:_files"))
        let fish = try CLI.run(["--generate-completion-script", "fish"]).stdout
        #expect(fish.contains("set -l exts \\'yaml\\' \\'yml\\'"))
        #expect(fish.contains("-l 'output' -s 'o'") && fish.contains("-rF"))
    }

    @Test("`-` reads the model from standard input for check, matrix, render and report")
    func standardInput() throws {
        let text = try Data(contentsOf: CLI.repository.appendingPathComponent(Self.seed))
        let check = try CLI.run(["check", "-", "--as-of", "2021-03-20", "--fail-on", "warning"], stdin: text)
        #expect(check.status == 1 && check.stdout.contains("<stdin>:"), "\(check.stderr)")
        let matrix = try CLI.run(["matrix", "-", "--format", "csv"], stdin: text)
        #expect(matrix.stdout.contains("prevent-poverty-relapse"))
        #expect(try CLI.run(["render", "-", "--format", "dot"], stdin: text).stdout.contains("digraph"))
        #expect(try CLI.run(["report", "-"], stdin: text).stdout.contains("<!DOCTYPE html>"))
    }

    @Test("check on minutes says that minutes go to extract")
    func minutes() throws {
        let r = try CLI.run(["check", "seeds/dongchuan-2021-02-25-minutes.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("minutes go to `orgchart extract seeds/dongchuan-2021-02-25-minutes.txt"))
        let zh = try CLI.run(["check", "seeds/dongchuan-2021-02-25-minutes.txt", "--lang", "zh"])
        #expect(zh.stderr.contains("纪要请用 `orgchart extract"))
    }

    @Test("--help is in Chinese under LANG=zh_CN.UTF-8, every option of every command")
    func chineseHelp() throws {
        let commands = [
            "", "check", "checks", "matrix", "render", "diff", "report", "extract", "import", "generate", "tasks",
            "notice",
        ]
        for c in commands {
            let r = try CLI.run((c.isEmpty ? [] : [c]) + ["--help"], environment: ["LANG": "zh_CN.UTF-8"])
            #expect(r.status == 0)
            #expect(r.stdout.hasPrefix("概述:"), "\(c)")
            // Every line of prose has Chinese in it: no sentence was left in English.
            for line in r.stdout.split(separator: "\n") {
                let text = line.split(separator: " ").filter { !$0.hasPrefix("-") && !$0.hasPrefix("<") }
                    .joined(separator: " ")
                let words = text.split { !$0.isLetter }.filter { $0.count > 3 && $0.allSatisfy(\.isASCII) }
                if words.count >= 4 && !line.contains("orgchart") {
                    #expect(line.unicodeScalars.contains { $0.value >= 0x4E00 }, "orgchart \(c) --help: \(line)")
                }
            }
        }
        #expect(try CLI.run(["check", "--help"]).stdout.hasPrefix("OVERVIEW: Check a model"))
    }

    @Test("Chinese messages name the place in Chinese: no “the model 中有…”")
    func chineseContext() throws {
        let (path, dir) = try Self.model(Self.minimal + "  - {id: a, name: 甲, kind: bureau}\nunitz: []\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", path, "--lang", "zh"])
        #expect(r.stderr.contains("模型顶层中有未知的键 `unitz`;是否想写 `units`?"), "\(r.stderr)")
        #expect(!r.stderr.contains("the model"))
    }

    @Test("an unclosed quote is reported where it opens")
    func unclosedQuote() throws {
        let text = Self.minimal + "  - {id: a, name: \"东川区, kind: bureau}\n  - {id: b, name: 乙, kind: bureau}\n"
        let (path, dir) = try Self.model(text + String(repeating: "# …\n", count: 20))
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("m.yaml:4:19: error: [syntax] this quoted value is never closed"), "\(r.stderr)")
    }

    @Test("an unknown key that is a singular, plural or prefix of a real one gets it suggested")
    func pluralKey() throws {
        let (path, dir) = try Self.model(
            Self.minimal
                + "  - {id: a, name: 甲, kind: subcommand, deputy: [p]}\n  - {id: b, name: 乙, kind: bureau, par: a}\n"
                + "people:\n  - {id: p, name: 张三}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", path])
        #expect(r.stderr.contains("unknown key `deputy` in unit; did you mean `deputies`?"), "\(r.stderr)")
        #expect(r.stderr.contains("unknown key `par` in unit; did you mean `parent`?"), "\(r.stderr)")
    }

    @Test("an ASCII comma in a {…} mapping that splits a Chinese name gets a hint to quote the name")
    func commaInName() throws {
        let (path, dir) = try Self.model(Self.minimal + "  - {id: a, name: 东川区农业农村局, 区乡村振兴局, kind: bureau}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", path])
        #expect(r.stderr.contains("unknown key `区乡村振兴局` in unit"), "\(r.stderr)")
        #expect(r.stderr.contains("quote the whole name (name: \"…, 区乡村振兴局\")"), "\(r.stderr)")
        let zh = try CLI.run(["check", path, "--lang", "zh"])
        #expect(zh.stderr.contains("请给整个名称加引号"))
    }

    @Test("charts and reports follow --lang, then LANG when it names zh or en, then the model's text")
    func contentLanguage() throws {
        let c = try CLI.run(["render", Self.seed, "--format", "dot"], environment: ["LANG": "C"])
        #expect(c.stdout.contains("组织架构图") && c.stdout.contains("图例") && !c.stdout.contains("Legend"))
        let en = try CLI.run(["render", Self.seed, "--format", "dot"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(en.stdout.contains("organisation chart") && en.stdout.contains("Legend"))
        let flag = try CLI.run(
            ["render", Self.seed, "--format", "dot", "--lang", "en"], environment: ["LANG": "zh_CN"])
        #expect(flag.stdout.contains("Legend"))
        let report = try CLI.run(["report", Self.seed], environment: ["LANG": "C"])
        #expect(report.stdout.contains("<html lang=\"zh-CN\">"))
        let federal = try CLI.run(
            ["import", "seeds/data/us-federal-register/agencies.json", "--name", "Federal Register agencies"])
        if federal.status == 0 {
            let (path, dir) = try Self.model(federal.stdout)
            defer { try? FileManager.default.removeItem(at: dir) }
            let r = try CLI.run(["report", path], environment: ["LANG": "C"])
            #expect(r.stdout.contains("<html lang=\"en\">"))
        }
    }
}
