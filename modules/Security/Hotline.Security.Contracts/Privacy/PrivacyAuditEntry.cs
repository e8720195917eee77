namespace Hotline.Security.Contracts.Privacy;

/// <summary>
/// One full view of an owner's contact: who (person and the role they acted in, with its scope), when, which
/// ticket, and the owner as a reference that is safe to keep (masked name and phone, household) — never the phone.
/// </summary>
public sealed record PrivacyAuditEntry(
    string PersonId,
    string ActingRole,
    string ActingScope,
    DateTimeOffset ViewedAt,
    Guid TicketId,
    string ProjectId,
    string OwnerReference)
{
    /// <summary>Set by the log when read back: the entry's place in the log.</summary>
    public long Sequence { get; init; }
}
