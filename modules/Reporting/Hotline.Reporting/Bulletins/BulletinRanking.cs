namespace Hotline.Reporting.Bulletins;

/// <summary>
/// How branches are ranked in the bulletin (1 = best), one rank each, no ties: fewest net penalty points of the month
/// (A12's ledger is the assessment the regulation already keeps); then the higher overall on-time rate (a branch with no
/// clock decided in the month after those with one); then the branch id (ordinal), so equal branches rank the same way
/// on every publication.
/// </summary>
public static class BulletinRanking
{
    public const string Rule = "penalty points ascending, then on-time rate descending (none last), then branch id";

    /// <summary>The branches in rank order, each with its <see cref="BulletinUnit.Rank"/>.</summary>
    public static IReadOnlyList<BulletinUnit> Rank(IEnumerable<BulletinUnit> branches) =>
    [
        .. branches
            .OrderBy(b => b.Figures.PenaltyPoints)
            .ThenBy(b => b.Figures.OnTimeRate is null ? 1 : 0)
            .ThenByDescending(b => b.Figures.OnTimeRate ?? 0)
            .ThenBy(b => b.Id, StringComparer.Ordinal)
            .Select((b, i) => b with { Rank = i + 1 }),
    ];
}
