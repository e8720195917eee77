namespace Hotline.Reporting.Analyses;

/// <summary>
/// One clock of the regulation over the week's tickets, company-wide: clocks decided (met on time, met late, or breached
/// and still open), those on time, those breached (late or still open past due), the on-time rate, and the projects
/// behind it (the lowest on-time rates, then the most breached).
/// </summary>
public sealed record SlowClock(string Clock, long Decided, long OnTime, long Breached, double? OnTimeRate, IReadOnlyList<SlowProject> Projects);
