using Microsoft.AspNetCore.Http;

namespace Hotline.Reporting.Formats;

/// <summary>
/// The <c>?format=</c> of every report endpoint: <c>json</c> (the default, also when absent or blank), <c>xlsx</c>,
/// <c>csv</c> or <c>html</c>, case ignored. Anything else is a 400 problem naming <c>format</c>.
/// </summary>
public static class ReportFormatQuery
{
    public const string Name = "format";

    public static bool TryParse(string? text, out ReportFormat format)
    {
        format = ReportFormat.Json;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "json":
                return true;
            case "xlsx":
                format = ReportFormat.Xlsx;
                return true;
            case "csv":
                format = ReportFormat.Csv;
                return true;
            case "html":
                format = ReportFormat.Html;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The 400 for a format that is none of the four.</summary>
    public static IResult Problem(string? text) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]>
        {
            [Name] = [$"unknown format '{Shorten(text)}'; use json (the default), xlsx, csv or html"],
        });

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
