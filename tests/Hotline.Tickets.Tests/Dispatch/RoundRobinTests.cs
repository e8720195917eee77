using static Hotline.Tickets.Tests.Dispatch.DispatchWorld;

namespace Hotline.Tickets.Tests.Dispatch;

/// <summary>
/// Issue 11, round-robin: at registration the ticket goes to the next on-duty handler of its category under the cap, in
/// turn (person ids in ordinal order after the last one given); with none, it stays with the liaison, who is told.
/// </summary>
[Collection(DispatchCollection.Name)]
public sealed class RoundRobinTests(DispatchFixture fixture)
{
    private readonly DispatchApi _api = new(fixture);

    [Fact]
    public async Task A9_2_1_four_engineering_tickets_alternate_between_the_two_on_duty_engineering_handlers()
    {
        // d-rr: dr-a and dr-b handle engineering and are on duty; dr-c handles it but is off duty; dr-d handles cleaning.
        // Worked out by hand: a, b, a, b.
        var handlers = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            handlers.Add((await _api.Register(RoundRobin)).Handler);
        }

        Assert.Equal(["dr-a", "dr-b", "dr-a", "dr-b"], handlers);
    }

    [Fact]
    public async Task A9_2_1_a_cleaning_ticket_goes_to_the_cleaning_handler_and_is_on_the_timeline()
    {
        var ticket = await _api.Register(RoundRobin, "cleaning");

        Assert.Equal("dr-d", ticket.Handler);
        Assert.Contains(("assign", "hotline", "round-robin: to handler dr-d"), await _api.Timeline(ticket.Id));
        Assert.Contains("TicketAssigned", await _api.Inbox("dr-d", ticket.Id));
    }

    [Fact]
    public async Task A9_2_1_handlers_at_the_cap_are_skipped_and_with_none_left_the_liaison_keeps_it_and_is_told()
    {
        // d-rr-cap: cap 1, handlers dc-a and dc-b: the first two tickets fill both, the third finds nobody.
        var first = await _api.Register(RoundRobinCapped);
        var second = await _api.Register(RoundRobinCapped);
        var third = await _api.Register(RoundRobinCapped);

        Assert.Equal(new[] { "dc-a", "dc-b" }, new[] { first.Handler, second.Handler });
        Assert.Null(third.Handler);
        Assert.Contains(("pool", "hotline", "round-robin: no on-duty handler of engineering under the cap; with the liaison"), await _api.Timeline(third.Id));
        Assert.Contains("NoHandlerAvailable", await _api.Inbox(Liaison(RoundRobinCapped), third.Id));
        Assert.Contains(third.Id, await _api.List(Liaison(RoundRobinCapped), $"projectId={RoundRobinCapped}&pool=true"));
    }
}
