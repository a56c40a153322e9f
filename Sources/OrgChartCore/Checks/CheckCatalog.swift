/// The list of every check (`CheckRunner` runs it). A test fails when a `CheckRule` type is missing from it.
public enum CheckCatalog {
    /// Every check, in documentation order.
    public static let all: [any CheckRule.Type] = [
        DanglingReference.self,
        WrongReferenceType.self,
        HierarchyCycle.self,
        DutyWithoutLead.self,
        DutyMultipleLeads.self,
        DuplicateDuty.self,
        DiffuseLead.self,
        AssistIsLead.self,
        UnitWithoutChief.self,
        UnitWithoutOffice.self,
        OfficeHostInvalid.self,
        CountMismatch.self,
        LiaisonGap.self,
        RoleConflict.self,
        LeadOverload.self,
        DeadlinePassed.self,
        UnusedPerson.self,
        OrphanUnit.self,
        Placeholder.self,
        UnknownSource.self,
    ]

    /// The check with this id.
    public static func rule(_ id: String) -> (any CheckRule.Type)? { all.first { $0.id == id } }

    /// Ids of every check.
    public static var ids: [String] { all.map { $0.id } }
}
