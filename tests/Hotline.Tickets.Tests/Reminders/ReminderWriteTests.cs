using Hotline.TestKit;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.Reminders;

/// <summary>
/// How many reminder upserts a ticket makes, read from the row's version (1 on insert, +1 per upsert). Worked out by hand:
/// a registration with an owner's household has an outbox (the same-issue report), so its reminder is written due at
/// once before the report (crash safety) and at the real deadline after: 2. Without a household there is no outbox: 1.
/// A command that does not move the next deadline writes none; one that moves it writes one.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class ReminderWriteTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task Registration_WithAnIssueReport_TwoUpserts_WithoutOne_One()
    {
        var reported = await fixture.Http.Register(new { kind = "Complaint", projectId = "p-sunrise", text = "8號樓走廊燈不亮", severity = "General", household = $"8-{Guid.NewGuid():N}"[..12] });
        var plain = await TicketClient.Register(fixture.Http, text: "8號樓走廊燈不亮", severity: "General");

        Assert.Equal(2, Assert.Single(await ReminderTable.Rows(fixture, reported.Id)).Version);
        Assert.Equal(1, Assert.Single(await ReminderTable.Rows(fixture, plain.Id)).Version);
    }

    [Fact]
    public async Task CommandsThatDoNotMoveTheNextDeadline_WriteNoReminder()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "9號樓門禁卡失靈", severity: "General");
        var registered = Assert.Single(await ReminderTable.Rows(fixture, ticket.Id));

        // Neither touches a clock: the start clock's due time (and its notice) stay where they were.
        await ticket.Do("correct-category", new { category = "security" });
        await ticket.Do("correct-category", new { category = "cleaning" });
        await ticket.Do("raise-severity", new { severity = "Serious" });

        var after = Assert.Single(await ReminderTable.Rows(fixture, ticket.Id));
        Assert.Equal((registered.Version, registered.StartTime), (after.Version, after.StartTime));

        // "start" meets the start clock and starts the contact clock: the next deadline moves, one upsert.
        await ticket.Do("start");
        var moved = Assert.Single(await ReminderTable.Rows(fixture, ticket.Id));
        Assert.Equal(registered.Version + 1, moved.Version);
        Assert.NotEqual(registered.StartTime, moved.StartTime);
    }
}
