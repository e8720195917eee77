using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Warnings;

namespace Hotline.Tickets.Grains;

/// <summary>
/// A11.1.1, issue 10 item 12: one repeat-complaint procedure per household and issue. A repeat call joins the open
/// procedure (links to its blue warning) and raises a new blue only when none is open: twenty calls, one blue.
/// </summary>
public sealed partial class TicketGrain
{
    /// <summary>How many closed or dismissed procedures of one household and issue are looked past before giving up on linking.</summary>
    private const int MaxRepeatProcedures = 50;

    private async Task<TicketState> JoinRepeatProcedure(TicketState s, Guid earlier)
    {
        var ticket = s.Ticket!;
        var rule = $"A11.1.1: repeat complaint by household {ticket.Household} (earlier ticket {earlier})";
        for (var n = 0; n < MaxRepeatProcedures; n++)
        {
            var id = WarningIds.ForRepeat(ticket.ProjectId, ticket.Household!, ticket.IssueKey, n);
            if (s.Warnings.Any(w => w.Id == id) || s.PendingWarnings.Any(w => w.Id == id))
            {
                return s; // a retry of this very report
            }

            var warning = GrainFactory.GetGrain<IWarningGrain>(id);
            switch (await warning.Get())
            {
                case null:
                    return Enqueue(s, id, WarningLevel.Blue, WarningTrigger.RepeatComplaint, rule, System, null);
                case { Status: WarningStatus.Raised or WarningStatus.Verified or WarningStatus.Answered }:
                    await warning.Link(ticket.Id);
                    return Linked(s, id);
            }
        }

        return Enqueue(s, WarningLevel.Blue, WarningTrigger.RepeatComplaint, rule, System, null);
    }

    private TicketState Linked(TicketState s, Guid id)
    {
        var now = time.GetUtcNow();
        var warnings = s.Warnings.Add(new TicketWarning(id, WarningLevel.Blue, WarningTrigger.RepeatComplaint, now) { Linked = true });
        var ticket = s.Ticket! with
        {
            Warnings = s.Ticket.Warnings.Add(id),
            WarningLevel = OverdueEscalation.LiveLevel(warnings),
            Version = s.Ticket.Version + 1,
        };
        return s with
        {
            Ticket = ticket,
            Warnings = warnings,
            Timeline = s.Timeline.Add(new TimelineEntry(now, System, "warning", $"Blue: joined the open repeat-complaint procedure {id:N} of household {ticket.Household}")),
        };
    }
}
