using Hotline.BuildingBlocks.Observability;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Observability;

/// <summary>
/// What one saved change of a ticket adds to the counters (issue 14): a registration, clocks met, breaches recorded. Read
/// from the state before and after the write, so every path that saves (command, tick, follow-up missed) counts alike
/// and a retried request, which saves nothing, counts nothing.
/// </summary>
public static class TicketMeasurements
{
    public static void Record(HotlineMetrics metrics, Ticket? before, Ticket after)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(after);
        if (before is null)
        {
            metrics.TicketRegistered(after.Kind.ToString(), after.Channel);
        }

        // Clocks are only ever added, never removed (Clocks.cs), so positions line up between two versions.
        for (var i = 0; i < after.Clocks.Length; i++)
        {
            var was = before is not null && i < before.Clocks.Length ? before.Clocks[i] : null;
            var now = after.Clocks[i];
            if (now.MetAt is not null && was?.MetAt is null)
            {
                metrics.DeadlineMet(now.Kind.ToString(), onTime: !now.Breached);
            }

            if (now.BreachRecordedAt is not null && was?.BreachRecordedAt is null)
            {
                metrics.DeadlineBreached(now.Kind.ToString());
            }
        }
    }
}
