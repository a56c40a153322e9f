import OrgChartCore

/// The `report` command's page: one self-contained HTML file with the chart, the findings, the responsibility matrix
/// and the duties of a model, readable offline and sent around before a meeting.
public enum HTMLReport {
    /// The report of a restructuring: the changes from `before` to `after` and their impact, the visual diff, and
    /// the findings, matrix and duties of `after`.
    public static func render(before: Model, after: Model, options: ReportOptions = ReportOptions()) throws(ChartError)
        -> String
    {
        let diff = ModelDiff(before: before, after: after, options: CheckOptions(asOf: options.asOf))
        let findings = CheckRunner.run(after, options: CheckOptions(asOf: options.asOf))
        var page = ReportPage(model: after, findings: findings, options: options, diff: diff)
        let chart = try page.chartSection()
        return page.document(
            header: page.diffHeader(diff), chart: chart, before: page.changesSection(diff) + page.impactSection(diff))
    }

    /// The report of one model, with the checks of the catalog run as of `options.asOf`.
    public static func render(_ model: Model, options: ReportOptions = ReportOptions()) throws(ChartError) -> String {
        let findings = CheckRunner.run(model, options: CheckOptions(asOf: options.asOf))
        var page = ReportPage(model: model, findings: findings, options: options)
        let chart = try page.chartSection()
        return page.document(header: page.header(), chart: chart)
    }
}

/// One report being written: the model, its findings, and the HTML of each section. Every text from the model goes
/// through `e` (HTML escaping) on its way into the page.
struct ReportPage {
    let model: Model
    let index: ModelIndex
    let findings: [Finding]
    let options: ReportOptions
    /// For two models: the comparison; `model` is then the model after the change.
    let diff: ModelDiff?
    /// The chart's element id of each unit drawn, by unit id (filled by `chartSection`).
    var chartIDs: [String: String] = [:]
    /// The chart's element id of each removed unit drawn, by its BEFORE id (visual diff only).
    var removedChartIDs: [String: String] = [:]
    /// Whether the chart is the explorable one the script draws (a model too large for `dot`).
    var explorable = false

    init(model: Model, findings: [Finding], options: ReportOptions, diff: ModelDiff? = nil) {
        self.model = model
        self.index = ModelIndex(model)
        self.findings = findings
        self.options = options
        self.diff = diff
    }

    var lang: Language { options.lang }

    /// A message in the report's language, HTML-escaped.
    func t(_ m: Message) -> String { HTML.escape(m.text(lang)) }

    /// Model text, HTML-escaped for element content and quoted attributes.
    func e(_ s: String) -> String { HTML.escape(s) }

    /// The organisation's name (for two models, AFTER's, else BEFORE's), or the file's when the model gives none.
    var organisationName: String {
        if !model.organisation.name.isEmpty { return model.organisation.name }
        if let diff, !diff.before.organisation.name.isEmpty { return diff.before.organisation.name }
        return model.file
    }

    /// The whole document around `body`, with a Content-Security-Policy that allows the page's one style sheet and
    /// one script (by hash) and nothing else: no network request of any kind, no other script, no plugin.
    /// The page: `header`, the navigation, then in the main part the chart, the sections given in `before` (the
    /// changes of a restructuring) and those of every report (findings, matrix, duties, posts); the footer and
    /// the data.
    func document(header: String, chart: String, before: String = "") -> String {
        var body = header + navigation() + "<main class=\"wrap\">\n" + chart + before
        body += findingsSection() + matrixSection() + dutiesSection() + postsSection()
        body += "</main>\n" + footer() + dataScript()
        return document(body: body)
    }

    func document(body: String) -> String {
        let css = ReportAssets.css
        let js = ReportAssets.script
        let policy = [
            "default-src 'none'", "style-src 'sha256-\(SHA256.base64Digest(css))'",
            "script-src 'sha256-\(SHA256.base64Digest(js))'", "img-src 'none'", "font-src 'none'",
            "connect-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
        ].joined(separator: "; ")
        return """
            <!DOCTYPE html>
            <html lang="\(lang == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(policy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <meta name="generator" content="orgchart \(OrgChartVersion.string)">
            <title>\(e(organisationName)) · \(t(diff == nil ? ReportWords.title : ReportWords.diffTitle))</title>
            <style>\(css)</style>
            </head>
            <body>
            \(body)<script>\(js)</script>
            </body>
            </html>

            """
    }

    /// The page's data for the script (units, people and duties with their relations), as JSON in a data block.
    /// The JSON writer escapes `<`, `>` and `&`, so no text can end the element early.
    func dataScript() -> String {
        let data = ReportData(page: self)
        var json = data.json
        var explorer: JSON? = explorable ? explorerData(units: model.units, removed: []) : nil
        if let diff {
            // AFTER's units with their change, then the removed BEFORE units, drawn where they were.
            var before = ReportPage(model: diff.before, findings: [], options: options)
            before.chartIDs = removedChartIDs
            let old = ReportData(page: before)
            let units =
                model.units.map { data.unit($0, extra: change($0.id, diff)) }
                + diff.removedUnits.map {
                    old.unit($0.unit, extra: [("removed", .bool(true))] + change($0.unit.id, diff))
                }
            json = data.document(units: units)
            if explorable {
                let all = model.units + diff.removedUnits.map(\.unit)
                explorer = explorerData(units: all, removed: Set(model.units.count..<all.count))
            }
        }
        if let explorer, case .object(var fields) = json {
            // A large model's units without their empty fields: the script reads a missing field as empty.
            // Parents and children are in the tree's data already; the script rebuilds them for the panel.
            fields = fields.map {
                guard $0.0 == "units", case .array(let units) = $0.1 else { return $0 }
                return (
                    $0.0,
                    .array(
                        units.map {
                            guard case .object(let f) = $0.withoutEmptyFields(depth: 2) else { return $0 }
                            return .object(
                                f.filter {
                                    $0.0 != "children" && ($0.0 != "parent" || f.contains { $0.0 == "removed" })
                                })
                        })
                )
            }
            fields.append(("tree", explorer))
            json = .object(fields)
        }
        return "<script type=\"application/json\" id=\"report-data\">" + json.serialized(indent: 0) + "</script>\n"
    }

    func footer() -> String {
        """
        <footer class="page-footer"><div class="wrap">\(t(ReportWords.footer)) \
        orgchart \(OrgChartVersion.string)</div></footer>

        """
    }
}
