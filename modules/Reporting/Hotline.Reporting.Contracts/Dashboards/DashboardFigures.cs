using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Contracts.Dashboards;

/// <summary>
/// What a dashboard draws: <see cref="Overview"/> as the overview endpoint answers it, <see cref="Projects"/> (a branch's
/// or the company's projects with their penalty points; empty for a project) and <see cref="Trend"/> (the last
/// <see cref="DashboardFigures.TrendWeeks"/> reporting weeks, oldest first, the current one last).
/// </summary>
public sealed record DashboardFigures(OverviewFigures Overview, IReadOnlyList<ProjectPenalty> Projects, IReadOnlyList<WeekTrend> Trend)
{
    public const int TrendWeeks = 8;
}
