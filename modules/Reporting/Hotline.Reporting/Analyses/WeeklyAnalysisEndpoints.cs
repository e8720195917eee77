using Hotline.Reporting.Contracts.Analyses;
using System.Text.Json;
using Hotline.Reporting.Formats;
using Hotline.Reporting.Frozen;
using Hotline.Reporting.Weeks;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// A8.1.4: GET /api/reports/weekly-analyses/{week}?version=&amp;draft=&amp;format= (the released version, else the live draft) and
/// POST .../{week}/release (QualityDept freezes it and it goes to the vice-president).
/// </summary>
public static class WeeklyAnalysisEndpoints
{
    public static IEndpointRouteBuilder MapWeeklyAnalysisRoutes(this IEndpointRouteBuilder group)
    {
        group.MapGet("/weekly-analyses/{week}", Get);
        group.MapPost("/weekly-analyses/{week}/release", Release);
        return group;
    }

    private static async Task<IResult> Get(string week, string? version, string? draft, string? format, WeekCalendar calendar, WeeklyAnalyses analyses,
        ReportAnswer answer, CancellationToken ct)
    {
        // Checked before the figures are computed: bad input costs nothing.
        if (!AnalysisQuery.TryParse(week, version, draft, format, calendar, out var query, out var problem))
        {
            return problem!;
        }

        var (reportWeek, asked, live, chosen) = query;
        // ?draft=true: the live figures even after a release (what a release again would freeze).
        var shown = await analyses.Show(reportWeek, asked, live, ct);
        if (shown.Analysis is not { } analysis)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Version not released",
                detail: $"week {reportWeek.Key} has {shown.Versions.Count} released version(s); version {asked} is not one of them");
        }

        if (shown.Released is not { } released)
        {
            var view = new WeeklyAnalysisView(reportWeek.Key, true, null, null, null, null, false, shown.Versions, JsonSerializer.SerializeToElement(analysis, FrozenJson.Options));
            return answer.Of(chosen, view, _ => analyses.Document(shown), $"weekly-analysis-{reportWeek.Key}-draft");
        }

        return answer.Of(chosen, View(reportWeek.Key, released, shown.Versions, shown.Content!),
            _ => analyses.Document(shown), $"weekly-analysis-{reportWeek.Key}-v{released.Version}");
    }

    private static async Task<IResult> Release(string week, Caller caller, WeekCalendar calendar, WeeklyAnalysisStore store, IWeeklyAnalyses analyses, CancellationToken ct)
    {
        if (!AnalysisQuery.TryWeek(week, calendar, out var reportWeek, out var problem))
        {
            return problem!;
        }

        var released = await analyses.Release(reportWeek.Key, caller.PersonId, ct);
        if (released is not { Version: { } number, Content: { } content })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The week is not over", detail: released.NotOver);
        }

        var versions = await store.Versions(reportWeek.Key, ct);
        var view = View(reportWeek.Key, versions.Single(v => v.Version == number), versions, content);
        return TypedResults.Created($"/api/reports/weekly-analyses/{reportWeek.Key}?version={number}", view);
    }

    private static WeeklyAnalysisView View(string week, AnalysisVersion shown, IReadOnlyList<AnalysisVersion> versions, string content)
    {
        using var document = JsonDocument.Parse(content);
        return new WeeklyAnalysisView(week, false, shown.Version, shown.Sha256, shown.ReleasedAt, shown.ReleasedBy, shown.Replaced, versions, document.RootElement.Clone());
    }
}
