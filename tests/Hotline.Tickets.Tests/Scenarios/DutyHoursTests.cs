using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Scenarios;

/// <summary>The minute and hour clocks run inside the liaison duty window (08:00–20:00 Asia/Shanghai by default).</summary>
public sealed class DutyHoursTests : IClassFixture<HostFixture>
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly HostFixture _fixture;

    public DutyHoursTests(HostFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task A10_1_3_1_dispatch_at_19_55_is_due_to_start_at_08_05_next_morning()
    {
        var local = TimeZoneInfo.ConvertTime(_fixture.Clock.GetUtcNow(), Shanghai);
        var at1955 = new DateTimeOffset(local.Date.AddDays(1).AddHours(19).AddMinutes(55), TimeSpan.FromHours(8));
        _fixture.Clock.Advance(at1955 - _fixture.Clock.GetUtcNow());

        var ticket = await (await TicketClient.Register(_fixture.Http)).Get();

        var due = TimeZoneInfo.ConvertTime(ticket.Clocks.Single(c => c.Kind == ClockKind.Start).DueAt, Shanghai);
        Assert.Equal(at1955.Date.AddDays(1).AddHours(8).AddMinutes(5), due.DateTime);
    }
}
