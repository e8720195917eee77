using Hotline.TestKit;

namespace Hotline.Tickets.Tests;

/// <summary>Deadlines live in the database, not in a silo's memory: a deadline passing while no silo runs is still caught.</summary>
public sealed class TicketRestartTests : IAsyncLifetime
{
    private readonly HostFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Deadline_PassingWhileHostIsDown_IsRecordedAsBreachAfterRestart()
    {
        var ticket = await _fixture.Http.Register(TicketApi.Complaint("8號樓地下室漏水"));
        await _fixture.Host.DisposeAsync();

        _fixture.Clock.Advance(TimeSpan.FromMinutes(45));
        await using var restarted = await _fixture.StartHostAsync();

        var after = await Eventually.Get(() => restarted.Http.GetTicket(ticket.Id), t => t.Clocks.Single().BreachRecordedAt is not null, _fixture.Clock);
        Assert.True(after.Clocks.Single().Breached);
        Assert.Equal(ticket.RegisteredAt, after.RegisteredAt);
        Assert.Equal(ticket.Text, after.Text);
    }
}
