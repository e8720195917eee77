using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// A10 callback: reached, the owner rates the work and the ticket closes; not reached, it closes only after the
/// ticket's number of callback attempts.
/// </summary>
public sealed class CallbackHandler : CommandHandler<Callback>
{
    public override string Name => TicketCommands.Callback;

    protected override bool ReadsNote => true;

    public override ValueTask<Callback> Parse(CommandInput input) =>
        new(new Callback(input.RequestId, input.By, input.Yes, input.Body.Rating, input.Body.Note));

    public override Transition Apply(Ticket t, Callback c, TransitionContext x)
    {
        var attempts = (t.Feedback?.Attempts ?? 0) + 1;
        if (c.Reached is not { } reached)
        {
            return Transition.Invalid("reached", "say whether the owner was reached");
        }

        if (reached && c.Rating is not (>= 1 and <= 5))
        {
            return Transition.Invalid("rating", "a rating from 1 to 5 is required when the owner was reached");
        }

        var closes = reached || attempts >= x.Rules.CallbackAttempts;
        return Transition.To(t with
        {
            Feedback = new OwnerFeedback(attempts, reached ? c.Rating : null, reached ? c.Note : null),
            Status = closes ? TicketStatus.Closed : TicketStatus.Resolved,
            ClosedAt = closes ? x.Now : null,
        });
    }

    public override string? Note(Callback c) => TimelineNote.Join(
        c.Reached is null ? null : c.Reached.Value ? "owner reached" : "owner not reached",
        c.Rating is null ? null : $"rating {c.Rating}",
        c.Note);
}
