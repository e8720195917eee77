namespace Hotline.WebConsole.Reports;

/// <summary>The API's own exports of the bulletin and the weekly analysis (GET ?format=, on the console's cookie session).</summary>
public static class ReportPaths
{
    public static string Bulletin(string month, string format) => $"/api/reports/bulletins/{Uri.EscapeDataString(month)}?format={format}";

    public static string Analysis(string week, string format) => $"/api/reports/weekly-analyses/{Uri.EscapeDataString(week)}?format={format}";
}
