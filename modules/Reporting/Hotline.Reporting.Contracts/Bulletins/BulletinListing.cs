namespace Hotline.Reporting.Contracts.Bulletins;

/// <summary>One published month in GET /api/reports/bulletins: its current version and every version, newest first.</summary>
public sealed record BulletinListing(string Month, int Current, IReadOnlyList<PublishedBulletin> Versions);
