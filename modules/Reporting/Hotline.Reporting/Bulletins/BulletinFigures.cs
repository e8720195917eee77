using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// What the bulletin says of one branch, project or the company for the month (A10.1.3.5): tickets received by kind,
/// category and channel; each clock's figures and the overall on-time rate (met on time over every clock decided,
/// invalid complaints left out, A10.4); warnings raised per level and how fast they were verified and answered; the
/// month's net penalty points from the ledger; invalid complaints; suggestions and the adoption rate (adopted over
/// decided); ratings; weekly summaries that were late.
/// </summary>
public sealed record BulletinFigures(
    long Received,
    IReadOnlyList<NamedCount> ByKind,
    IReadOnlyList<NamedCount> ByCategory,
    IReadOnlyList<NamedCount> ByChannel,
    IReadOnlyList<ClockFigures> Clocks,
    double? OnTimeRate,
    IReadOnlyList<NamedCount> WarningsRaisedByLevel,
    long WarningsVerified,
    double? AverageMinutesToVerify,
    long WarningsAnswered,
    double? AverageMinutesToAnswer,
    decimal PenaltyPoints,
    long InvalidComplaints,
    SuggestionFigures Suggestions,
    double? AdoptionRate,
    RatingFigures Ratings,
    long LateWeeklySummaries)
{
    public static BulletinFigures From(OverviewFigures o, long lateWeeklySummaries)
    {
        var decided = o.Clocks.Sum(c => c.MetOnTime + c.MetLate + c.BreachedOpen);
        var judged = o.Suggestions.Adopted + o.Suggestions.NotAdopted;
        return new BulletinFigures(
            o.Received.Total, o.Received.ByKind, o.Received.ByCategory, o.Received.ByChannel,
            o.Clocks, decided == 0 ? null : (double)o.Clocks.Sum(c => c.MetOnTime) / decided,
            o.Warnings.RaisedByLevel, o.Warnings.Verified, o.Warnings.AverageMinutesToVerify,
            o.Warnings.Answered, o.Warnings.AverageMinutesToAnswer,
            o.PenaltyPoints, o.InvalidComplaints,
            o.Suggestions, judged == 0 ? null : (double)o.Suggestions.Adopted / judged,
            o.Ratings, lateWeeklySummaries);
    }
}
