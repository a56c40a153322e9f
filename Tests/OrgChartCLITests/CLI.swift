import Foundation

/// Runs the built `orgchart` binary and captures what it prints.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Terminated by a signal rather than exiting.
        var crashed: Bool
    }

    /// The repository root.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The `orgchart` executable the tests run: `ORGCHART_BINARY` when set, otherwise the one SwiftPM built next to
    /// the test bundle (`.build/<platform>/debug`), found through `Bundle` on Linux and macOS alike, and at last
    /// `.build/debug/orgchart`.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["ORGCHART_BINARY"] { return URL(fileURLWithPath: path) }
        for bundle in [Bundle.main] + Bundle.allBundles {
            // The test bundle (macOS: …/debug/orgchartPackageTests.xctest) or the folder of the test executable.
            var folder = bundle.bundleURL
            if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
            let exe = folder.appendingPathComponent("orgchart")
            if FileManager.default.isExecutableFile(atPath: exe.path) { return exe }
        }
        return repository.appendingPathComponent(".build/debug/orgchart")
    }()

    /// Runs `orgchart` with arguments in the repository root.
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> Result {
        try launch(binary, arguments, environment: environment, stdin: stdin)
    }

    /// Runs a shell command line (for `ulimit` and `mount`) in the repository root.
    static func runShell(_ command: String) throws -> Result {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
    }

    /// Runs a program in the repository root with LANG=C.UTF-8, capturing both outputs.
    static func launch(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil
    ) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = repository
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try p.run()
        if let stdin {
            // Written from another thread, so a large input cannot block while the outputs fill up.
            Thread {
                input.fileHandleForWriting.write(stdin)
                try? input.fileHandleForWriting.close()
            }.start()
        }
        // Read both pipes concurrently so a large output cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Result(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), crashed: p.terminationReason == .uncaughtSignal)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("orgchart-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
