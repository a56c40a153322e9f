import ArgumentParser
import OrgChartCore
import OrgChartOffice

extension TextEncoding: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft duties and structure from meeting minutes (会议纪要) or a model from a notice (通知).",
        discussion: """
            Reads the minutes with a table of rules (`orgchart extract --rules` lists them; see docs/extract.md) and \
            writes the assignments (lead, assists, task, deadline, cadence, report target, source), the structure \
            facts, and findings for tasks with no owner (duty-without-lead) or a collective owner (diffuse-lead).

            A notice that sets up a body (关于成立…领导小组/指挥部/专班的通知) is recognised (or give --kind notice): \
            its bodies, heads, deputies, members, office, duties and standing rules are drafted as a whole model.

            A Word document (.docx) is read as Word shows it: its paragraphs in order with their automatic numbers \
            (一、 (一) 1.), each table row as a line, footnotes and headers left out. An old .doc, a PDF, an RTF or \
            an .odt is refused with the command that converts it.

            Examples:
              orgchart extract seeds/dongchuan-2021-02-25-minutes.txt
              orgchart extract 会议纪要.docx --model model.yaml
              orgchart extract minutes.txt --model seeds/dongchuan-2021.yaml --format json
              orgchart extract minutes.txt --merge model.yaml -o model-new.yaml
              orgchart extract minutes.txt --merge model.yaml --in-place
              orgchart extract minutes.txt --explain
              orgchart extract notice.txt -o draft.yaml
              orgchart extract adjustment.txt --adjusts earlier.yaml -o adjusted.yaml
              orgchart diff earlier.yaml adjusted.yaml
            """)

    @Argument(
        help: "The minutes or notice: a Word document (.docx) or a text file in UTF-8 or GB18030.",
        completion: .file())
    var minutes: String?

    @Option(name: .long, help: "What the document is: minutes or notice (default: recognised from the text).")
    var kind: DocumentKind?

    @Option(
        name: .long, help: "Resolve names against this model (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var model: String?

    @OptionGroup var format: FormatOption<ExtractionPrinters>

    @Option(
        name: .long,
        help: "Add what is new to this model; the result goes to -o, --in-place or stdout.",
        completion: .file(extensions: ["yaml", "yml"]))
    var merge: String?

    @Option(
        name: .long,
        help: "The model of the body before this notice adjusts it (调整); writes the adjusted model, ids kept.",
        completion: .file(extensions: ["yaml", "yml"]))
    var adjusts: String?

    @Flag(name: .long, help: "With --merge: replace the model file itself (atomically).")
    var inPlace = false

    @OptionGroup var output: OutputOption

    @Option(name: .long, help: "The minutes' encoding: utf8, gb18030 or auto (default).")
    var encoding: TextEncoding = .auto

    @Option(name: .long, help: "The key of the minutes in organisation.sources (default: minutes).")
    var sourceName = "minutes"

    @Option(name: .long, help: "The meeting's date, when the text does not give it (YYYY-MM-DD).")
    var meetingDate: Day?

    @Flag(name: .long, help: "Print on standard error which rule read each assignment and fact.")
    var explain = false

    @Flag(name: .long, help: "Print the text as read (a .docx with its numbers restored) and exit.")
    var showText = false

    @Flag(name: .long, help: "List the extraction rules and exit.")
    var rules = false

    @Flag(name: .long, help: .hidden)
    var rulesMarkdown = false

    @OptionGroup var options: GlobalOptions

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if rules || rulesMarkdown { return }
        if minutes == nil { throw ValidationError("missing the minutes file") }
        if inPlace && merge == nil { throw ValidationError("--in-place needs --merge MODEL.yaml") }
        if inPlace && output.path != nil { throw ValidationError("give either --in-place or -o, not both") }
        if merge != nil && format.format?.format == ExtractionJSON.format {
            throw ValidationError("--merge writes a model (YAML); drop --format json")
        }
        if adjusts != nil && (merge != nil || model != nil) {
            throw ValidationError("--adjusts already reads its model; drop --merge and --model")
        }
        if adjusts != nil && format.format?.format == ExtractionJSON.format {
            throw ValidationError("--adjusts writes a model (YAML); drop --format json")
        }
        if let merge, let model, merge != model {
            throw ValidationError("--merge already resolves names against its model; drop --model or make them equal")
        }
    }

    func run() throws {
        let lang = options.language
        if rules {
            print(ExtractionDocumentation.text(lang), terminator: "")
            print(NoticeRules.text(lang), terminator: "")
            return
        }
        if rulesMarkdown {
            print(ExtractionDocumentation.markdown(), terminator: "")
            return
        }
        guard let minutes else { throw ExitCode(2) }
        let modelPath = merge ?? model ?? adjusts
        let m = try modelPath.map { try loadModel($0, options, limits: limits) }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(minutes, limit: 64 << 20)
        } catch {
            printError("\(minutes): error: " + error.message.text(lang))
            throw ExitCode(2)
        }
        // A Word document is read to its text and a text file decoded; either text then goes through the same
        // extraction (of minutes or of a notice).
        let document: String
        var decodedAs: TextEncoding?
        switch TextDocument.kind(of: bytes, file: minutes) {
        case .refused(let error):
            printError("\(minutes): error: " + error.message.text(lang))
            throw ExitCode(2)
        case .docx:
            do {
                document = try DocxReader.text(bytes, file: minutes)
            } catch {
                printError("\(minutes): error: " + error.message.text(lang))
                throw ExitCode(2)
            }
        case .text:
            do {
                let decoded = try TextFileDecoder.decode(bytes, encoding: encoding, file: minutes)
                document = decoded.text
                decodedAs = decoded.encoding
            } catch {
                printError(error.line(lang))
                throw ExitCode(2)
            }
        }
        if showText {
            print(document, terminator: "")
            return
        }
        var extraction: Extraction
        if (self.kind ?? DocumentKind.detect(document)) == .notice {
            extraction = NoticeExtractor.extract(text: document, file: minutes)
        } else {
            extraction = MinutesExtractor.extract(
                text: document, file: minutes,
                options: ExtractOptions(
                    encoding: encoding, model: m, sourceName: sourceName, meetingDate: meetingDate, today: Day.today()))
        }
        if let decodedAs { extraction.encoding = decodedAs }
        var notes: [Message] = []
        if extraction.isNotice, let m, adjusts == nil {
            (extraction, notes) = NoticeExtractor.resolved(extraction, against: m)
        }
        for note in notes { printError("note: " + note.text(lang)) }
        if explain { printError(ExtractionExplainer(lang: lang).render(extraction)) }
        // With --merge the output is the model, whatever -o is called.
        let printed = merge == nil ? format.resolved(output) : ExtractionYAML.format
        if printed != ExtractionJSON.format {
            for note in extraction.notes { printError("\(minutes): note: " + note.text(lang)) }
        }
        let inputs = [minutes] + (modelPath.map { [$0] } ?? [])
        if let adjusts, let m {
            guard extraction.isNotice else {
                printError(
                    "\(minutes): error: "
                        + Message(
                            en:
                                "--adjusts reads a notice (通知); this reads as minutes (give --kind notice if it is one)",
                            zh: "--adjusts 只读通知;此文件被识别为会议纪要(如确为通知,请加 --kind notice)"
                        ).text(lang))
                throw ExitCode(2)
            }
            let adjusted: NoticeAdjustment.Result
            do {
                let original = try FileIO.read(adjusts)
                adjusted = try NoticeAdjustment.apply(
                    extraction, to: String(decoding: original, as: UTF8.self), model: m, file: adjusts,
                    noticePath: minutes)
            } catch {
                printError("\(adjusts): error: " + error.message.text(lang))
                throw ExitCode(2)
            }
            for note in adjusted.notes { printError("note: " + note.text(lang)) }
            try emit(adjusted.text, to: output.path, inputs: inputs, options: options)
            return
        }
        if let merge, let m {
            let original: [UInt8]
            do {
                original = try FileIO.read(merge)
            } catch {
                printError("\(merge): error: " + error.message.text(lang))
                throw ExitCode(2)
            }
            let merged: ModelMerger.Result
            do {
                merged = try ModelMerger.merge(
                    extraction, into: String(decoding: original, as: UTF8.self), model: m, file: merge,
                    minutesPath: minutes,
                    sourceName: extraction.isNotice ? NoticeDraft.sourceName(sourceName) : sourceName)
            } catch {
                printError("\(merge): error: " + error.message.text(lang))
                throw ExitCode(2)
            }
            for note in merged.notes { printError("note: " + note.text(lang)) }
            if inPlace {
                try write(Array(merged.text.utf8), to: merge, inputs: inputs, options: options, inPlace: true)
            } else {
                try emit(merged.text, to: output.path, inputs: inputs, options: options, offersInPlace: true)
            }
            return
        }
        let printer = ExtractionPrinters.printer(
            printed, for: extraction,
            ExtractionPrinterOptions(lang: lang, documentPath: minutes, sourceName: sourceName, model: m))
        try emit(printer.render(extraction), to: output.path, inputs: inputs, options: options)
    }
}
