using System.Net.Http.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.WarmUp;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tickets.Tests.WarmUp;

/// <summary>
/// Issue 14: a ticket deactivated long before its deadline is activated again by the warm-up, within the lead (10 minutes
/// by default) of the deadline and before its own first tick, so a morning's deadlines meet activated tickets.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class DeadlineWarmUpTests(AroundTheClockFixture fixture)
{
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan NoticeLead = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task I14_DeactivatedTicket_IsActivatedWithinTheLeadOfItsDeadline_BeforeItsFirstTick()
    {
        var warmUp = fixture.Host.App.Services.GetRequiredService<DeadlineWarmUp>();
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        var ticket = await fixture.Http.Register(TicketApi.Complaint("地庫排水溝堵塞"));
        (await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/start", new { requestId = "warm-1", personId = "sunrise-liaison" })).EnsureSuccessStatusCode();
        // Started now, so the contact clock (1 hour, liaisons on duty around the clock) is the one pending deadline.
        var contactDue = (await fixture.Http.GetTicket(ticket.Id)).Clocks.Single(c => c.Kind == ClockKind.Contact).DueAt;
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromHours(1), contactDue);
        var grain = fixture.Grains.GetGrain<ITicketGrain>(ticket.Id);

        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(0, await management.GetGrainActivationCount((GrainReference)grain));

        // A pass after the deactivation, whose window ends 10 minutes after it, 50 minutes short of the deadline.
        var collectedAt = fixture.Clock.GetUtcNow();
        await Eventually.Get(() => Task.FromResult(warmUp.WarmedUntil), until => until > collectedAt + Lead, fixture.Clock, TimeSpan.FromSeconds(20));
        Assert.True(warmUp.WarmedUntil < contactDue, "this pass's window did not reach the deadline");
        Assert.Equal(0, await management.GetGrainActivationCount((GrainReference)grain));

        // The pass whose window reaches the deadline activates the ticket, before the notice 5 minutes ahead of it.
        await Eventually.Get(() => Task.FromResult(warmUp.WarmedUntil), until => until >= contactDue, fixture.Clock, TimeSpan.FromMinutes(1));
        Assert.True(fixture.Clock.GetUtcNow() < contactDue - NoticeLead, "activated ahead of the ticket's first tick, not by it");
        Assert.Equal(1, await management.GetGrainActivationCount((GrainReference)grain));
    }
}
