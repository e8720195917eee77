using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Hotline.Reporting.Formats;

/// <summary>
/// <see cref="IReportRenderer"/>: the workbook and the CSV as downloads (<c>Content-Disposition: attachment</c>),
/// the printable page inline; times in the business time zone, stamped with when it was made.
/// </summary>
public sealed class ReportRenderer(TimeZoneInfo zone, TimeProvider time) : IReportRenderer
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    public IResult Render(ReportDocument document, ReportFormat format, string fileName)
    {
        var name = SafeFileName(fileName);
        return format switch
        {
            ReportFormat.Xlsx => Results.File(XlsxReportWriter.Write(document, zone, time.GetUtcNow()), XlsxContentType, name + ".xlsx"),
            ReportFormat.Csv => Results.File(CsvReportWriter.Write(document, zone), CsvContentType, name + ".csv"),
            ReportFormat.Html => new PrintablePageResult(HtmlReportWriter.Write(document, zone, time.GetUtcNow()), name + ".html"),
            // JSON is the model itself, answered by ReportAnswer before any document is built.
            _ => throw new UnreachableException($"No document is rendered as {format}."),
        };
    }

    /// <summary>A header-safe download name: ASCII letters, digits, '.', '-' and '_'; anything else becomes '-'.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = new StringBuilder(Math.Min(fileName.Length, 100));
        foreach (var c in fileName.Take(100))
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var text = name.ToString().Trim('.', '-');
        return text.Length == 0 ? "report" : text;
    }
}
