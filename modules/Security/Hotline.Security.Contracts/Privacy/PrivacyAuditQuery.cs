namespace Hotline.Security.Contracts.Privacy;

/// <summary>A read of the privacy audit log: by ticket, by viewer, or both; newest first, at most <see cref="Limit"/> entries.</summary>
public sealed record PrivacyAuditQuery(Guid? TicketId, string? PersonId, int Limit = PrivacyAuditQuery.DefaultLimit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
}
