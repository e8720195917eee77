using Hotline.Escalation.Contracts;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Warnings;

namespace Hotline.Tickets.Grains;

/// <summary>
/// Issue 10 item 13: a dismissed warning stays in the history but no longer sets the ticket's level. The warning calls
/// this through the Escalation module's <see cref="IWarnedTicketGrain"/> (Escalation references nothing of Tickets).
/// </summary>
public sealed partial class TicketGrain : IWarnedTicketGrain
{
    public async Task WarningDismissed(Guid warningId)
    {
        if (Current.Ticket is not { } ticket || Current.Warnings.FirstOrDefault(w => w.Id == warningId) is not { Dismissed: false } dismissed)
        {
            return;
        }

        var now = time.GetUtcNow();
        var warnings = Current.Warnings.Replace(dismissed, dismissed with { Dismissed = true });
        ticket = ticket with
        {
            WarningLevel = OverdueEscalation.LiveLevel(warnings),
            Version = ticket.Version + 1,
        };
        await Persist(Current with
        {
            Ticket = ticket,
            Warnings = warnings,
            Timeline = Current.Timeline.Add(new TimelineEntry(now, System, "warning-dismissed", $"{dismissed.Level} {dismissed.Trigger} warning {warningId:N} dismissed by its verifiers")),
        });
        await Publish(ticket);
    }
}
