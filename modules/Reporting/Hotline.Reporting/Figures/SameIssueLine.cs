using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Figures;

/// <summary>
/// The same-issue rule of A11.3 as the counters apply it: reached when households × 100 ≥ percent × the scope's
/// registered households (never with no households). Share and line are percentages (the line is 5 by default).
/// </summary>
internal sealed record SameIssueLine(decimal Percent, TimeSpan Window)
{
    public SameIssueFigure Figure(string issueKey, long households, long total) => new(
        issueKey,
        households,
        total,
        total > 0 ? households * 100.0 / total : 0,
        (double)Percent,
        total > 0 && households > 0 && households * 100m >= Percent * total);
}
