using System.Net;
using static Hotline.Tickets.Tests.Dispatch.DispatchWorld;

namespace Hotline.Tickets.Tests.Dispatch;

/// <summary>
/// Issue 11: a handler acts on the tickets given to them (the unit's steps), not on another's; they give one back with
/// a reason, to the pool, and the liaison is told. A transfer's reason is on the timeline.
/// </summary>
[Collection(DispatchCollection.Name)]
public sealed class ReturnAndAccessTests(DispatchFixture fixture)
{
    private readonly DispatchApi _api = new(fixture);

    [Fact]
    public async Task A10_1_3_3_handler_acts_on_their_own_ticket_and_not_on_another_handlers()
    {
        var ticket = await _api.Register(Assign);
        (await _api.Command(Liaison(Assign), ticket.Id, "assign", new { handlerId = "da-main" })).EnsureSuccessStatusCode();

        using var other = await _api.Command("da-other", ticket.Id, "start");
        using var otherReturn = await _api.Command("da-other", ticket.Id, "return", new { reason = "不是我的" });
        using var own = await _api.Command("da-main", ticket.Id, "start");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherReturn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(Contracts.TicketStatus.Started, (await _api.Ticket(ticket.Id)).Status);
        Assert.Contains(("start", "da-main", null), await _api.Timeline(ticket.Id));
    }

    [Fact]
    public async Task A10_1_3_3_return_puts_the_ticket_back_in_the_pool_on_the_timeline_and_tells_the_liaison()
    {
        var ticket = await _api.Register(Assign);
        (await _api.Command(Liaison(Assign), ticket.Id, "assign", new { handlerId = "da-other" })).EnsureSuccessStatusCode();

        using var blank = await _api.Command("da-other", ticket.Id, "return", new { reason = " " });
        using var returned = await _api.Command("da-other", ticket.Id, "return", new { reason = "需要電工證" });

        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.True((await blank.Problem()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Null((await _api.Ticket(ticket.Id)).Handler);
        Assert.Contains(("return", "da-other", "reason: 需要電工證"), await _api.Timeline(ticket.Id));
        Assert.Contains(ticket.Id, await _api.List(Liaison(Assign), $"projectId={Assign}&pool=true"));
        Assert.Contains("TicketReturned", await _api.Inbox(Liaison(Assign), ticket.Id));
    }

    [Fact]
    public async Task A10_1_3_3_transfer_reason_is_shown_on_the_timeline_and_the_handler_stays_behind()
    {
        var ticket = await _api.Register(Assign);
        (await _api.Command(Liaison(Assign), ticket.Id, "assign", new { handlerId = "da-main" })).EnsureSuccessStatusCode();

        using var response = await _api.Command("cc-agent-1", ticket.Id, "transfer", new { projectId = Grab, reason = "屬於另一個項目" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await _api.Ticket(ticket.Id)).Handler);
        Assert.Contains(("transfer", "cc-agent-1", $"to project {Grab}; reason: 屬於另一個項目"), await _api.Timeline(ticket.Id));
    }
}
