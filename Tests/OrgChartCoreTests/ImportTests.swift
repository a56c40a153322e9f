import Foundation
import OrgChartCore
import Testing

@Suite("Import and generate")
struct ImportTests {
    func temp(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("orgchart-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static let csv = "id,name,parent\r\n1,东川区,\r\n2,\"铜都街道, 城区\",1\r\n3,\"碧谷\n街道\",1\r\n4,\"say \"\"hi\"\"\",2\r\n"

    func check(_ model: Model) {
        #expect(model.units.map(\.id) == ["1", "2", "3", "4"])
        #expect(model.units.map(\.name) == ["东川区", "铜都街道, 城区", "碧谷\n街道", "say \"hi\""])
        #expect(model.units.map { $0.parent?.id } == [nil, "1", "1", "2"])
    }

    @Test("CSV in UTF-8, with and without a byte-order mark, with quoted commas, quotes and line breaks")
    func utf8() throws {
        for bom in [false, true] {
            let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(Self.csv.utf8)
            let path = try temp("units.csv", bytes)
            let r = try HierarchyImporter.run([ImportSpec(path: path, parentColumn: "parent")], name: "T")
            check(r.model)
            #expect(r.encodings[path] == .utf8)
        }
    }

    @Test("CSV in GB18030 (what Excel saves on Chinese systems) is detected, or chosen")
    func gb18030() throws {
        // 东川区 and the other names, encoded to GB18030 with iconv so the test needs no fixture file.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe()
        let output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(Data(Self.csv.utf8))
        try input.fileHandleForWriting.close()
        let bytes = Array(output.fileHandleForReading.readDataToEndOfFile())
        p.waitUntilExit()
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the fixture really is not UTF-8")
        let path = try temp("units-gb.csv", bytes)
        let auto = try HierarchyImporter.run([ImportSpec(path: path, parentColumn: "parent")], name: "T")
        check(auto.model)
        #expect(auto.encodings[path] == .gb18030)
        let chosen = try HierarchyImporter.run(
            [ImportSpec(path: path, parentColumn: "parent")], name: "T", encoding: .gb18030)
        check(chosen.model)
        #expect(throws: LoadFailure.self) {
            try HierarchyImporter.run([ImportSpec(path: path, parentColumn: "parent")], name: "T", encoding: .utf8)
        }
    }

    @Test("several files at once, each with its own parent column; the model loads and checks clean")
    func severalFiles() throws {
        let a = try temp("p.csv", Array("code,name\n53,云南省\n".utf8))
        let b = try temp("c.csv", Array("code,name,provinceCode\n5301,昆明市,53\n".utf8))
        let c = try temp("a.csv", Array("code,name,cityCode\n530113,东川区,5301\n".utf8))
        let specs = try [
            a + ":kind=province", b + ":parent=provinceCode,kind=city", c + ":parent=cityCode,kind=county",
        ]
        .map { try ImportSpec(argument: $0) }
        let r = try HierarchyImporter.run(specs, name: "云南")
        #expect(r.model.units.map(\.id) == ["53", "5301", "530113"])
        #expect(r.model.units.map(\.kind) == ["province", "city", "county"])
        let text = ModelWriter().yaml(r.model)
        let reloaded = try ModelLoader.load(text: text, file: "云南.yaml")
        #expect(reloaded.units.map { $0.parent?.id } == [nil, "53", "5301"])
        #expect(CheckRunner.run(reloaded).filter { $0.severity >= .warning }.isEmpty)
    }

    @Test("JSON arrays of records with id and parent fields")
    func json() throws {
        let path = try temp(
            "agencies.json",
            Array(
                #"[{"id": 1, "name": "Dept \"A\"", "parent_id": null}, {"id": "2", "name": "Office <b>", "parent_id": 1}]"#
                    .utf8))
        let r = try HierarchyImporter.run([ImportSpec(path: path)], name: "US")
        #expect(r.model.units.map(\.name) == ["Dept \"A\"", "Office <b>"])
        #expect(r.model.units[1].parent?.id == "1")
    }

    @Test("broken CSV and JSON give located errors")
    func broken() throws {
        let csv = try temp("bad.csv", Array("id,name\n1,\"unclosed\n".utf8))
        do {
            _ = try HierarchyImporter.run([ImportSpec(path: csv)], name: nil)
            Issue.record("imported")
        } catch {
            #expect(error.errors.first?.mark == SourceMark(line: 2, column: 3))
        }
        let json = try temp("bad.json", Array("[{\"id\": 1,\n \"name\": }]".utf8))
        do {
            _ = try HierarchyImporter.run([ImportSpec(path: json)], name: nil)
            Issue.record("imported")
        } catch {
            #expect(error.errors.first?.mark?.line == 2)
        }
        let noColumn = try temp("x.csv", Array("code,nom\n1,a\n".utf8))
        do {
            _ = try HierarchyImporter.run([ImportSpec(path: noColumn)], name: nil)
        } catch {
            #expect(error.errors.first?.message.en.contains("no name column") == true)
        }
    }

    @Test(
        "the real China divisions hierarchy imports whole: 31 provinces, 342 cities, 2,978 counties, 41,352 townships")
    func china() throws {
        let dir = Fixtures.repository.appendingPathComponent("seeds/data/china-divisions").path
        let specs = try [
            "\(dir)/provinces.csv:kind=province", "\(dir)/cities.csv:parent=provinceCode,kind=city",
            "\(dir)/areas.csv:parent=cityCode,kind=county", "\(dir)/streets.csv:parent=areaCode,kind=township",
        ].map { try ImportSpec(argument: $0) }
        let r = try HierarchyImporter.run(specs, name: "中国行政区划")
        var counts: [String: Int] = [:]
        for u in r.model.units { counts[u.kind, default: 0] += 1 }
        #expect(counts == ["province": 31, "city": 342, "county": 2978, "township": 41352])
        #expect(r.warnings.isEmpty)
        let dongchuan = r.model.units.filter { $0.parent?.id == "530113" }.map(\.name)
        #expect(dongchuan == ["铜都街道", "碧谷街道", "汤丹镇", "因民镇", "阿旺镇", "乌龙镇", "红土地镇", "拖布卡镇", "舍块乡"])
        let reloaded = try ModelLoader.load(text: ModelWriter().yaml(r.model), file: "china.yaml")
        #expect(CheckRunner.run(reloaded).filter { $0.severity >= .warning }.isEmpty)
    }

    @Test("generate is deterministic, valid, and plants the gaps and overlaps it reports")
    func generate() throws {
        let g = ModelGenerator(units: 3000, people: 500, duties: 5000, seed: 42)
        let (m1, planted) = g.generate()
        let (m2, _) = g.generate()
        let text = ModelWriter().yaml(m1)
        #expect(text == ModelWriter().yaml(m2))
        #expect(
            text != ModelWriter().yaml(ModelGenerator(units: 3000, people: 500, duties: 5000, seed: 43).generate().0))
        let loaded = try ModelLoader.load(text: text, file: "g.yaml")
        #expect(loaded.units.count == 3000 && loaded.people.count == 500 && loaded.duties.count == 5000)
        let f = CheckRunner.run(loaded, options: CheckOptions(asOf: Day(year: 2020, month: 1, day: 1)))
        #expect(f.filter { $0.check == "duty-without-lead" }.count == planted.gaps)
        #expect(f.filter { $0.check == "duty-multiple-leads" }.count == planted.overlaps)
        #expect(planted.gaps == 52 && planted.overlaps == 50)
        for id in ["dangling-reference", "wrong-reference-type", "hierarchy-cycle", "count-mismatch", "role-conflict"] {
            #expect(!f.contains { $0.check == id }, "\(id) in a generated model")
        }
        let index = ModelIndex(loaded)
        let depth = loaded.units.map { u -> Int in
            var d = 0
            var p = u.parent?.id
            while let id = p, let i = index.unit(id) {
                d += 1
                p = loaded.units[i].parent?.id
            }
            return d
        }.max()
        #expect(depth == 3, "a few levels: headquarters, posts, bureaus, teams")
    }

