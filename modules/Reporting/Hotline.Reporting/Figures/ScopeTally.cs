using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Tickets.Contracts;

namespace Hotline.Reporting.Figures;

/// <summary>
/// One scope's rows as the batch reads them, added up into its <see cref="OverviewFigures"/>. Each figure group's
/// statement writes only its own members (lanes fill one tally side by side, <see cref="FiguresBatch"/>).
/// </summary>
internal sealed class ScopeTally
{
    public Dictionary<string, long> Kinds { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> Categories { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> Channels { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> Open { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Clock, string Outcome), long> Clocks { get; } = [];
    public Dictionary<string, long> WarningsRaised { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> WarningsOpen { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> SameIssues { get; } = new(StringComparer.Ordinal);
    public long Received { get; set; }
    public long InvalidComplaints { get; set; }
    public long Adopted { get; set; }
    public long NotAdopted { get; set; }
    public long Undecided { get; set; }
    public long Rated { get; set; }
    public long OverallSum { get; set; }
    public long SpeedSum { get; set; }
    public long AttitudeSum { get; set; }
    public long Verified { get; set; }
    public double VerifySeconds { get; set; }
    public long Answered { get; set; }
    public double AnswerSeconds { get; set; }
    public decimal PenaltyPoints { get; set; }

    public static void Add(Dictionary<string, long> counts, string name, long count) =>
        counts[name] = counts.GetValueOrDefault(name) + count;

    /// <summary>The figures of the groups <paramref name="read"/>; a group not read stays empty (no clock rows) or zero, and the figures say so.</summary>
    public OverviewFigures ToFigures(
        ReportScope scope, ReportPeriod period, DateTimeOffset asOf, SameIssueLine line, long households, string month, FigureGroups read) => new(
        scope,
        period,
        asOf,
        new ReceivedFigures(Received, Named(Kinds), Named(Categories), Named(Channels)),
        Named(Open),
        (read & FigureGroups.Clocks) == 0 ? [] : [.. ReportClocks.All.Select(c => Clock(c.Name))],
        new WarningFigures(Named(WarningsRaised), Named(WarningsOpen), Verified, Average(VerifySeconds / 60, Verified),
            Answered, Average(AnswerSeconds / 60, Answered)),
        InvalidComplaints,
        new SuggestionFigures(Adopted, NotAdopted, Undecided),
        new RatingFigures(Rated, Average(OverallSum, Rated), Average(SpeedSum, Rated), Average(AttitudeSum, Rated)),
        [.. SameIssues.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => line.Figure(s.Key, s.Value, households))],
        month,
        PenaltyPoints,
        (double)line.Percent,
        read);

    /// <summary>On time is met by the due time; decided is met (on time or late) or breached: the rate is on time / decided.</summary>
    private ClockFigures Clock(string name)
    {
        long Count(string outcome) => Clocks.GetValueOrDefault((name, outcome));
        var (met, late, breached) = (Count(ClockOutcome.Met), Count(ClockOutcome.Late), Count(ClockOutcome.Breached));
        var decided = met + late + breached;
        return new ClockFigures(name, met, late, breached, Count(ClockOutcome.Running), decided == 0 ? null : (double)met / decided);
    }

    private static double? Average(double sum, long count) => count == 0 ? null : sum / count;

    private static IReadOnlyList<NamedCount> Named(Dictionary<string, long> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new NamedCount(c.Key, c.Value))];
}
