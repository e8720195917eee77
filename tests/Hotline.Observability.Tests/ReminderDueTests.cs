using Hotline.Tickets.Observability;

namespace Hotline.Observability.Tests;

/// <summary>The due slot a reminder tick stands for, from Orleans' first tick, period and delivery time (worked out by hand).</summary>
public sealed class ReminderDueTests
{
    private static readonly DateTime First = new(2026, 11, 27, 2, 5, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, 0)] // delivered at the first tick
    [InlineData(30, 0)] // 30 s after the first: that slot
    [InlineData(330, 300)] // 5 min 30 s after: the sixth slot, five periods on
    [InlineData(-20, 0)] // before the first tick (clock skew): the first tick
    public void ReminderDue_DeliveredAt_IsTheLastSlotAtOrBefore(int deliveredAfterSeconds, int slotAfterSeconds)
    {
        var due = ReminderDue.Of(First, TimeSpan.FromMinutes(1), First.AddSeconds(deliveredAfterSeconds));

        Assert.Equal(new DateTimeOffset(First).AddSeconds(slotAfterSeconds), due);
    }
}
