using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Formats;

/// <summary>The live view (A6, A8.3.2) as a document: its scope, period and moment in the subtitle, then the figure tables.</summary>
public static class OverviewDocument
{
    public static ReportDocument Of(OverviewFigures figures, TimeZoneInfo zone) => new(
        $"即時概覽（{ReportWords.Scope(figures.Scope)}）",
        $"{ReportWords.Scope(figures.Scope)} · {ReportWords.Period(figures.Period, zone)} · 截至 {ReportCulture.Display(figures.AsOf, zone)}",
        FigureTables.Of(figures));

    /// <summary>The download's name: overview-company-2026-12-01 (ASCII; the renderer keeps it header-safe).</summary>
    public static string FileName(OverviewFigures figures, TimeZoneInfo zone) =>
        $"overview-{figures.Scope.ToString().Replace(':', '-')}-{ReportCulture.Local(figures.Period.From, zone):yyyy-MM-dd}";
}
