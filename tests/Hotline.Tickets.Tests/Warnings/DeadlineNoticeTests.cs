using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.Warnings;

/// <summary>
/// A deadline about to pass reaches the project's liaison and manager, once, before it is breached. The clock is moved
/// to the notice's own due time and the test waits for the ticket's tick at that time to be processed (a signal, not a
/// race of clock steps against real time, which made this test fail once under load).
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class DeadlineNoticeTests(AroundTheClockFixture fixture)
{
    /// <summary>Hotline:Escalation:DeadlineNoticeLead in config/escalation-policy.json.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Only a liveness bound on the one tick awaited (it ends when the tick is processed): a fake-clock reminder tick has
    /// taken tens of seconds of real time on this shared 2-core machine while other test assemblies ran.
    /// </summary>
    private static readonly TimeSpan TickBound = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task DeadlineSoon_StartClockWithinLeadTime_NotifiesLiaisonAndManagerExactlyOnce()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "14號樓消防通道被堵");
        var key = ticket.Id.ToString("N");
        var start = (await ticket.Get()).Clocks.Single(c => c.Kind == Contracts.ClockKind.Start);
        // Registered inside the all-day duty window: the start clock runs 10 minutes, so the notice falls due 5 minutes on.
        var noticeDue = start.DueAt - Lead;
        Assert.True(noticeDue > fixture.Clock.GetUtcNow(), "the notice is still ahead");

        fixture.Clock.Advance(noticeDue - fixture.Clock.GetUtcNow());
        await fixture.Host.Ticks.Processed(ticket.Id, noticeDue, TickBound);

        var liaison = Assert.Single(await Notices("sunrise-liaison", key));
        var manager = Assert.Single(await Notices("sunrise-manager", key));
        Assert.StartsWith("Start", liaison.GetProperty("title").GetString(), StringComparison.Ordinal);
        // Sent by the tick at its due time, 5 minutes before the deadline (stored to the microsecond).
        Assert.InRange(liaison.GetProperty("at").GetDateTimeOffset(), noticeDue - TimeSpan.FromMilliseconds(1), noticeDue);
        Assert.InRange(manager.GetProperty("at").GetDateTimeOffset(), noticeDue - TimeSpan.FromMilliseconds(1), noticeDue);

        // Past the deadline: the tick that records the breach sends no second notice.
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        await ReminderRows.Settled(fixture, ticket.Id);

        Assert.Single(await Notices("sunrise-liaison", key));
        Assert.Single(await Notices("sunrise-manager", key));
        Assert.Empty(await Notices("harbour-liaison", key));
    }

    private async Task<List<JsonElement>> Notices(string personId, string ticketKey)
    {
        // Every page of the person's deadline notices: other tests of the assembly notify the same people at later times.
        var notices = new List<JsonElement>();
        string? before = null;
        do
        {
            var page = await fixture.Http.GetFromJsonAsync<JsonElement>(
                $"/api/inbox?personId={personId}&kind=DeadlineSoon&limit=200{(before is null ? "" : $"&before={Uri.EscapeDataString(before)}")}");
            notices.AddRange(page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("id").GetString()!.StartsWith(ticketKey, StringComparison.Ordinal)));
            before = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (before is not null);

        return notices;
    }
}
