using System.Globalization;
using Hotline.Reporting.Scopes;
using Hotline.Reporting.Formats;
using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Reporting.Weeks;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>The weekly signed summary's endpoints (A10.1.3.4); who may call which: the access table.</summary>
public static class WeeklySummaryEndpoints
{
    private const int MaxText = WeeklySummaryLimits.MaxText;
    private static readonly string[] WeekMessages = ["must be an ISO week as YYYY-Www, e.g. 2026-W49"];

    public static IEndpointRouteBuilder MapWeeklySummaries(this IEndpointRouteBuilder group)
    {
        group.MapGet("/weekly-summaries", List);
        group.MapPost("/weekly-summaries/{week}/draft", Draft);
        group.MapGet("/projects/{id}/weekly-summaries/{week}", Get);
        group.MapPost("/projects/{id}/weekly-summaries/{week}/remarks", Remarks);
        group.MapPost("/projects/{id}/weekly-summaries/{week}/sign", Sign);
        group.MapPost("/projects/{id}/weekly-summaries/{week}/corrections", Correct);
        return group;
    }

    private static async Task<IResult> Get(string id, string week, string? format, ReportAnswer answer, IWeeklySummaries summaries)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ReportWeek.TryParseKey(week, out _, out _))
            errors["week"] = WeekMessages;
        var chosen = ReportFormatQuery.Read(format, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        return await summaries.Get(id, week) is not { } view
            ? Problem(SignOutcome.NotFound($"project {id} has no weekly summary of {week} (drafted at the start of the week's due day)"))
            : answer.Of(chosen, view, WeeklySummaryDocuments.Of, $"weekly-summary-{id}-{week}");
    }

    private static Task<IResult> Remarks(string id, string week, RemarksRequest request, IWeeklySummaries summaries) =>
        Act(id, week, summaries, request.Remarks is { Length: > MaxText } ? ("remarks", $"at most {MaxText} characters") : null,
            () => summaries.SetRemarks(id, week, request.Remarks));

    private static Task<IResult> Sign(string id, string week, SignRequest request, Caller caller, IWeeklySummaries summaries) =>
        Act(id, week, summaries, request.ContentSha256 is { Length: 64 } hash && hash.All(Uri.IsHexDigit) ? null
                : ("contentSha256", "the SHA-256 (64 hex digits) of the content you were shown is required"),
            () => summaries.Sign(id, week, caller.PersonId, caller.Roles, request.ContentSha256!));

    private static Task<IResult> Correct(string id, string week, CorrectionRequest request, WeeklySummaryService service, IWeeklySummaries summaries) =>
        Act(id, week, summaries, string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxText ? ("reason", $"a correction states its reason (at most {MaxText} characters)") : null,
            () => service.Correct(id, week, request.Reason!.Trim()));

    private static async Task<IResult> List(
        string? week, string? late, string? scope, string? format, ReportAnswer answer, Caller caller, IWeeklySummaries summaries)
    {
        // Default: the latest week whose summaries are drafted.
        var chosen = week?.Trim() ?? summaries.LatestDraftedWeek();
        // Every bad field is named in the one 400.
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ReportWeek.TryParseKey(chosen, out _, out _))
            errors["week"] = WeekMessages;
        bool? lateOnly = null;
        if (late is not null)
        {
            if (bool.TryParse(late, out var value))
                lateOnly = value;
            else
                errors["late"] = ["must be true or false"];
        }

        var chosenFormat = ReportFormatQuery.Read(format, errors);
        if (!ReportScopes.Resolve(scope, caller, out var within))
            errors["scope"] = ReportScopes.Messages;
        if (within is null || errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var items = await summaries.List(chosen, lateOnly, within);
        return answer.Of(chosenFormat, items, list => WeeklySummaryDocuments.Of(chosen, list), $"weekly-summaries-{chosen}");
    }

    private static async Task<Results<Ok<WeeklySummaryWeekProgress>, ValidationProblem, ProblemHttpResult>> Draft(
        string week, IGrainFactory grains, WeekCalendar calendar, TimeProvider time)
    {
        if (!ReportWeek.TryParseKey(week, out _, out _))
            return BadWeek();
        // A week still under way has no complete figures: drafted now, its summary would freeze a part of the week.
        var reportWeek = ReportWeek.Of(week, calendar);
        if (time.GetUtcNow() < reportWeek.DraftAt)
        {
            var from = TimeZoneInfo.ConvertTime(reportWeek.DraftAt, calendar.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            return Problem(SignOutcome.Conflict("The week is not over",
                $"{week} may be drafted from {from} ({calendar.Zone.Id}), the start of its due day, when its figures are complete", "week"));
        }

        var grain = grains.GetGrain<IWeeklySummaryWeekGrain>(week);
        await grain.DraftNow();
        return TypedResults.Ok(await grain.GetProgress());
    }

    private static async Task<IResult> Act(string id, string week, IWeeklySummaries summaries, (string Field, string Problem)? invalid, Func<Task<SignOutcome>> act)
    {
        if (!ReportWeek.TryParseKey(week, out _, out _))
            return BadWeek();
        if (invalid is { } bad)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [bad.Field] = [bad.Problem] });
        var outcome = await act();
        if (!outcome.Succeeded)
            return Problem(outcome);
        return TypedResults.Ok(await summaries.Get(id, week));
    }

    private static ValidationProblem BadWeek() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = WeekMessages });

    private static ProblemHttpResult Problem(SignOutcome outcome) => TypedResults.Problem(statusCode: outcome.Status, title: outcome.Title, detail: outcome.Detail,
        extensions: outcome.Field is { } field ? new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [outcome.Detail ?? ""] } } : null);
}
