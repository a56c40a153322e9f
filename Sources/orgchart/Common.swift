import ArgumentParser
import OrgChartCore
import OrgChartRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Options every command that prints messages shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages: zh or en (default: from LANG).")
    var lang: Language?

    @Flag(name: .long, help: "Never colour the output (colour is only used on a terminal anyway).")
    var noColor = false

    var language: Language {
        lang ?? Language.fromEnvironment(ProcessEnvironment.locale)
    }

    /// The language of a chart or report of `models`: --lang, then LANG when it names zh or en, then the language
    /// the models' names are written in (a model of Chinese names gets Chinese labels under LANG=C).
    func contentLanguage(_ models: [Model]) -> Language {
        if let lang { return lang }
        if let named = Language.namedInEnvironment(ProcessEnvironment.locale) { return named }
        return Language.ofTexts(
            models.lazy.flatMap { [$0.organisation.name] + $0.units.prefix(1000).map(\.name) }.filter { !$0.isEmpty })
    }

    /// Colour only when stdout is a terminal, NO_COLOR is unset and --no-color was not given.
    var colour: Bool {
        !noColor && isatty(1) == 1 && ProcessEnvironment["NO_COLOR"] == nil && ProcessEnvironment["TERM"] != "dumb"
    }
}

extension Language: ExpressibleByArgument {}

/// The process's environment variables, read with getenv(3) (Darwin does not export `environ` to Swift).
enum ProcessEnvironment {
    /// The value of the variable `name`, or nil when it is unset.
    static subscript(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// The locale variables that name the language of messages (`LC_ALL`, `LC_MESSAGES`, `LANG`), those set.
    static var locale: [String: String] {
        var out: [String: String] = [:]
        for key in Language.environmentKeys { out[key] = self[key] }
        return out
    }
}

/// Runs `body`; a chart error (Graphviz refused the graph, a layout limit, a font) becomes its message on standard
/// error and exit code 2.
func reportingChartErrors<T>(_ lang: Language, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ChartError {
        printError((lang == .zh ? "错误:" : "error: ") + error.message.text(lang))
        throw ExitCode(2)
    }
}

/// The absolute path of the working directory (nil when it cannot be read).
func currentDirectory() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Writes to standard error.
func printError(_ text: String) {
    var s = text
    if !s.hasSuffix("\n") { s += "\n" }
    _ = s.withCString { write(2, $0, strlen($0)) }
}

/// The limits a model file is loaded within (docs/limits.md), for every command that reads a model.
struct LimitOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Largest model file read, in bytes; K, M or G multiply by 1024s (default 256M).", valueName: "size"))
    var maxBytes: ByteCount?

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of YAML lists and mappings (default 64).", valueName: "n"))
    var maxDepth: Int?

    @Option(name: .long, help: ArgumentHelp("Most YAML nodes in a model (default 20000000).", valueName: "n"))
    var maxNodes: Int?

    func validate() throws {
        if let maxDepth, maxDepth < 1 { throw ValidationError("--max-depth must be at least 1") }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
    }

    /// The limits to load with: the defaults, changed by the flags given.
    var yaml: YAMLLimits {
        var l = YAMLLimits.default
        if let maxBytes { l.maxBytes = maxBytes.value }
        if let maxDepth { l.maxDepth = maxDepth }
        if let maxNodes { l.maxNodes = maxNodes }
        return l
    }
}

/// A number of bytes written as digits with an optional K, M or G (powers of 1024): `1048576`, `512K`, `2G`.
struct ByteCount: ExpressibleByArgument {
    var value: Int

    init?(argument: String) {
        var digits = Substring(argument)
        var scale = 1
        switch digits.last.map({ Character($0.uppercased()) }) {
        case "K": scale = 1 << 10
        case "M": scale = 1 << 20
        case "G": scale = 1 << 30
        default: break
        }
        if scale > 1 { digits = digits.dropLast() }
        guard let n = Int(digits), n >= 1 else { return nil }
        let (product, overflow) = n.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        value = product
    }
}

/// Loads a model within `limits` (the defaults when nil) or prints its errors and exits 2.
func loadModel(_ path: String, _ options: GlobalOptions, limits: LimitOptions? = nil) throws -> Model {
    try loadIndexedModel(path, options, limits: limits).model
}

/// Loads a model with its index within `limits` (the defaults when nil), or prints its errors and exits 2.
func loadIndexedModel(_ path: String, _ options: GlobalOptions, limits: LimitOptions? = nil) throws
    -> (model: Model, index: ModelIndex)
{
    let loaded = try loadIndexedModelInPieces(path, options, limits: limits)
    return (loaded.model, loaded.index)
}

