/// Options of an extraction.
public struct ExtractOptions: Sendable {
    /// How the bytes are decoded.
    public var encoding: TextEncoding
    /// The model names are resolved against; nil proposes new ids.
    public var model: Model?
    /// The key of the minutes in `organisation.sources` (`minutes` gives `source: minutes#一.四`).
    public var sourceName: String
    /// The meeting's date when the text does not give one (deadlines without a year need it).
    public var meetingDate: Day?
    /// Today's date: when neither the text nor `meetingDate` gives any year, deadlines take the year of today
    /// (and the extraction says so); nil leaves them without a date.
    public var today: Day?

    /// Creates a value with the given parts.
    public init(
        encoding: TextEncoding = .auto, model: Model? = nil, sourceName: String = "minutes", meetingDate: Day? = nil,
        today: Day? = nil
    ) {
        self.today = today
        self.encoding = encoding
        self.model = model
        self.sourceName = sourceName
        self.meetingDate = meetingDate
    }
}

/// Reads meeting minutes (会议纪要) and drafts duties and structure from them with the rules of `ExtractionRules`.
///
/// The pipeline: decode (UTF-8, GB18030), normalise (`MinutesText`), split into items (`一、`), paragraphs, points
/// (`一是`, `（一）`), sentences (`。；`) and clauses (`，：`), then read each clause with the rules.
public enum MinutesExtractor {
    /// Extracts from the bytes of a file; throws a located error when they cannot be decoded.
    public static func extract(bytes: [UInt8], file: String, options: ExtractOptions = ExtractOptions())
        throws(TextDecodingError) -> Extraction
    {
        let (text, encoding) = try TextFileDecoder.decode(bytes, encoding: options.encoding, file: file)
        var result = extract(text: text, file: file, options: options)
        result.encoding = encoding
        return result
    }

    /// Extracts from decoded text.
    public static func extract(text: String, file: String = "<minutes>", options: ExtractOptions = ExtractOptions())
        -> Extraction
    {
        let reader = MinutesReader(text: MinutesText(text), file: file, options: options)
        return reader.run()
    }
}
