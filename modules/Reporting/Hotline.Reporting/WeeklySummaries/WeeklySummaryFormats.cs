using Hotline.Reporting.Formats;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// <c>?format=json|xlsx|csv|html</c> for the weekly summary's reads (default json): JSON is the model, the rest the
/// document rendered by the module's <see cref="IReportRenderer"/>.
/// </summary>
public static class WeeklySummaryFormats
{
    public static bool TryParse(string? text, out ReportFormat format)
    {
        format = ReportFormat.Json;
        return string.IsNullOrWhiteSpace(text) || (Enum.TryParse(text.Trim(), ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _));
    }

    public static IResult BadFormat() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["must be json, xlsx, csv or html"] });

    public static IResult Answer<TModel>(HttpContext context, ReportFormat format, TModel model, Func<TModel, ReportDocument> document, string fileName) =>
        format == ReportFormat.Json ? TypedResults.Ok(model)
        : context.RequestServices.GetService<IReportRenderer>() is { } renderer ? renderer.Render(document(model), format, fileName)
        : TypedResults.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Format not available", detail: $"this build renders no {format}");
}
