using System.Collections.Immutable;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Warnings;

/// <summary>Which running clocks are inside their notice lead time and have not been announced yet. Pure.</summary>
public static class DeadlineNotices
{
    /// <summary>One key per clock instance: a clock restarted later (e.g. after a transfer) gets its own notice.</summary>
    public static string Key(Clock clock) => $"{clock.Kind}/{clock.StartedAt.UtcTicks}";

    public static IEnumerable<Clock> Due(Ticket ticket, ImmutableArray<string> sent, TimeSpan lead, DateTimeOffset now) =>
        ticket.Clocks.Where(c => c.IsPending && now >= c.DueAt - lead && !sent.Contains(Key(c)));

    /// <summary>When the next notice falls due, for the ticket's reminder.</summary>
    public static DateTimeOffset? Next(Ticket ticket, ImmutableArray<string> sent, TimeSpan lead) =>
        lead <= TimeSpan.Zero
            ? null
            : ticket.Clocks.Where(c => c.IsPending && !sent.Contains(Key(c))).Select(c => (DateTimeOffset?)(c.DueAt - lead)).Min();
}
