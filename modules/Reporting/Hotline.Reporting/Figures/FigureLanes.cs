namespace Hotline.Reporting.Figures;

/// <summary>
/// Which lane (pooled connection, run beside the others) each figure group's statement goes in. By the statements'
/// times on the company month at 1,000,000 tickets (BENCHMARKS.md, "Reports at a million tickets"): same-issue, the
/// heaviest, alone; received with the light warnings and penalties; clocks with open. Three lanes rather than two so
/// the two cores stay busy even when one estimate is off; a pass that leaves groups out runs fewer.
/// </summary>
internal static class FigureLanes
{
    public const int SameIssues = 0;
    public const int Received = 1;
    public const int Warnings = 1;
    public const int Penalties = 1;
    public const int Clocks = 2;
    public const int Open = 2;
}
