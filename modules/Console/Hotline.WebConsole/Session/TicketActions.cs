using Hotline.Kernel;
using Hotline.Security.Contracts.Access;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;

namespace Hotline.WebConsole.Session;

/// <summary>
/// A ticket as the console reads it (the live grain, after the API's read rule) and the commands its forms send. The
/// page's read asks every rule it needs in one batch (the ticket, its timeline, each offered command: one person and one
/// ticket lookup); a command asks the access rule of POST /api/tickets/{id}/{command} again at the moment it is sent,
/// then goes the API's way (<see cref="ITicketCommandSender"/>: the same parser, the same grain call).
/// </summary>
public sealed class TicketActions(ConsoleSession session, IGrainFactory grains, ITicketCommandSender sender)
{
    public async Task<TicketRead> Read(Guid id)
    {
        var offered = TicketCommandForms.Offered;
        var key = id.ToString();
        AccessQuestion[] questions = [new(ApiEndpoints.Ticket, Id: key), new(ApiEndpoints.TicketTimeline, Id: key), .. offered.Select(c => Question(id, c))];
        var answers = await session.AskAll(questions);
        if (!answers[0].Allowed)
        {
            return TicketRead.Refused(answers[0]);
        }

        var grain = grains.GetGrain<ITicketGrain>(id);
        if (await grain.Get() is not { } ticket)
        {
            return TicketRead.Refused(new AccessAnswer(AccessOutcome.NotFound));
        }

        var timeline = answers[1].Allowed ? await grain.GetTimeline() : [];
        // The ticket says what its state accepts now; the access table says what this person may send: both must agree.
        var acceptsNow = await grain.GetAllowedCommands();
        var allowed = offered.Where((command, i) => answers[i + 2].Allowed && acceptsNow.Contains(command)).ToList();
        return new TicketRead(null, ticket, timeline, allowed);
    }

    public async Task<TicketActionResult> Execute(Guid id, string command, TicketCommandRequest body)
    {
        var answer = await session.Ask(Question(id, command));
        if (answer.Caller is not { } caller)
        {
            return new TicketActionResult(answer.Outcome switch
            {
                AccessOutcome.NotFound => TicketActionOutcome.NotFound,
                AccessOutcome.SignInFirst => TicketActionOutcome.SignedOut,
                _ => TicketActionOutcome.NotAllowed,
            });
        }

        var sent = await sender.Send(id, command, body with { RequestId = Guid.NewGuid().ToString("N") }, new Actor(caller.PersonId, caller.ActingRoleName));
        return sent.Outcome switch
        {
            null => new TicketActionResult(TicketActionOutcome.InvalidField, sent.Errors),
            { Ticket: null } => new TicketActionResult(TicketActionOutcome.NotFound),
            { InvalidField: { } field } outcome => TicketActionResult.Invalid(field, outcome.Rejection ?? ""),
            { Accepted: true } => new TicketActionResult(TicketActionOutcome.Done),
            var outcome => new TicketActionResult(TicketActionOutcome.Refused, Detail: outcome.Rejection, Reason: outcome.Reason),
        };
    }

    private static AccessQuestion Question(Guid id, string command) => new(ApiEndpoints.TicketCommand, command, id.ToString());
}
