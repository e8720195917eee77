using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// Issue 11: the handler gives the ticket back to its unit (the pool, the liaison), with a reason; the liaison is told.
/// Clocks untouched: the unit still owns the ticket and its deadlines (A10.1.3.3).
/// </summary>
public sealed class ReturnTicketHandler : CommandHandler<ReturnTicket>
{
    public override string Name => TicketCommands.Return;

    public override ValueTask<ReturnTicket> Parse(CommandInput input) =>
        new(new ReturnTicket(input.RequestId, input.By, CommandInput.Text(input.Body.Reason)));

    public override Transition Apply(Ticket t, ReturnTicket c, TransitionContext x) =>
        Arguments.Required(c.Reason, "reason") ?? Transition.To(t with { Handler = null, HandlerSince = null });

    public override string? Note(ReturnTicket c) => TimelineNote.Join($"reason: {c.Reason}");
}
