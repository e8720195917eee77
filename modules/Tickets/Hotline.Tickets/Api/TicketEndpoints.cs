using Hotline.Tickets.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Tickets.Api;

public static class TicketEndpoints
{
    public static IEndpointRouteBuilder MapTickets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tickets").WithTags("Tickets");
        group.MapPost("/", Register);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/{id:guid}/start", Start);
        return app;
    }

    private static async Task<Results<Created<TicketView>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterTicketRequest request, RegisterTicketValidator validator, IGrainFactory grains)
    {
        var (command, errors) = await validator.Validate(request);
        if (command is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outcome = await grains.GetGrain<ITicketGrain>(TicketIds.FromRequest(command.Channel, command.RequestId)).Register(command);
        return outcome.Accepted
            ? TypedResults.Created($"/api/tickets/{outcome.Ticket!.Id}", outcome.Ticket)
            : Conflict(outcome);
    }

    private static async Task<Results<Ok<TicketView>, NotFound>> Get(Guid id, IGrainFactory grains) =>
        await grains.GetGrain<ITicketGrain>(id).Get() is { } ticket ? TypedResults.Ok(ticket) : TypedResults.NotFound();

    private static async Task<Results<Ok<TicketView>, ValidationProblem, NotFound, ProblemHttpResult>> Start(
        Guid id, StartTicketRequest request, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request.PersonId) || request.PersonId.Length > RegisterTicketValidator.MaxShortFieldLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = ["is required (at most 200 characters)"] });
        }

        var outcome = await grains.GetGrain<ITicketGrain>(id).Start(new StartTicket(request.RequestId ?? Guid.NewGuid().ToString("N"), request.PersonId));
        if (outcome.Ticket is null)
        {
            return TypedResults.NotFound();
        }

        return outcome.Accepted ? TypedResults.Ok(outcome.Ticket) : Conflict(outcome);
    }

    private static ProblemHttpResult Conflict(CommandOutcome outcome) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The ticket does not accept this command now",
        detail: outcome.Rejection,
        extensions: new Dictionary<string, object?>
        {
            ["currentState"] = outcome.CurrentStatus?.ToString(),
            ["allowedCommands"] = outcome.AllowedCommands,
        });
}
