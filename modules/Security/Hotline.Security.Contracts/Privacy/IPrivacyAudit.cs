namespace Hotline.Security.Contracts.Privacy;

/// <summary>
/// The append-only record of who saw personal data whole. A full view is shown only after it was recorded;
/// entries carry references and masked values, never the data itself.
/// </summary>
public interface IPrivacyAudit
{
    Task RecordFullView(PrivacyAuditEntry entry, CancellationToken ct = default);

    /// <summary>Entries matching every filter set in <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<PrivacyAuditEntry>> Find(PrivacyAuditQuery query, CancellationToken ct = default);
}
