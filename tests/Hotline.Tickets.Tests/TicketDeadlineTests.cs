using System.Net.Http.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests;

[Collection(TicketsCollection.Name)]
public sealed class TicketDeadlineTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task A10_1_3_1_unstarted_ticket_breaches_start_clock_when_reminder_fires()
    {
        var ticket = await fixture.Http.Register(TicketApi.Complaint("5棟門口積水很嚴重"));
        var due = ticket.Clocks.Single().DueAt;

        var breached = await Eventually.Get(() => fixture.Http.GetTicket(ticket.Id), t => t.Clocks.Single().BreachRecordedAt is not null, fixture.Clock);

        var clock = breached.Clocks.Single();
        Assert.True(clock.Breached);
        Assert.Null(clock.MetAt);
        Assert.True(clock.BreachRecordedAt >= due, "a breach is never recorded before the deadline");
        Assert.True(breached.Version > ticket.Version);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var timeline = await fixture.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/tickets/{ticket.Id}/timeline");
        var reported = timeline.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Start");
        Assert.True(reported.GetProperty("breached").GetBoolean());
        Assert.True(TimeSpan.Parse(reported.GetProperty("breachDuration").GetString()!) > TimeSpan.Zero);
    }

    [Fact]
    public async Task A10_1_3_1_ticket_started_in_time_records_no_breach_after_deadline_passes()
    {
        var ticket = await fixture.Http.Register(TicketApi.Complaint("保安晚上不巡邏"));
        var started = await fixture.Http.PostAsync($"/api/tickets/{ticket.Id}/start",
            System.Net.Http.Json.JsonContent.Create(new { requestId = "r", personId = "sunrise-liaison" }));
        started.EnsureSuccessStatusCode();

        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        // Past the start limit: the ticket's tick at this time has been processed (a breach would be booked by now).
        await ReminderRows.Settled(fixture, ticket.Id);

        var after = await fixture.Http.GetTicket(ticket.Id);
        var start = after.Clocks.Single(c => c.Kind == ClockKind.Start);
        Assert.Null(start.BreachRecordedAt);
        Assert.False(start.Breached);
    }
}
