/// Where something stands in a notice: its line and column, and the heading numerals above it.
typealias NoticeLocation = MinutesLocation

/// A body a notice sets up or describes: the 领导小组 itself, its 办公室, a 工作组 under it.
struct NoticeBody: Sendable, Hashable {
    /// Its name as the notice writes it (临安市信用建设工作领导小组, 临安市信用建设工作领导小组办公室).
    var name: String
    /// Its unit kind (leading-group, headquarters, task-force, office, workgroup, committee, joint-meeting).
    var kind: String
    /// The body it sits under (an office's parent, a work group's headquarters), if any.
    var parent: String?
    /// The list of members ends in 等 or names a class: the notice does not name them all.
    var membersOpen = false
    var location: NoticeLocation
    /// The rule that found it.
    var rule: String

    /// Whether it is an office (办公室), as its kind says.
    var isOffice: Bool { NoticeLexicon.isOffice(kind) }
}

/// One role in a body, held by a person, a post or a unit.
struct NoticeRole: Sendable, Hashable {
    var role: NoticeLexicon.Role
    /// The body's name.
    var body: String
    var entry: NoticeEntry
    /// The role as the notice writes it (组长, 副总指挥, 办公室主任, 成员单位).
    var roleText: String
    var location: NoticeLocation
    var rule: String
}

/// A body or unit an adjustment renames (原X更名为Y).
struct NoticeRename: Sendable, Hashable {
    /// The name it had.
    var old: String
    /// The name it takes.
    var new: String
    var location: NoticeLocation
    var rule: String
}

/// A fact about a body that is not a role: where its office is set, a standing rule, a duty.
struct NoticeNote: Sendable, Hashable {
    /// What the note is.
    enum Sort: String, Sendable, Hashable {
        /// `text` is the unit hosting the body's office (办公室设在…).
        case host
        /// `text` is a standing rule (成员如有变动…替补).
        case rule
        /// `text` is one of the body's duties (主要职责).
        case duty
    }

    var sort: Sort
    var body: String
    var text: String
    var location: NoticeLocation
    var rule: String
}

/// Text the reader met but could not read, reported rather than dropped.
struct NoticeUnread: Sendable, Hashable {
    var text: String
    var location: NoticeLocation
    /// Why it was not read.
    var reason: Message
}

/// Everything read from one notice.
struct NoticeReading: Sendable {
    var source: NoticeSource
    var bodies: [NoticeBody] = []
    var roles: [NoticeRole] = []
    var notes: [NoticeNote] = []
    /// Holders an adjustment takes off a role (…不再担任副组长); `role` is nil-free: a holder leaving every role of
    /// the body is listed once per role.
    var leaving: [NoticeRole] = []
    /// Bodies and units an adjustment renames (…更名为…).
    var renames: [NoticeRename] = []
    var unread: [NoticeUnread] = []

    /// The main body: the one the title names, else the first found.
    var main: NoticeBody? { bodies.first { $0.parent == nil && !$0.isOffice } ?? bodies.first }

    /// The body of that name.
    func body(_ name: String) -> NoticeBody? { bodies.first { $0.name == name } }
}
