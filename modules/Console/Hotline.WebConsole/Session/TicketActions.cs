using Hotline.Kernel;
using Hotline.Security.Contracts.Access;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;

namespace Hotline.WebConsole.Session;

/// <summary>
/// A ticket as the console reads it (the live grain, after the API's read rule) and the commands its buttons send:
/// each asks the access rule of POST /api/tickets/{id}/{command} at the moment of the click, then goes to the ticket
/// grain as the API's command does (the person as actor, in the role the policy chose, a fresh request id).
/// </summary>
public sealed class TicketActions(ConsoleSession session, IGrainFactory grains)
{
    /// <summary>The commands the console offers as buttons: those that need no field beyond an optional note.</summary>
    public static readonly string[] Offered = [TicketCommands.Start, TicketCommands.ConfirmCategory, TicketCommands.Take, TicketCommands.ResumeHandling, TicketCommands.Close];

    /// <summary>The API's bound on a note (RegisterTicketValidator.MaxTextLength).</summary>
    public const int MaxNoteLength = 4000;

    public async Task<(TicketView? Ticket, IReadOnlyList<TimelineEntry> Timeline)> Read(Guid id)
    {
        var grain = grains.GetGrain<ITicketGrain>(id);
        var ticket = await grain.Get();
        var timeline = (await session.Ask(new AccessQuestion(ApiEndpoints.TicketTimeline, Id: id.ToString()))).Allowed && ticket is not null
            ? await grain.GetTimeline()
            : [];
        return (ticket, timeline);
    }

    /// <summary>The offered commands the access rules give this person on this ticket.</summary>
    public async Task<IReadOnlyList<string>> AllowedFor(Guid id)
    {
        var allowed = new List<string>();
        foreach (var command in Offered)
        {
            if ((await session.Ask(Question(id, command))).Allowed)
            {
                allowed.Add(command);
            }
        }

        return allowed;
    }

    public async Task<TicketActionResult> Execute(Guid id, string command, string? note)
    {
        var answer = await session.Ask(Question(id, command));
        if (answer.Caller is not { } caller)
        {
            return new TicketActionResult(answer.Outcome == AccessOutcome.NotFound ? TicketActionOutcome.NotFound : TicketActionOutcome.NotAllowed);
        }

        if (note is { Length: > MaxNoteLength })
        {
            return new TicketActionResult(TicketActionOutcome.InvalidField, "note", $"must be at most {MaxNoteLength} characters");
        }

        var remark = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var by = new Actor(caller.PersonId, caller.ActingRoleName);
        var requestId = Guid.NewGuid().ToString("N");
        TicketCommand? parsed = command switch
        {
            TicketCommands.Start => new Start(requestId, by) { Remark = remark },
            TicketCommands.ConfirmCategory => new ConfirmCategory(requestId, by) { Remark = remark },
            TicketCommands.Take => new TakeTicket(requestId, by) { Remark = remark },
            TicketCommands.ResumeHandling => new ResumeHandling(requestId, by) { Remark = remark },
            TicketCommands.Close => new Close(requestId, by) { Remark = remark },
            _ => null,
        };
        if (parsed is null)
        {
            return new TicketActionResult(TicketActionOutcome.InvalidField, "command", $"unknown command '{command}'");
        }

        var outcome = await grains.GetGrain<ITicketGrain>(id).Execute(parsed);
        return outcome switch
        {
            { Ticket: null } => new TicketActionResult(TicketActionOutcome.NotFound),
            { InvalidField: { } field } => new TicketActionResult(TicketActionOutcome.InvalidField, field, outcome.Rejection),
            { Accepted: true } => new TicketActionResult(TicketActionOutcome.Done),
            _ => new TicketActionResult(TicketActionOutcome.Refused, Detail: outcome.Rejection),
        };
    }

    private static AccessQuestion Question(Guid id, string command) => new(ApiEndpoints.TicketCommand, command, id.ToString());
}
