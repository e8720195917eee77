namespace Hotline.Reporting.Bulletins;

/// <summary>
/// GET /api/reports/bulletins/{month}: one version as the caller may see it (<see cref="BulletinAudience"/>).
/// <see cref="Complete"/> says whether <see cref="Bulletin"/> is the whole frozen content (a company role) or the
/// caller's part of it; <see cref="Sha256"/> is always the hash of the whole. <see cref="BranchCount"/>: how many
/// branches were ranked.
/// </summary>
public sealed record BulletinResponse(
    string Month,
    int Version,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    string Sha256,
    bool Replaced,
    int? ReplacedBy,
    int BranchCount,
    bool Complete,
    MonthlyBulletin Bulletin);
