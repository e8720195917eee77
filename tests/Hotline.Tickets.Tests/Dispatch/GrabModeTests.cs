using System.Net;
using static Hotline.Tickets.Tests.Dispatch.DispatchWorld;

namespace Hotline.Tickets.Tests.Dispatch;

/// <summary>
/// Issue 11, grab mode: on-duty handlers see the project's pool (open, no handler) and take tickets from it; the ticket
/// runs one command at a time, so of two takes exactly one wins and the other gets 409. d-grab's cap is 1.
/// </summary>
[Collection(DispatchCollection.Name)]
public sealed class GrabModeTests(DispatchFixture fixture)
{
    private readonly DispatchApi _api = new(fixture);

    [Fact]
    public async Task A9_2_1_two_concurrent_takes_exactly_one_wins()
    {
        var ticket = await _api.Register(Grab);
        Assert.Contains(ticket.Id, await _api.List("dg-1", "pool=true"));

        var responses = await Task.WhenAll(_api.Command("dg-1", ticket.Id, "take"), _api.Command("dg-2", ticket.Id, "take"));

        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? "dg-1" : "dg-2";
        var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var lost = await loser.Problem();
        Assert.Contains($"{winner} already holds this ticket", lost.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("AlreadyTaken", lost.GetProperty("reason").GetString());
        Assert.Equal(winner, (await _api.Ticket(ticket.Id)).Handler);
        Assert.Contains(("take", winner, $"taken from the pool by {winner}"), await _api.Timeline(ticket.Id));
        Assert.DoesNotContain(ticket.Id, await _api.List("dg-1", "pool=true"));

        // The winner now holds 1, d-grab's cap: the next ticket is refused to them, the loser may still take it.
        var next = await _api.Register(Grab);
        using var atCap = await _api.Command(winner, next.Id, "take");
        Assert.Equal(HttpStatusCode.Conflict, atCap.StatusCode);
        var capped = await atCap.Problem();
        Assert.Contains("the project's cap (maxOpenPerHandler 1)", capped.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("HandlerAtCap", capped.GetProperty("reason").GetString());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A9_2_1_an_off_duty_handler_cannot_take()
    {
        var ticket = await _api.Register(Grab);

        using var response = await _api.Command("dg-night", ticket.Id, "take");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Problem();
        Assert.Contains("dg-night is not on duty now", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("HandlerNotAdmitted", problem.GetProperty("reason").GetString());
        Assert.Null((await _api.Ticket(ticket.Id)).Handler);
    }

    [Fact]
    public async Task A9_2_1_takes_of_several_tickets_at_once_by_one_handler_stop_at_the_cap()
    {
        // d-grab's cap is 1: of four takes at the same instant, on four tickets, exactly one may succeed.
        var tickets = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _api.Register(Grab)));

        var responses = await Task.WhenAll(tickets.Select(t => _api.Command("dg-race", t.Id, "take")));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict],
            responses.Select(r => r.StatusCode).Order());
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Contains("dg-race already holds 1 open tickets, the project's cap (maxOpenPerHandler 1)",
                (await refused.Problem()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var holders = await Task.WhenAll(tickets.Select(t => _api.Ticket(t.Id)));
        Assert.Single(holders, t => t.Handler == "dg-race");
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
