namespace Hotline.WebConsole.Reports;

/// <summary>Where a summary's console page and its exports are (the exports are the API's own GET with <c>?format=</c>, on the console's cookie session).</summary>
public static class WeeklySummaryPaths
{
    public static string Page(string projectId, string week) => $"/console/reports/weekly/{Uri.EscapeDataString(projectId)}/{Uri.EscapeDataString(week)}";

    public static string Export(string projectId, string week, string format) =>
        $"/api/reports/projects/{Uri.EscapeDataString(projectId)}/weekly-summaries/{Uri.EscapeDataString(week)}?format={format}";
}
