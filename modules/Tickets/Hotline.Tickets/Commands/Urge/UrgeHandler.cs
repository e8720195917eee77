using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// 催單: the owner chases an open ticket. It changes no clock (A10.1.3.3: the ticket is already being handled without
/// delay); it is recorded, and the grain tells the project's liaison and manager at once. The minimum interval between
/// urges is the grain's check (a host setting, not the ticket's limits).
/// </summary>
public sealed class UrgeHandler : CommandHandler<Urge>
{
    public override string Name => TicketCommands.Urge;

    protected override bool ReadsNote => true;

    public override ValueTask<Urge> Parse(CommandInput input) => new(new Urge(input.RequestId, input.By, input.Body.Note));

    public override Transition Apply(Ticket t, Urge c, TransitionContext x) =>
        Transition.To(t with { LastUrgedAt = x.Now, UrgeCount = t.UrgeCount + 1 });

    public override string? Note(Urge c) => TimelineNote.Join(string.IsNullOrWhiteSpace(c.Note) ? null : c.Note);
}
