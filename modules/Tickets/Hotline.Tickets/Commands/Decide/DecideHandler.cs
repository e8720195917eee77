using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>A suggestion is decided: adopted or not (then with a reason), with the reply to the owner; the reply clock is met.</summary>
public sealed class DecideHandler : CommandHandler<Decide>
{
    public override string Name => TicketCommands.Decide;

    protected override bool ReadsNote => true;

    // The reply arrives as the body's "note", so a missing one is reported against "note", the field the caller sends.
    public override ValueTask<Decide> Parse(CommandInput input) =>
        new(new Decide(input.RequestId, input.By, input.Yes, CommandInput.Text(input.Body.Note), input.Body.Reason));

    public override Transition Apply(Ticket t, Decide c, TransitionContext x)
    {
        if (c.Adopted is not { } adopted)
        {
            return Transition.Invalid("adopted", "say whether the suggestion is adopted");
        }

        return Arguments.Required(c.Reply, "note")
            ?? (adopted ? null : Arguments.Required(c.Reason, "reason"))
            ?? Transition.To(t with
            {
                Status = TicketStatus.Resolved,
                ResolvedAt = x.Now,
                Decision = new SuggestionDecision(adopted, c.Reason, c.Reply, x.Now),
                Clocks = t.Clocks.Meet(ClockKind.SuggestionReply, x.Now),
            });
    }

    public override string? Note(Decide c) => TimelineNote.Join(
        c.Adopted is null ? null : c.Adopted.Value ? "adopted" : "not adopted",
        c.Reason is null ? null : $"reason: {c.Reason}",
        c.Reply);
}
