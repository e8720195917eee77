using System.Text.Json;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests;

public sealed class TicketCompatibilityTests
{
    [Fact]
    public void Ticket_StoredBeforeWarningsExisted_ReadsAsNoWarningsAndSerializes()
    {
        // A ticket saved by an older build has no field 28: it arrives as a default (uninitialised) array.
        var old = new Ticket(Guid.NewGuid(), TicketKind.Complaint, "p-sunrise", "north", "engineering", Severity.General, "k", "EngineeringDept",
            "電梯壞了", null, "call-center", TicketStatus.Dispatched, DateTimeOffset.UnixEpoch, [], 1) { Warnings = default };

        Assert.Empty(old.Warnings);
        Assert.Contains("\"Warnings\":[]", JsonSerializer.Serialize(old));
    }
}
