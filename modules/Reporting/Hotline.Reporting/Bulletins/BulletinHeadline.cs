namespace Hotline.Reporting.Bulletins;

/// <summary>
/// The headline figures of one branch, project or the company in a month, the ones compared with last month and the
/// same month last year. As a change, each is this month's less the other month's (null when either is unknown).
/// </summary>
public sealed record BulletinHeadline(
    long? Received,
    double? OnTimeRate,
    long? WarningsRaised,
    decimal? PenaltyPoints,
    long? InvalidComplaints,
    double? AdoptionRate,
    double? AverageRating,
    long? LateWeeklySummaries)
{
    /// <summary>Nothing known: the unit had no figures in that month (e.g. the project did not exist yet).</summary>
    public static readonly BulletinHeadline Unknown = new(null, null, null, null, null, null, null, null);

    public static BulletinHeadline Of(BulletinFigures f) => new(
        f.Received, f.OnTimeRate, f.WarningsRaisedByLevel.Sum(w => w.Count), f.PenaltyPoints, f.InvalidComplaints,
        f.AdoptionRate, f.Ratings.Overall, f.LateWeeklySummaries);

    /// <summary>This headline less <paramref name="earlier"/>, figure by figure.</summary>
    public BulletinHeadline ChangeFrom(BulletinHeadline earlier) => new(
        Received - earlier.Received,
        OnTimeRate - earlier.OnTimeRate,
        WarningsRaised - earlier.WarningsRaised,
        PenaltyPoints - earlier.PenaltyPoints,
        InvalidComplaints - earlier.InvalidComplaints,
        AdoptionRate - earlier.AdoptionRate,
        AverageRating - earlier.AverageRating,
        LateWeeklySummaries - earlier.LateWeeklySummaries);
}
