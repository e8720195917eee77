using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The work is done: the plan and resolution clocks are met and the call center calls back.</summary>
public sealed class ResolveHandler : CommandHandler<Resolve>
{
    public override string Name => TicketCommands.Resolve;

    protected override bool ReadsNote => true;

    public override ValueTask<Resolve> Parse(CommandInput input) => new(new Resolve(input.RequestId, input.By, CommandInput.Text(input.Body.Note)));

    public override Transition Apply(Ticket t, Resolve c, TransitionContext x) => Arguments.Required(c.Note, "note") ?? Transition.To(t with
    {
        Status = TicketStatus.Resolved, ResolvedAt = x.Now, ResolutionNote = c.Note,
        Clocks = t.Clocks.Meet(ClockKind.Plan, x.Now).Meet(ClockKind.Resolution, x.Now),
    });

    public override string? Note(Resolve c) => TimelineNote.Join(c.Note);
}
