using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// Issue 11: the liaison on duty gives the ticket to a handler. Whether that handler may hold it (the project's, on duty,
/// of its category, under the cap) is the grain's check before this (<c>TicketGrain.Dispatch.cs</c>): it needs the
/// organisation and the list. The clocks do not care who holds the ticket: they are left as they were.
/// </summary>
public sealed class AssignHandlerHandler : CommandHandler<AssignHandler>
{
    public override string Name => TicketCommands.Assign;

    /// <summary>Its length is bounded with every command's text fields (TicketCommandParser).</summary>
    public override ValueTask<AssignHandler> Parse(CommandInput input) =>
        new(new AssignHandler(input.RequestId, input.By, CommandInput.Text(input.Body.HandlerId?.Trim())));

    public override Transition Apply(Ticket t, AssignHandler c, TransitionContext x) =>
        Arguments.Required(c.HandlerId, "handlerId")
        ?? (c.HandlerId == t.Handler ? Transition.Invalid("handlerId", $"{c.HandlerId} already holds this ticket")
        : Transition.To(t with { Handler = c.HandlerId, HandlerSince = x.Now }));

    public override string? Note(AssignHandler c) => TimelineNote.Join($"to handler {c.HandlerId}");
}
