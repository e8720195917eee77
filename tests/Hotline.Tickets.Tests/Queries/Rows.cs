using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>List rows for store tests: one plausible ticket, varied with <c>with</c>.</summary>
internal static class Rows
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static TicketListRow Ticket(string text = "3號樓電梯壞了", int minutes = 0, int version = 1) => new(
        Guid.NewGuid(), version, "Complaint", "p-sunrise", "north", "engineering", "Serious", "Dispatched",
        "engineering/elevator/building-3", "call-center", text, T0.AddMinutes(minutes), false,
        T0.AddMinutes(minutes + 10), T0.AddMinutes(minutes));

    public static TicketListRow[] Many(int count) =>
        Enumerable.Range(0, count).Select(i => Ticket($"ticket {i}", minutes: i)).ToArray();
}
