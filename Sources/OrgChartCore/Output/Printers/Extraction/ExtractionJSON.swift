extension Party {
    /// `{"name", "title", "id", "kind", "resolved", "collective"}` (title and kind only when known).
    public var json: JSON {
        var pairs: [(String, JSON)] = [("name", .string(name))]
        if let title { pairs.append(("title", .string(title))) }
        pairs.append(("id", .string(id)))
        pairs.append(("sort", .string(sort.rawValue)))
        if let kind { pairs.append(("kind", .string(kind))) }
        pairs.append(("resolved", .bool(resolved)))
        pairs.append(("collective", .bool(collective)))
        if placeholder { pairs.append(("placeholder", .bool(true))) }
        return .object(pairs)
    }
}

extension MinutesLocation {
    /// `{"item": "一", "point": "四", "line": 5}`.
    public var json: JSON {
        .object([("item", .optional(item)), ("point", .optional(point)), ("line", .int(line))])
    }
}

extension Extraction {
    /// The JSON document of `orgchart extract --format json`:
    /// `{"assignments": […], "structure": […], "findings": […], "unresolved": […]}` (names are a public interface).
    ///
    /// `lead` is one party, null for an ownerless task, or a list when several are named jointly, as in the model.
    public func json(_ lang: Language, sourceName: String = "minutes") -> JSON {
        let assignments: [JSON] = self.assignments.enumerated().map { i, a in
            let lead: JSON
            switch a.lead.count {
            case 0: lead = .null
            case 1: lead = a.lead[0].json
            default: lead = .array(a.lead.map(\.json))
            }
            return .object([
                ("id", .string(a.dutyID)),
                ("lead", lead),
                ("assist", .array(a.assist.map(\.json))),
                ("task", .string(a.task)),
                ("due", .optional(a.due?.description)),
                ("cadence", .optional(a.cadence?.rawValue)),
                ("report_to", a.reportTo?.json ?? .null),
                ("source", a.location.json),
                ("rule", .string(a.noticeRule ?? a.rule.rawValue)),
                ("rules", .array((traces[i] ?? []).map { JSON.string($0.rawValue) })),
                ("sentence", .string(a.sentence)),
            ])
        }
        let structure: [JSON] = self.structure.map { f in
            var pairs: [(String, JSON)] = [("kind", .string(f.kind.rawValue))]
            if let u = f.unit { pairs.append(("unit", u.json)) }
            if let p = f.person { pairs.append(("person", p.json)) }
            if let o = f.other {
                pairs.append((f.kind == .office ? "host" : f.kind == .member ? "member" : "parent", o.json))
            }
            if let h = f.holding { pairs.append(("as", .string(h))) }
            if let r = f.role { pairs.append(("role", .string(r))) }
            if let k = f.unitKind { pairs.append(("unit_kind", .string(k))) }
            if let n = f.noun { pairs.append(("noun", .string(n))) }
            if let n = f.from { pairs.append(("from", .int(n))) }
            if let n = f.count { pairs.append(("count", .int(n))) }
            if let p = f.phrase { pairs.append(("phrase", .string(p))) }
            if let p = f.otherPhrase { pairs.append(("with", .string(p))) }
            pairs.append(("source", f.location.json))
            pairs.append(("rule", .string(f.noticeRule ?? f.rule.rawValue)))
            return .object(pairs)
        }
        let unresolved: [JSON] = self.unresolved.map { u in
            .object([
                ("name", .string(u.name)), ("sort", .string(u.sort.rawValue)), ("proposed_id", .string(u.proposedID)),
                ("source", u.location.json),
            ])
        }
        var notice: [(String, JSON)] = []
        if let n = self.notice {
            notice.append(("document", .string("notice")))
            notice.append(
                (
                    "source",
                    .object([
                        ("title", .optional(n.source.title)), ("number", .optional(n.source.number)),
                        ("issuer", .optional(n.source.issuer)), ("date", .optional(n.source.date?.description)),
                    ])
                ))
            notice.append(
                (
                    "rules",
                    .array(
                        n.notes.filter { $0.sort == .rule }.map {
                            .object([
                                ("body", .string($0.body)), ("text", .string($0.text)), ("source", $0.location.json),
                            ])
                        })
                ))
            notice.append(
                (
                    "not_read",
                    .array(
                        n.unread.map {
                            .object([
                                ("text", .string($0.text)), ("reason", .string($0.reason.text(lang))),
                                ("source", $0.location.json),
                            ])
                        })
                ))
        }
        // The approval in principle, only when the minutes give one (the other names are a fixed interface).
        var approval: [(String, JSON)] = []
        if let a = self.approval {
            approval.append(
                (
                    "approval",
                    .object([
                        ("status", .string(a.status.rawValue)), ("pending", .optional(a.pending)),
                        ("source", a.location.json), ("rule", .string(ExtractionRuleID.approval.rawValue)),
                        ("sentence", .string(a.sentence)),
                    ])
                ))
        }
        return .object(
            notice + approval + [
                ("meeting_date", .optional(meetingDate?.description)),
                ("meeting_year_guessed", .bool(meetingYearGuessed)),
                ("notes", .array(notes.map { .string($0.text(lang)) })),
                ("assignments", .array(assignments)),
                ("structure", .array(structure)),
                ("findings", .array(findings.map { $0.json(lang) })),
                ("unresolved", .array(unresolved)),
            ])
    }
}

/// Prints an extraction as the JSON document of `orgchart extract --format json`, with a final newline.
public struct ExtractionJSON: ExtractionPrinter {
    public static let format = OutputFormat(
        id: "json", extensions: [".json"],
        help: Message(
            en: "{\"assignments\", \"structure\", \"findings\", \"unresolved\"}, for scripts",
            zh: "供脚本使用的 JSON:{\"assignments\", \"structure\", \"findings\", \"unresolved\"}"))

    /// The language of messages.
    public var lang: Language
    /// The key the assignments' sources cite.
    public var sourceName: String

    public init(_ options: ExtractionPrinterOptions) {
        lang = options.lang
        sourceName = options.sourceName
    }

    public func render(_ extraction: Extraction) -> String {
        extraction.json(lang, sourceName: sourceName).serialized() + "\n"
    }
}
