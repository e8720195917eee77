using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// The slowest clocks and the projects behind them (A8.1.4): clocks ordered by their company-wide on-time rate, lowest
/// first (clocks with nothing decided last); each with the <see cref="ProjectsPerClock"/> projects of the lowest on-time
/// rate, then the most breached, then by id. Invalid complaints are already outside the clock figures (A10.4).
/// </summary>
public static class SlowClocks
{
    public const int ProjectsPerClock = 5;

    public static IReadOnlyList<SlowClock> Of(OverviewFigures company, IReadOnlyList<OverviewFigures> projects, IReadOnlyDictionary<string, string?> branchOf) =>
        [.. company.Clocks
            .Select(clock => Slow(clock.Clock, Counts(clock), Behind(clock.Clock, projects, branchOf)))
            .OrderBy(c => c.OnTimeRate is null ? 1 : 0)
            .ThenBy(c => c.OnTimeRate)
            .ThenByDescending(c => c.Breached)
            .ThenBy(c => c.Clock, StringComparer.Ordinal)];

    private static IReadOnlyList<SlowProject> Behind(string clock, IReadOnlyList<OverviewFigures> projects, IReadOnlyDictionary<string, string?> branchOf) =>
        [.. projects
            .Select(p => (Id: p.Scope.Id!, Counts: p.Clocks.FirstOrDefault(c => c.Clock == clock) is { } f ? Counts(f) : default))
            .Where(p => p.Counts.Decided > 0)
            .Select(p => new SlowProject(p.Id, branchOf.GetValueOrDefault(p.Id), p.Counts.Decided, p.Counts.OnTime, p.Counts.Breached, Rate(p.Counts)))
            .OrderBy(p => p.OnTimeRate)
            .ThenByDescending(p => p.Breached)
            .ThenBy(p => p.ProjectId, StringComparer.Ordinal)
            .Take(ProjectsPerClock)];

    private static SlowClock Slow(string clock, (long Decided, long OnTime, long Breached) counts, IReadOnlyList<SlowProject> projects) =>
        new(clock, counts.Decided, counts.OnTime, counts.Breached, Rate(counts), projects);

    /// <summary>Decided: met on time, met late, or breached and still open; breached: late or still open past due.</summary>
    private static (long Decided, long OnTime, long Breached) Counts(ClockFigures f) =>
        (f.MetOnTime + f.MetLate + f.BreachedOpen, f.MetOnTime, f.MetLate + f.BreachedOpen);

    private static double? Rate((long Decided, long OnTime, long Breached) counts) =>
        counts.Decided == 0 ? null : Math.Round((double)counts.OnTime / counts.Decided, 4);
}
