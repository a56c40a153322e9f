/// Where something stands in a notice: its line and column, and the heading numerals above it.
public typealias NoticeLocation = MinutesLocation

/// A body a notice sets up or describes: the 领导小组 itself, its 办公室, a 工作组 under it.
public struct NoticeBody: Sendable, Hashable {
    /// Its name as the notice writes it (临安市信用建设工作领导小组, 临安市信用建设工作领导小组办公室).
    public var name: String
    /// Its unit kind (leading-group, headquarters, task-force, office, workgroup, committee, joint-meeting).
    public var kind: String
    /// The body it sits under (an office's parent, a work group's headquarters), if any.
    public var parent: String?
    /// The list of members ends in 等 or names a class: the notice does not name them all.
    public var membersOpen = false
    public var location: NoticeLocation
    /// The rule that found it.
    public var rule: String

    /// Whether it is an office (办公室), as its kind says.
    public var isOffice: Bool { NoticeLexicon.isOffice(kind) }
}

/// One role in a body, held by a person, a post or a unit.
public struct NoticeRole: Sendable, Hashable {
    public var role: NoticeLexicon.Role
    /// The body's name.
    public var body: String
    public var entry: NoticeEntry
    /// The role as the notice writes it (组长, 副总指挥, 办公室主任, 成员单位).
    public var roleText: String
    public var location: NoticeLocation
    public var rule: String
}

/// A body or unit an adjustment renames (原X更名为Y).
public struct NoticeRename: Sendable, Hashable {
    /// The name it had.
    public var old: String
    /// The name it takes.
    public var new: String
    public var location: NoticeLocation
    public var rule: String
}

/// A fact about a body that is not a role: where its office is set, a standing rule, a duty.
public struct NoticeNote: Sendable, Hashable {
    /// What the note is.
    public enum Sort: String, Sendable, Hashable {
        /// `text` is the unit hosting the body's office (办公室设在…).
        case host
        /// `text` is a standing rule (成员如有变动…替补).
        case rule
        /// `text` is one of the body's duties (主要职责).
        case duty
    }

    public var sort: Sort
    public var body: String
    public var text: String
    public var location: NoticeLocation
    public var rule: String
}

/// Text the reader met but could not read, reported rather than dropped.
public struct NoticeUnread: Sendable, Hashable {
    public var text: String
    public var location: NoticeLocation
    /// Why it was not read.
    public var reason: Message
}

/// Everything read from one notice.
public struct NoticeReading: Sendable {
    public var source: NoticeSource
    public var bodies: [NoticeBody] = []
    public var roles: [NoticeRole] = []
    public var notes: [NoticeNote] = []
    /// Holders an adjustment takes off a role (…不再担任副组长); `role` is nil-free: a holder leaving every role of
    /// the body is listed once per role.
    public var leaving: [NoticeRole] = []
    /// Bodies and units an adjustment renames (…更名为…).
    public var renames: [NoticeRename] = []
    public var unread: [NoticeUnread] = []

    /// The main body: the one the title names, else the first found.
    public var main: NoticeBody? { bodies.first { $0.parent == nil && !$0.isOffice } ?? bodies.first }

    /// The body of that name.
    public func body(_ name: String) -> NoticeBody? { bodies.first { $0.name == name } }
}
