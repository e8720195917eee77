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

    private static async Task<IResult> Get(string week, string? version, string? draft, string? format, WeekCalendar calendar, WeeklyAnalysisStore store,
        WeeklyAnalysisBuilder builder, ReportAnswer answer, TimeZoneInfo zone, CancellationToken ct)
    {
        // Checked before the figures are computed: bad input costs nothing.
        if (!AnalysisQuery.TryParse(week, version, draft, format, calendar, out var query, out var problem))
        {
            return problem!;
        }

        var (reportWeek, asked, live, chosen) = query;
        var versions = await store.Versions(reportWeek.Key, ct);
        // ?draft=true: the live figures even after a release (what a release again would freeze).
        if (asked is null && (versions.Count == 0 || live))
        {
            var computed = await builder.Build(reportWeek, ct);
            var view = new WeeklyAnalysisView(reportWeek.Key, true, null, null, null, null, false, versions, JsonSerializer.SerializeToElement(computed, FrozenJson.Options));
            return answer.Of(chosen, view, _ => WeeklyAnalysisDocument.Of(computed, null, zone), $"weekly-analysis-{reportWeek.Key}-draft");
        }

        var shown = versions.FirstOrDefault(v => v.Version == (asked ?? versions[0].Version));
        if (shown is null || await store.Content(reportWeek.Key, shown.Version, ct) is not { } content)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Version not released",
                detail: $"week {reportWeek.Key} has {versions.Count} released version(s); version {asked} is not one of them");
        }

        return answer.Of(chosen, View(reportWeek.Key, shown, versions, content),
            _ => WeeklyAnalysisDocument.Of(FrozenJson.Deserialize<WeeklyAnalysis>(content), shown.Version, zone), $"weekly-analysis-{reportWeek.Key}-v{shown.Version}");
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
