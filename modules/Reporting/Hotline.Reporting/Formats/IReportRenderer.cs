using Microsoft.AspNetCore.Http;

namespace Hotline.Reporting.Formats;

/// <summary>Turns a <see cref="ReportDocument"/> into a download (<c>.xlsx</c>, <c>.csv</c>) or a printable HTML page with its charts.</summary>
public interface IReportRenderer
{
    /// <summary>The file or page; <paramref name="fileName"/> without extension (ASCII-safe), used for the download's name.</summary>
    IResult Render(ReportDocument document, ReportFormat format, string fileName);
}
