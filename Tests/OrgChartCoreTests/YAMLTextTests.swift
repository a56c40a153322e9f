@testable import OrgChartCore
import Testing

/// The one YAML scalar writer: what it leaves plain, what it quotes, and that every string reads back.
@Suite("YAML text")
struct YAMLTextTests {
    /// Strings that are hard to write: indicators, reserved words, numbers, white space, controls, line breaks.
    static let tricky = [
        "", " ", " a", "a ", "a: b", "a #b", "a#b", "-a", "- a", "?a", ":a", "a:", "'a'", "\"a\"", "&a", "*a", "!a",
        "|a", ">a", "%a", "@a", "`a", "true", "TRUE", "tRuE", "yes", "No", "on", "null", "~", "=", "<<", "12", "-1",
        "+1", "1e5", "0x1F", "0o17", "1_000", "1:30", ".inf", "-.inf", ".NaN", "2024-01-01", "2001-12-14 21:59:43",
        "1st", "a,b", "a:b", "a?b", "[a]", "{a}", "a\tb", "a\nb", "a\r\nb", "a\u{85}b", "a\u{2028}b", "\u{FEFF}a",
        "a\u{0}b", "a\u{1B}[2Jb", "a\u{7F}b", "a\u{9F}b", "a\u{FFFE}b", "a\u{202E}b", "张　三", "张三 ", "O'Brien",
        "Federal Register agencies", "minutes#一.四", "https://example.org/a?b=c", "\\", "a\\nb",
    ]

    @Test("plain where every YAML reader reads the same string, quoted otherwise")
    func plainOrQuoted() {
        for s in ["张三", "Federal Register agencies", "file1#2", "O'Brien", "a:b", "a,b", "u-1", "1号楼"] {
            #expect(YAMLText.scalar(s) == s, "\(s)")
        }
        for s in [
            "", " a", "a ", "a: b", "a #b", "-a", "true", "TRUE", "tRuE", "~", "=", "<<", "12", "1e5", "0x1F", "1_000",
            "1:30", ".inf", "2024-01-01", "1st", "a\tb", "a\u{85}b", "a\u{2028}b", "\u{FEFF}a",
        ] {
            #expect(YAMLText.scalar(s).hasPrefix("\""), "\(s)")
        }
        // Inside {…} and […] the flow indicators, `:` and `?` end a plain scalar in some readers.
        for s in ["a,b", "a:b", "a?b", "[a]", "{a}"] {
            #expect(YAMLText.scalar(s, inFlow: true).hasPrefix("\""), "\(s)")
        }
        #expect(YAMLText.list(["a", "b,c", "1"]) == "[a, \"b,c\", \"1\"]")
        #expect(YAMLText.quoted("a\"\\\n\r\t\u{1B}\u{85}\u{FEFF}b") == "\"a\\\"\\\\\\n\\r\\t\\u001B\\u0085\\uFEFFb\"")
    }

    @Test("every string reads back the same, in block and in flow context, as a model's names, lists and keys")
    func roundTrip() throws {
        for s in Self.tricky {
            let block = """
                format: orgchart/1
                organisation:
                  name: \(YAMLText.scalar(s))
                people:
                  - id: p
                    name: \(YAMLText.scalar(s))

                """
            let m = try ModelLoader.load(text: block, file: "block.yaml")
            #expect(m.organisation.name == s && m.people.first?.name == s, "block: \(s.debugDescription)")
            var model = Model(file: "flow.yaml", organisation: Organisation(name: s))
            model.units = [Unit(id: "u", name: s, kind: "team", rules: [s, s], aliases: [s])]
            let written = ModelWriter().yaml(model)
            let again = try ModelLoader.load(text: written, file: "flow.yaml")
            let u = try #require(again.units.first, "flow: \(s.debugDescription)")
            #expect(u.name == s && u.rules == [s, s] && u.aliases == [s], "flow: \(s.debugDescription)")
            #expect(ModelWriter().yaml(again) == written)
        }
    }

    @Test("comments stay on one line and show what YAML refuses")
    func comments() {
        #expect(YAMLText.comment("a\nb\r\nc\u{2028}d\te") == "a b  c d e")
        #expect(YAMLText.comment("a\u{1B}b\u{FEFF}") == "a\\u{1B}b\\u{FEFF}")
    }

    @Test("each character is in one class, and ordinary text in none")
    func unsafeCharacters() {
        let expected: [(Unicode.Scalar, UnsafeCharacters)] = [
            ("\t", .tab), ("\n", .lineFeed), ("\r", .carriageReturn), ("\u{0}", .control), ("\u{1F}", .control),
            ("\u{7F}", .deleteAndC1), ("\u{85}", .deleteAndC1), ("\u{9F}", .deleteAndC1),
            ("\u{2028}", .lineSeparator), ("\u{2029}", .lineSeparator), ("\u{202A}", .bidiControl),
            ("\u{202E}", .bidiControl), ("\u{2066}", .bidiControl), ("\u{2069}", .bidiControl),
            ("\u{FEFF}", .byteOrderMark), ("\u{FFFE}", .noncharacter), ("\u{FFFF}", .noncharacter),
        ]
        for (u, c) in expected {
            #expect(UnsafeCharacters(u) == c, "U+\(String(u.value, radix: 16))")
            #expect(UnsafeCharacters.all.contains(u))
        }
        for u in ["a", " ", "~", "\u{A0}", "\u{3000}", "张", "\u{2027}", "\u{202F}", "\u{206A}", "\u{FFFD}", "😀"]
            as [Unicode.Scalar]
        {
            #expect(UnsafeCharacters(u) == [] && !UnsafeCharacters.all.contains(u), "U+\(String(u.value, radix: 16))")
        }
        #expect(!UnsafeCharacters.yaml.contains("\u{202E}") && UnsafeCharacters.terminal.contains("\u{202E}"))
        #expect(!UnsafeCharacters.terminal.contains("\t") && UnsafeCharacters.graphviz.contains("\t"))
    }
}
