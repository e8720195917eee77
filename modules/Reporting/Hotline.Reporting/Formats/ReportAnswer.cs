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

    /// <summary>
    /// For an endpoint whose model is cheap: reads <c>?format=</c> itself (400 naming <c>format</c> when unknown).
    /// An endpoint with costly figures should check <see cref="ReportFormatQuery.TryParse"/> first, then call the other overload.
    /// </summary>
    public IResult Of<TModel>(string? format, TModel model, Func<TModel, ReportDocument> document, string fileName) =>
        ReportFormatQuery.TryParse(format, out var parsed) ? Of(parsed, model, document, fileName) : ReportFormatQuery.Problem(format);
}
