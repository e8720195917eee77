using Hotline.Reporting.Formats;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Reporting.Analyses;

/// <summary><c>?format=json</c> (default), <c>xlsx</c>, <c>csv</c> or <c>html</c>: JSON as the API's view, the others through the report renderer.</summary>
internal static class AnalysisFormats
{
    public static bool TryParse(string? text, out ReportFormat format, out IResult? problem)
    {
        problem = null;
        format = ReportFormat.Json;
        if (string.IsNullOrWhiteSpace(text) || (Enum.TryParse(text.Trim(), ignoreCase: true, out format) && !char.IsDigit(text.Trim()[0])))
        {
            return true;
        }

        problem = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["must be json, xlsx, csv or html"] });
        return false;
    }

    public static IResult Answer(IServiceProvider services, ReportFormat format, WeeklyAnalysis analysis, int? version, Func<WeeklyAnalysisView> view)
    {
        if (format == ReportFormat.Json)
        {
            return TypedResults.Ok(view());
        }

        var renderer = services.GetService<IReportRenderer>();
        return renderer is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"{format} is not available in this build: only json"] })
            : renderer.Render(WeeklyAnalysisDocument.Of(analysis, version), format, $"weekly-analysis-{analysis.Week}{(version is { } v ? $"-v{v}" : "-draft")}");
    }
}
