using System.Net;
using static Hotline.Tickets.Tests.Dispatch.DispatchWorld;

namespace Hotline.Tickets.Tests.Dispatch;

/// <summary>
/// Issue 11, assign mode (A9.2.1: the liaison on duty dispatches; A10.1.3.3: never unowned): the liaison gives a ticket
/// to a handler of the project who is on duty, handles its category and is under the cap; anything else is refused
/// naming <c>handlerId</c>. The handler is told, and the assignment is on the timeline with who did it.
/// </summary>
[Collection(DispatchCollection.Name)]
public sealed class AssignModeTests(DispatchFixture fixture)
{
    private readonly DispatchApi _api = new(fixture);

    [Fact]
    public async Task A9_2_1_liaison_assigns_a_handler_who_is_told_and_the_timeline_says_who()
    {
        var ticket = await _api.Register(Assign);

        using var response = await _api.Command(Liaison(Assign), ticket.Id, "assign", new { handlerId = "da-main" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("da-main", (await _api.Ticket(ticket.Id)).Handler);
        Assert.Contains(("assign", Liaison(Assign), "to handler da-main"), await _api.Timeline(ticket.Id));
        Assert.Contains("TicketAssigned", await _api.Inbox("da-main", ticket.Id));
        Assert.Contains(ticket.Id, await _api.List(Liaison(Assign), $"projectId={Assign}&handler=da-main"));
        Assert.DoesNotContain(ticket.Id, await _api.List(Liaison(Assign), $"projectId={Assign}&pool=true"));
    }

    [Theory]
    [InlineData("da-plumber", "cleaning", "does not handle category cleaning")]
    [InlineData("da-night", "engineering", "is not on duty now")]
    [InlineData("dg-1", "engineering", "is no ProjectHandler of project d-assign")]
    [InlineData("sunrise-liaison", "engineering", "is no ProjectHandler of project d-assign")]
    public async Task A9_2_1_assigning_someone_who_may_not_hold_it_is_a_400_naming_handlerId(string handler, string category, string reason)
    {
        var ticket = await _api.Register(Assign, category);

        using var response = await _api.Command(Liaison(Assign), ticket.Id, "assign", new { handlerId = handler });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Problem()).GetProperty("errors").GetProperty("handlerId")[0].GetString();
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Null((await _api.Ticket(ticket.Id)).Handler);
    }

    [Fact]
    public async Task A9_2_1_a_handler_at_the_cap_is_refused_with_409_naming_handlerId()
    {
        // d-assign's cap is 2: two open tickets, then the third is refused; resolving one would free a place.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var held = await _api.Register(Assign);
            (await _api.Command(Liaison(Assign), held.Id, "assign", new { handlerId = "da-cap" })).EnsureSuccessStatusCode();
        }

        var third = await _api.Register(Assign);
        using var response = await _api.Command(Liaison(Assign), third.Id, "assign", new { handlerId = "da-cap" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Problem();
        Assert.Contains("handlerId: da-cap already holds 2 open tickets", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("HandlerAtCap", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A9_2_1_a_handler_cannot_take_in_an_assign_project()
    {
        var ticket = await _api.Register(Assign);

        using var response = await _api.Command("da-other", ticket.Id, "take");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("NotFromPool", (await response.Problem()).GetProperty("reason").GetString());
        Assert.Null((await _api.Ticket(ticket.Id)).Handler);
    }
}
