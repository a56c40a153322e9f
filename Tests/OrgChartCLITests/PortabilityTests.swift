import Foundation
import Testing

/// The sources build for Linux and, by construction, for macOS: libc is reached through the usual
/// `#if canImport(Glibc)` … `#elseif canImport(Darwin)`, never by a Linux-only name or path.
@Suite("Portability")
struct PortabilityTests {
    @Test("every file that imports Glibc also imports Darwin; no Glibc-qualified call, no /proc path")
    func libcIsPortable() throws {
        var files: [String] = []
        for folder in ["Sources", "Tests"] {
            let root = CLI.repository.appendingPathComponent(folder)
            let walker = FileManager.default.enumerator(atPath: root.path)
            while let path = walker?.nextObject() as? String {
                if path.hasSuffix(".swift") { files.append(root.appendingPathComponent(path).path) }
            }
        }
        #expect(files.count > 100)
        for file in files where !file.hasSuffix("/PortabilityTests.swift") {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            if text.contains("import Glibc") {
                #expect(text.contains("canImport(Darwin)"), "\(file) imports Glibc only")
            }
            #expect(!text.contains("Glibc."), "\(file) calls a Glibc-qualified name")
            #expect(!text.contains("\"/proc/"), "\(file) reads /proc")
        }
    }
}