    /// How check time grows with the model is measured by `scripts/bench` (docs/benchmarks.md: 2× the model,
    /// ≤ 2.2× the time), not here: a time ratio taken while other tests share the cores can fail on a sound build.
    @Test("a 20,000-unit model loads on several cores and checks to exactly the gaps and overlaps planted in it")
    func atScale() throws {
        let (generated, planted) = ModelGenerator(units: 20000, people: 4000, duties: 40000, seed: 1).generate()
        let text = ModelWriter().yaml(generated)
        let m = try ModelLoader.load(text: text, file: "g.yaml")
        #expect(m.units.count == 20000 && m.people.count == 4000 && m.duties.count == 40000)
        #expect(ModelWriter().yaml(m) == text)
        let f = CheckRunner.run(m, options: CheckOptions(asOf: Day(year: 2020, month: 1, day: 1)))
        #expect(f.filter { $0.check == "duty-without-lead" }.count == planted.gaps)
        #expect(f.filter { $0.check == "duty-multiple-leads" }.count == planted.overlaps)
        for id in ["dangling-reference", "wrong-reference-type", "hierarchy-cycle", "count-mismatch", "role-conflict"] {
            #expect(!f.contains { $0.check == id }, "\(id) in a generated model")
        }
    }
}

@Suite("Real hierarchies: US federal agencies")
struct USAgenciesTests {
    @Test("the Federal Register agency list imports, checks and diffs")
    func agencies() throws {
        let path = Fixtures.repository.appendingPathComponent("seeds/data/us-federal-register/agencies.json").path
        let r = try HierarchyImporter.run(
            [try ImportSpec(argument: path + ":parent=parent_id,kind=department")], name: "US federal agencies")
        #expect(r.model.units.count == 459)
        #expect(r.model.units.filter { $0.parent != nil }.count == 217)
        let text = ModelWriter().yaml(r.model)
        let before = try ModelLoader.load(text: text, file: "us.yaml")
        #expect(CheckRunner.run(before).filter { $0.severity >= .warning }.isEmpty)
        // Move one agency under another and rename a second: the diff reports exactly that.
        var after = before
        after.file = "us-after.yaml"
        let moved = try #require(after.units.firstIndex { $0.parent != nil })
        let newParent = try #require(after.units.first { $0.parent == nil && $0.id != after.units[moved].parent?.id })
        after.units[moved].parent = Ref(newParent.id)
        let renamed = try #require(after.units.firstIndex { $0.parent == nil && $0.id != newParent.id })
        after.units[renamed].name += " (renamed)"
        let diff = ModelDiff(before: before, after: after)
        #expect(Set(diff.changes.map(\.change.rawValue)) == ["unit-moved", "unit-renamed"])
        #expect(diff.changes.count == 2)
    }
}
