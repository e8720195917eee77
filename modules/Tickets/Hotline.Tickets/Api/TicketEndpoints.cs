using Hotline.Kernel;
using Hotline.Security.Contracts;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Privacy;
using Hotline.Tickets.Sla;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Tickets.Api;

public static class TicketEndpoints
{
    public static IEndpointRouteBuilder MapTickets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tickets").WithTags("Tickets").AddEndpointFilter(Observability.TicketLogScope.Filter);
        group.MapPost("/", Register);
        group.MapGet("/{id:guid}", Get);
        group.MapGet("/{id:guid}/timeline", Timeline);
        group.MapPost("/{id:guid}/{command}", Execute);
        app.MapOwnerPrivacy();
        app.MapSlaPolicy();
        return app;
    }

    private static async Task<Results<Created<Ticket>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterTicketRequest request, Caller caller, StaffTicketIntake intake)
    {
        var (outcome, errors) = await intake.Register(request, caller.PersonId);
        if (outcome is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return outcome.Accepted
            ? TypedResults.Created($"/api/tickets/{outcome.Ticket!.Id}", outcome.Ticket)
            : Conflict(outcome);
    }

    private static async Task<Results<Ok<Ticket>, NotFound>> Get(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<ITicketGrain>(id).Get() is { } ticket ? TypedResults.Ok(ticket) : TypedResults.NotFound();

    private static async Task<Results<Ok<TicketTimeline>, NotFound>> Timeline(Guid id, IGrainFactory grains, TimeProvider time)
    {
        var grain = grains.GetGrain<ITicketGrain>(id);
        if (await grain.Get() is not { } ticket)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        return TypedResults.Ok(new TicketTimeline(id, await grain.GetTimeline(), [.. ticket.Clocks.Select(c => ClockReport.Of(c, now))]));
    }

    private static async Task<Results<Ok<Ticket>, ValidationProblem, NotFound, ProblemHttpResult>> Execute(
        Guid id, string command, TicketCommandRequest request, Caller caller, ITicketCommandSender sender, TimeProvider time, HttpContext http)
    {
        var answer = await sender.Send(id, command, request, new Actor(caller.PersonId, caller.ActingRoleName));
        if (answer.Outcome is not { } outcome)
        {
            return TypedResults.ValidationProblem(answer.Errors);
        }

        return outcome switch
        {
            { Ticket: null } => TypedResults.NotFound(),
            { InvalidField: { } field } => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [outcome.Rejection!] }),
            { Accepted: true } => TypedResults.Ok(outcome.Ticket),
            { NotBefore: { } from } => TooSoon(outcome, from, time.GetUtcNow(), http),
            _ => Conflict(outcome),
        };
    }

    /// <summary>429: the command is allowed again later (an urge inside its interval); Retry-After and nextAllowedAt say when.</summary>
    private static ProblemHttpResult TooSoon(CommandOutcome outcome, DateTimeOffset from, DateTimeOffset now, HttpContext http)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling((from - now).TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too soon: the ticket accepts this command again later",
            detail: outcome.Rejection,
            extensions: new Dictionary<string, object?>
            {
                ["nextAllowedAt"] = from,
                ["currentState"] = outcome.CurrentStatus?.ToString(),
                ["reason"] = outcome.Reason?.ToString(),
            });
    }

    private static ProblemHttpResult Conflict(CommandOutcome outcome) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The ticket does not accept this command now",
        detail: outcome.Rejection,
        extensions: new Dictionary<string, object?>
        {
            ["currentState"] = outcome.CurrentStatus?.ToString(),
            ["allowedCommands"] = outcome.AllowedCommands,
            // A stable code for the refusal (RefusalReason), for clients that word it in their own language.
            ["reason"] = outcome.Reason?.ToString(),
        });
}
