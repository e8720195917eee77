using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Figures;

/// <summary>
/// The same-issue rule of A11.3 drawn on a report: whether a key is reached is <see cref="SameIssueShare"/>, the
/// rule the live counters apply. Share and line are percentages (the line is 5 by default).
/// </summary>
internal sealed record SameIssueLine(decimal Percent, TimeSpan Window)
{
    public SameIssueFigure Figure(string issueKey, long households, long total) => new(
        issueKey,
        households,
        total,
        total > 0 ? households * 100.0 / total : 0,
        (double)Percent,
        SameIssueShare.Reached(households, total, Percent));
}
