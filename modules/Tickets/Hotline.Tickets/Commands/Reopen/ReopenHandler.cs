using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// The owner (or the call center for them) reopens a resolved or closed ticket within the reopen window: handling
/// again, with a new plan clock; the new resolution is confirmed and rated anew.
/// The grain also raises a blue repeat-complaint warning (A11.1.1).
/// </summary>
public sealed class ReopenHandler : CommandHandler<Reopen>
{
    public override string Name => TicketCommands.Reopen;

    protected override bool ReadsNote => true;

    public override ValueTask<Reopen> Parse(CommandInput input) => new(new Reopen(input.RequestId, input.By, CommandInput.Text(input.Body.Note)));

    public override Transition Apply(Ticket t, Reopen c, TransitionContext x) => Arguments.Required(c.Note, "note") ?? Transition.To(t with
    {
        // Earlier callbacks and ratings stay in the timeline; the new resolution gets its own.
        Status = TicketStatus.InProgress, ReopenCount = t.ReopenCount + 1, ClosedAt = null, ResolvedAt = null, Feedback = null,
        Rating = null, ResolutionConfirmed = null,
        // The new plan is confirmed anew; until it is reported, the new plan clock is the limit (A11).
        Plan = t.Plan is null ? null : t.Plan with { ConfirmedCompletionDueAt = null, AwaitingConfirmation = false },
        Clocks = t.Clocks.Start(ClockKind.Plan, x.Now, x.Rules.DueAt(ClockKind.Plan, t.Severity, x.Now)),
    });

    public override string? Note(Reopen c) => TimelineNote.Join(c.Note);
}
