/// The list of every check (`CheckRunner` runs it). A test fails when a `CheckRule` type is missing from it.
public enum CheckCatalog {
    /// Every check, in documentation order. Within a severity, findings are listed in this order too: what most
    /// needs a reader's attention first (contradictions, then work nobody owns and dates passed, then what the
    /// source leaves to be named).
    public static let all: [any CheckRule.Type] = [
        DanglingReference.self,
        WrongReferenceType.self,
        HierarchyCycle.self,
        CountMismatch.self,
        OfficeHostInvalid.self,
        RoleConflict.self,
        AssistIsLead.self,
        UnknownSource.self,
        DutyWithoutLead.self,
        DeadlinePassed.self,
        DutyMultipleLeads.self,
        DuplicateDuty.self,
        NearDuplicateDuty.self,
        UnitWithoutChief.self,
        UnitWithoutOffice.self,
        SubcommandWithoutDuties.self,
        Placeholder.self,
        LiaisonGap.self,
        DiffuseLead.self,
        PendingApproval.self,
        NoDeadline.self,
        VagueTiming.self,
        LeadOverload.self,
        UnusedPerson.self,
        OrphanUnit.self,
    ]

    /// The check with this id.
    public static func rule(_ id: String) -> (any CheckRule.Type)? { all.first { $0.id == id } }

    /// A check's place in the catalog, for listing findings (-1 for anything else: load errors, `check-settings`).
    public static func rank(_ id: String) -> Int { ranks[id] ?? -1 }

    static let ranks: [String: Int] = Dictionary(
        uniqueKeysWithValues: all.enumerated().map { ($0.element.id, $0.offset) })

    /// Ids of every check.
    public static var ids: [String] { all.map { $0.id } }
}
