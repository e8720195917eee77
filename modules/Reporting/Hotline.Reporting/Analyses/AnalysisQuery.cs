using System.Globalization;
using Hotline.Reporting.Formats;
using Hotline.Reporting.Weeks;
using Microsoft.AspNetCore.Http;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// What GET /api/reports/weekly-analyses/{week} was asked: the week (<c>YYYY-Www</c>), <c>?version=</c> (a released
/// version; default the latest), <c>?draft=true</c> (the live figures even after a release) and <c>?format=</c>.
/// Bad input is a 400 problem naming its field.
/// </summary>
internal sealed record AnalysisQuery(ReportWeek Week, int? Version, bool Draft, ReportFormat Format)
{
    private const string WeekMessage = "must be a report week as YYYY-Www (the ISO week of its Friday), e.g. 2026-W48";

    public static bool TryParse(string week, string? version, string? draft, string? format, WeekCalendar calendar,
        out AnalysisQuery query, out IResult? problem)
    {
        query = null!;
        // Every bad field is named in the one 400.
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var known = TryWeek(week, calendar, out var reportWeek, out _);
        if (!known)
        {
            errors["week"] = [WeekMessage];
        }

        var chosen = ReportFormatQuery.Read(format, errors);
        var live = false;
        if (!string.IsNullOrWhiteSpace(draft) && !bool.TryParse(draft.Trim(), out live))
        {
            errors["draft"] = ["must be true or false"];
        }

        int? asked = null;
        if (!string.IsNullOrWhiteSpace(version))
        {
            if (int.TryParse(version.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
                asked = number;
            else
                errors["version"] = ["must be a released version's number (1, 2, ...)"];
        }

        problem = errors.Count > 0 ? TypedResults.ValidationProblem(errors) : null;
        if (problem is not null)
        {
            return false;
        }

        query = new AnalysisQuery(reportWeek, asked, live, chosen);
        return true;
    }

    public static bool TryWeek(string key, WeekCalendar calendar, out ReportWeek week, out IResult? problem)
    {
        week = null!;
        problem = null;
        if (ReportWeek.TryParseKey(key, out _, out _))
        {
            week = ReportWeek.Of(key, calendar);
            return true;
        }

        problem = Field("week", WeekMessage);
        return false;
    }

    private static IResult Field(string name, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [name] = [message] });
}
