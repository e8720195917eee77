using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Escalation.Api;

public static class WarningEndpoints
{
    public static IEndpointRouteBuilder MapWarnings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/warnings").WithTags("Escalation");
        group.MapGet("/{id:guid}", Get);
        group.MapGet("/{id:guid}/penalties", Penalties);
        group.MapPost("/{id:guid}/{command}", Execute);
        return app;
    }

    private static async Task<Results<Ok<WarningView>, NotFound>> Get(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<IWarningGrain>(id).Get() is { } warning ? TypedResults.Ok(warning) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<PenaltyEntry>>, NotFound>> Penalties(Guid id, IPenaltyLedger ledger, IGrainFactory grains) =>
        await grains.GetGrain<IWarningGrain>(id).Get() is null ? TypedResults.NotFound() : TypedResults.Ok(await ledger.EntriesFor(id));

    private static async Task<Results<Ok<WarningView>, ValidationProblem, NotFound, ProblemHttpResult>> Execute(
        Guid id, string command, WarningCommandRequest request, Caller caller, IWarningCommands commands)
    {
        var result = await commands.Execute(id, command, request, new Actor(caller.PersonId, caller.ActingRoleName));
        if (result.Outcome is not { } outcome)
        {
            return TypedResults.ValidationProblem(result.Errors);
        }

        return outcome switch
        {
            { Warning: null } => TypedResults.NotFound(),
            { InvalidField: { } field } => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [outcome.Rejection!] }),
            { Accepted: true } => TypedResults.Ok(outcome.Warning),
            _ => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The warning does not accept this command now",
                detail: outcome.Rejection,
                extensions: new Dictionary<string, object?>
                {
                    ["currentStatus"] = outcome.Warning.Status.ToString(),
                    ["reason"] = outcome.Reason?.ToString(), // a stable code (WarningRefusalReason) a client words in its language
                }),
        };
    }
}
