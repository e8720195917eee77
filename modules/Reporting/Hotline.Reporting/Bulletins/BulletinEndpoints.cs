using Hotline.Reporting.Contracts.Bulletins;
using System.Globalization;
using Hotline.Reporting.Formats;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// A10.1.3.5, the monthly bulletin: QualityDept publishes a month once it is over (a new version each time); every
/// member of staff lists and reads them, each seeing their part (<see cref="BulletinAudience"/>).
/// </summary>
public static class BulletinEndpoints
{
    private const int DefaultListMonths = 24;
    private const int MaxListMonths = 120;
    private static readonly string[] MonthMessages = ["must be a month as YYYY-MM, e.g. 2026-10"];

    public static RouteGroupBuilder MapBulletins(this RouteGroupBuilder group)
    {
        group.MapPost("/bulletins/{month}/publish", Publish);
        group.MapGet("/bulletins", List);
        group.MapGet("/bulletins/{month}", Get);
        return group;
    }

    private static async Task<Results<Created<PublishedBulletin>, ValidationProblem, ProblemHttpResult>> Publish(
        string month, Caller caller, IMonthlyBulletins bulletins, CancellationToken ct)
    {
        if (!bulletins.IsMonth(month))
        {
            return BadMonth();
        }

        var outcome = await bulletins.Publish(month, caller.PersonId, ct);
        if (outcome.Published is not { } published)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The month is not over", detail: outcome.NotOver);
        }

        return TypedResults.Created($"/api/reports/bulletins/{published.Month}?version={published.Version}", published);
    }

    /// <summary>A page of published months (<c>?before=YYYY-MM</c>, <c>?limit=</c> months, 1–120, default 24), newest first.</summary>
    private static async Task<IResult> List(string? before, string? limit, IMonthlyBulletins bulletins, CancellationToken ct)
    {
        BulletinMonth? after = null;
        if (before is not null && !BulletinMonth.TryParse(before, out after))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["before"] = ["must be a month as YYYY-MM"] });
        }

        var months = DefaultListMonths;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out months) || months is < 1 or > MaxListMonths))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"must be a whole number from 1 to {MaxListMonths}"] });
        }

        return TypedResults.Ok(await bulletins.List(after?.ToString(), months, ct));
    }

    /// <summary>One version (the current one unless <c>?version=</c>), as JSON or, with <c>?format=xlsx|csv|html</c>, a file or printable page.</summary>
    private static async Task<IResult> Get(
        string month, string? version, string? format, Caller caller, MonthlyBulletins bulletins, ReportAnswer answer, TimeZoneInfo zone, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!BulletinMonth.TryParse(month, out var chosen))
        {
            errors["month"] = MonthMessages;
        }

        var answerFormat = ReportFormatQuery.Read(format, errors);
        int? number = null;
        if (version is not null)
        {
            if (int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                number = n;
            else
                errors["version"] = ["must be a version number, 1 or more"];
        }

        if (chosen is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await bulletins.Read(chosen.ToString(), number, caller.Roles, ct) is not { } response)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not published",
                detail: number is null ? $"no bulletin of {chosen} has been published" : $"{chosen} has no version {number}");
        }

        return answer.Of(answerFormat, response, r => BulletinDocument.Of(r, zone), BulletinDocument.FileName(response));
    }

    private static ValidationProblem BadMonth() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = MonthMessages });
}
