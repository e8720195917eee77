using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Escalation.Api;

public static class ScoreEndpoints
{
    private const int MaxBranchIdLength = 200;

    /// <summary>GET /api/scores?month=YYYY-MM (default: this month in the business time zone); GET /api/scores/branches/{id}?month=; POST /api/scores/reversals.</summary>
    public static IEndpointRouteBuilder MapScores(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scores").WithTags("Escalation");
        group.MapGet("/", Scores);
        group.MapGet("/branches/{id}", BranchScore);
        group.MapPost("/reversals", Reverse);
        return app;
    }

    private static async Task<Results<Ok<PenaltyScores>, ValidationProblem>> Scores(string? month, IPenaltyLedger ledger, TimeProvider time, TimeZoneInfo zone)
    {
        var chosen = month?.Trim() ?? PenaltyMonths.Of(time.GetUtcNow(), zone);
        if (!PenaltyMonths.IsValid(chosen))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["must be a month as YYYY-MM, e.g. 2026-11"] });
        }

        return TypedResults.Ok(await ledger.Scores(chosen));
    }

    /// <summary>A12: one branch's assessment record for a month, for the branch's own people (zero when nothing was booked).</summary>
    private static async Task<Results<Ok<BranchPenaltyScore>, ValidationProblem, NotFound>> BranchScore(
        string id, string? month, IPenaltyLedger ledger, IGrainFactory grains, TimeProvider time, TimeZoneInfo zone)
    {
        var chosen = month?.Trim() ?? PenaltyMonths.Of(time.GetUtcNow(), zone);
        if (!PenaltyMonths.IsValid(chosen))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["must be a month as YYYY-MM, e.g. 2026-11"] });
        }

        if (id.Length is 0 or > MaxBranchIdLength || string.IsNullOrWhiteSpace(id) || await grains.GetGrain<IBranchGrain>(id).GetInfo() is null)
        {
            return TypedResults.NotFound();
        }

        var scores = await ledger.Scores(chosen);
        return TypedResults.Ok(scores.Branches.FirstOrDefault(b => b.BranchId == id) ?? new BranchPenaltyScore(id, 0, 0, 0, 0m));
    }

    private static async Task<Results<Created<PenaltyEntry>, Ok<PenaltyEntry>, ValidationProblem, ProblemHttpResult>> Reverse(ReversalRequest request, Caller caller, IPenaltyLedger ledger)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.WarningId is null || request.WarningId == Guid.Empty)
        {
            errors["warningId"] = ["is required"];
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > WarningCommandParser.MaxText)
        {
            errors["reason"] = [$"a correction states its reason (at most {WarningCommandParser.MaxText} characters)"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var reversal = await ledger.Reverse(request.WarningId!.Value, request.Reason!, caller.PersonId);
        return reversal.Status switch
        {
            PenaltyReversalStatus.Reversed => TypedResults.Created($"/api/warnings/{request.WarningId}/penalties", reversal.Entry),
            PenaltyReversalStatus.AlreadyReversed => TypedResults.Ok(reversal.Entry),
            _ => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Nothing to reverse",
                detail: $"warning {request.WarningId} has no deduction in the ledger (not verified, or dismissed)"),
        };
    }
}
