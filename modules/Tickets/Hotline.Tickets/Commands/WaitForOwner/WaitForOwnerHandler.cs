using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// Waiting on the owner: the resolution clock pauses and a follow-up clock runs until the owner is tried again, at most
/// <see cref="IClockRules.OwnerWaitLimit"/> ahead; a missed follow-up resumes handling by itself (<see cref="OwnerWaits"/>).
/// </summary>
public sealed class WaitForOwnerHandler : CommandHandler<WaitForOwner>
{
    public override string Name => TicketCommands.WaitForOwner;

    public override ValueTask<WaitForOwner> Parse(CommandInput input) =>
        new(new WaitForOwner(input.RequestId, input.By, CommandInput.Text(input.Body.Reason), input.Body.FollowUpAt, input.Body.Attempts));

    public override Transition Apply(Ticket t, WaitForOwner c, TransitionContext x)
    {
        if (Arguments.Required(c.Reason, "reason") is { } missing)
        {
            return missing;
        }

        if (c.FollowUpAt is not { } followUp || followUp <= x.Now)
        {
            return Transition.Invalid("followUpAt", "when to try the owner again is required and must lie in the future");
        }

        if (followUp - x.Now > x.Rules.OwnerWaitLimit)
        {
            // A10.1.3.3: a wait must not switch the ticket's clocks off for long (a missed follow-up resumes them).
            return Transition.Invalid("followUpAt", $"must lie at most {x.Rules.OwnerWaitLimit.TotalDays:0.##} days ahead (Hotline:Tickets:OwnerWait:MaxWait)");
        }

        return Transition.To(t with
        {
            WaitingOnOwner = new OwnerWait(x.Now, c.Reason, Math.Max(0, c.Attempts ?? 0)),
            Clocks = t.Clocks.Pause(ClockKind.Resolution, x.Now).Start(ClockKind.OwnerFollowUp, x.Now, followUp),
        });
    }

    public override string? Note(WaitForOwner c) => TimelineNote.Join(
        c.FollowUpAt is null ? null : $"follow up by {c.FollowUpAt:u}",
        $"reason: {c.Reason}");
}
