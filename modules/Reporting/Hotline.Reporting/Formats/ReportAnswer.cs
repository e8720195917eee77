using Microsoft.AspNetCore.Http;

namespace Hotline.Reporting.Formats;

/// <summary>
/// How every report endpoint answers: the model as JSON for <c>json</c>, else the document made of it rendered as
/// a workbook, CSV or printable page. The document is only built when a file or page is asked for.
/// </summary>
public sealed class ReportAnswer(IReportRenderer renderer)
{
    public IResult Of<TModel>(ReportFormat format, TModel model, Func<TModel, ReportDocument> document, string fileName) =>
        format == ReportFormat.Json ? Results.Ok(model) : renderer.Render(document(model), format, fileName);
}
