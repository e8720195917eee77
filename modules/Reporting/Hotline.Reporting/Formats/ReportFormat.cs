namespace Hotline.Reporting.Formats;

/// <summary>How a report is answered: <c>?format=json</c> (default), <c>xlsx</c>, <c>csv</c> or <c>html</c> (printable page).</summary>
public enum ReportFormat
{
    Json,
    Xlsx,
    Csv,
    Html,
}
