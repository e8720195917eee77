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

    /// <summary>
    /// The format asked for, read the one way every report endpoint reads it: a bad one is added to
    /// <paramref name="errors"/> under <c>format</c> (and json answered), so the endpoint reports it with its other
    /// fields' problems in one 400.
    /// </summary>
    public static ReportFormat Read(string? text, IDictionary<string, string[]> errors)
    {
        if (TryParse(text, out var format))
            return format;
        errors[Name] = Messages(text);
        return ReportFormat.Json;
    }

    /// <summary>What the problem says under <c>format</c>, for an endpoint that reports it with its other fields.</summary>
    public static string[] Messages(string? text) => [$"unknown format '{Shorten(text)}'; use json (the default), xlsx, csv or html"];

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
