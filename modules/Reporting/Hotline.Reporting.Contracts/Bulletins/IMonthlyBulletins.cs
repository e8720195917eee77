using Hotline.Kernel;
using Hotline.Reporting.Contracts.Sheets;

namespace Hotline.Reporting.Contracts.Bulletins;

/// <summary>
/// The monthly bulletin (A10.1.3.5) as GET /api/reports/bulletins and POST .../{month}/publish serve it, for the API and
/// the console alike. The caller has already passed the endpoint's access rule.
/// </summary>
public interface IMonthlyBulletins
{
    /// <summary>Whether <paramref name="month"/> is a month (<c>YYYY-MM</c>).</summary>
    bool IsMonth(string? month);

    /// <summary>The published months before <paramref name="before"/> (all when null), newest first, at most <paramref name="months"/>.</summary>
    Task<IReadOnlyList<BulletinListing>> List(string? before, int months, CancellationToken ct = default);

    /// <summary>
    /// A month's current version as its exports lay it out for a member of staff holding <paramref name="roles"/> (their
    /// part of it, as GET .../{month} gives them); null when the month is not published.
    /// </summary>
    Task<ReportSheet?> Sheet(string month, IReadOnlyCollection<RoleAssignment> roles, CancellationToken ct = default);

    /// <summary>Publishes a month that is over as a new version, published by <paramref name="personId"/>, and tells its readers.</summary>
    Task<BulletinPublishing> Publish(string month, string personId, CancellationToken ct = default);
}
