namespace Hotline.Reporting.Bulletins;

/// <summary>
/// A month's bulletin as published (A10.1.3.5): what is stored, frozen, as canonical JSON and hashed. The company's
/// totals, every branch with its rank (<see cref="BulletinRanking"/>), every project. <see cref="ComputedAt"/> is when
/// the figures were read; data changing afterwards does not change it (a re-publication is a new version).
/// </summary>
public sealed record MonthlyBulletin(
    string Month,
    DateTimeOffset From,
    DateTimeOffset To,
    string PreviousMonth,
    string SameMonthLastYear,
    DateTimeOffset ComputedAt,
    string Ranking,
    BulletinUnit Company,
    IReadOnlyList<BulletinUnit> Branches,
    IReadOnlyList<BulletinUnit> Projects);
