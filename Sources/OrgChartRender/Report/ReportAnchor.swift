/// The `id` attributes of the report's elements for a unit, a person or a duty: stable, so a report can be linked to
/// (`report.html#unit-rural-planning`), and made only of characters that are safe in HTML, SVG and URLs whatever the
/// model's ids contain.
enum ReportAnchor {
    /// The chart node of a unit.
    static func unit(_ id: String) -> String { "unit-" + fragment(id) }

    /// The chart node that keeps drawing a unit a restructuring removes.
    static func removed(_ id: String) -> String { "removed-" + fragment(id) }

    /// The row of a duty in the duties table.
    static func duty(_ id: String) -> String { "duty-" + fragment(id) }

    /// An id as it goes into an anchor: as written when it uses only letters, digits, `-`, `_` and `.` (what the
    /// loader accepts), otherwise `~` and the hexadecimal of its UTF-8 bytes, which cannot clash with a plain id.
    static func fragment(_ id: String) -> String {
        let plain =
            !id.isEmpty
            && id.unicodeScalars.allSatisfy { c in
                (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_"
                    || c == "."
            }
        if plain { return id }
        let digits = Array("0123456789abcdef")
        var out = "~"
        for b in id.utf8 {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return out
    }
}
