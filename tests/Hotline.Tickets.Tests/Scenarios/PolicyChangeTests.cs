using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Scenarios;

/// <summary>A13.2: limits are configuration. A changed policy applies to new tickets; tickets in flight keep theirs.</summary>
public sealed class PolicyChangeTests : IAsyncLifetime
{
    private readonly AroundTheClockFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A13_2_changed_policy_applies_to_new_tickets_while_tickets_in_flight_keep_their_limits()
    {
        var before = await TicketClient.Register(_fixture.Http);
        await _fixture.Host.DisposeAsync();

        await using var changed = await _fixture.StartHostAsync(new Dictionary<string, string?>
        {
            ["Hotline:Sla:DutyWindow:Start"] = "00:00",
            ["Hotline:Sla:DutyWindow:End"] = "24:00",
            ["Hotline:Sla:Limits:Start:Duration"] = "00:30:00",
            ["Hotline:Sla:Limits:Contact:Duration"] = "02:00:00",
        });
        var old = new TicketClient(changed.Http, before.Id);
        var fresh = await TicketClient.Register(changed.Http);

        var freshView = await fresh.Get();
        Assert.Equal(TimeSpan.FromMinutes(30), Limit(freshView, ClockKind.Start));
        Assert.Equal(TimeSpan.FromMinutes(10), Limit(await old.Get(), ClockKind.Start));

        Assert.Equal(TimeSpan.FromHours(1), Limit(await old.Do("start"), ClockKind.Contact));
        Assert.Equal(TimeSpan.FromHours(2), Limit(await fresh.Do("start"), ClockKind.Contact));
    }

    private static TimeSpan Limit(Ticket ticket, ClockKind kind)
    {
        var clock = ticket.Clocks.Single(c => c.Kind == kind);
        return clock.DueAt - clock.StartedAt;
    }
}