/// The same, also saying in how many pieces the file was decoded at once (1: a single pass).
func loadIndexedModelInPieces(_ path: String, _ options: GlobalOptions, limits: LimitOptions? = nil) throws
    -> (model: Model, index: ModelIndex, pieces: Int)
{
    let yamlLimits = limits?.yaml ?? .default
    do {
        if path == "-" {
            // `-` is standard input: a model piped in (`generate … | orgchart check -`).
            let bytes = readStandardInput(limit: yamlLimits.maxBytes)
            let loaded = try ModelLoader.loadIndexed(bytes: bytes, file: "<stdin>", limits: yamlLimits)
            return (loaded.model, loaded.index, 1)
        }
        return try ModelLoader.loadIndexedInPieces(path: path, limits: yamlLimits)
    } catch {
        let printer = TextFindingPrinter(lang: options.language, colour: options.colour && isatty(2) == 1)
        for f in error.errors { printError(printer.line(f)) }
        let n = error.errors.count
        printError(
            options.language == .zh
                ? "\(path):无法加载模型(\(n) 个错误)" : "\(path): cannot load the model (\(n) error\(n == 1 ? "" : "s"))")
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if path.contains("."), ["txt", "md", "doc", "docx", "text"].contains(ext) {
            printError(
                options.language == .zh
                    ? "提示:\(path) 看来是会议纪要而不是模型;纪要请用 `orgchart extract \(path) --model 模型.yaml` 读取其中的分工"
                    : "hint: \(path) looks like meeting minutes, not a model; minutes go to `orgchart extract \(path) "
                        + "--model MODEL.yaml`, which reads the assignments out of them")
        }
        throw ExitCode(2)
    }
}

/// Standard input in full, or the first `limit` + 1 bytes of it (the loader then reports the limit).
func readStandardInput(limit: Int) -> [UInt8] {
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while out.count <= limit {
        let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        out += chunk[0..<n]
    }
    return out
}

/// Prints text, or writes it atomically to a file; refuses to overwrite one of the command's inputs (pointing to
/// `--in-place` when the command has it).
func emit(_ text: String, to output: String?, inputs: [String], options: GlobalOptions, offersInPlace: Bool = false)
    throws
{
    guard let output, output != "-" else {
        print(text, terminator: "")
        return
    }
    try write(Array(text.utf8), to: output, inputs: inputs, options: options, offersInPlace: offersInPlace)
}

/// Exits 2 with a message when `output` names one of the command's inputs (by path or as the same file).
func refuseOverwritingInput(_ output: String, inputs: [String], options: GlobalOptions, offersInPlace: Bool = false)
    throws
{
    guard let clash = inputs.first(where: { $0 == output || FileIO.sameFile($0, output) }) else { return }
    printError(
        options.language == .zh
            ? "error: 输出文件 \(output) 就是输入文件 \(clash);不会覆盖输入"
                + (offersInPlace ? "(如确需覆盖,请使用 --in-place)" : "")
            : "error: the output \(output) is the input \(clash); refusing to overwrite an input"
                + (offersInPlace ? " (to replace the model, use --in-place)" : ""))
    throw ExitCode(2)
}

/// Writes bytes atomically to a file, refusing to overwrite an input; errors exit 2.
func write(
    _ bytes: [UInt8], to output: String, inputs: [String], options: GlobalOptions, inPlace: Bool = false,
    offersInPlace: Bool = false
) throws {
    if !inPlace { try refuseOverwritingInput(output, inputs: inputs, options: options, offersInPlace: offersInPlace) }
    do {
        try FileIO.writeAtomically(bytes, to: output)
    } catch {
        printError("error: " + error.message.text(options.language))
        throw ExitCode(2)
    }
}

/// Wall-clock laps for `--timings`.
struct Stopwatch {
    var last = Stopwatch.now()

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Seconds since the last lap.
    mutating func lap() -> Double {
        let n = Stopwatch.now()
        defer { last = n }
        return n - last
    }

    static func ms(_ s: Double) -> String { String(Int((s * 1000).rounded())) }
}

/// Ends the process at once with `code`, after flushing standard output: a command done with a large model leaves
/// it to the system to reclaim instead of freeing it value by value.
func exitProcess(_ code: Int32) -> Never {
    fflush(nil)
    exit(code)
}

/// The format an output file's extension names (in lower case: `FileExtension`), from the formats a command writes
/// (`[(".csv", .csv), …]`). With no `-o` (or `-o -`) it is `fallback`; an extension the command cannot write exits
/// 2 saying which ones it can, so that `-o m.xlsx` never gets Markdown in it.
func outputFormat<F: Equatable>(
    _ output: String?, given: F?, extensions: [(String, F)], fallback: F, inputs: [String], options: GlobalOptions
) throws -> F {
    guard let output, output != "-", !output.hasPrefix("/dev/") else { return given ?? fallback }
    // Writing over an input, or onto a folder, is refused for that reason first.
    try refuseOverwritingInput(output, inputs: inputs, options: options)
    var st = stat()
    if stat(output, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { return given ?? fallback }
    let named = FileExtension.format(of: output, in: extensions)
    let list = extensions.map(\.0).joined(separator: " ")
    guard let named else {
        printError(
            options.language == .zh
                ? "error: 无法写入 \(output):此命令只能写 \(list) 文件"
                : "error: cannot write \(output): this command writes \(list) files only")
        throw ExitCode(2)
    }
    if let given, given != named {
        printError(
            options.language == .zh
                ? "error: --format 与输出文件 \(output) 的扩展名不一致"
                : "error: --format does not match the extension of \(output)")
        throw ExitCode(2)
    }
    return named
}
