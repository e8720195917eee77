using System.Net;
using static Hotline.Tickets.Tests.Dispatch.DispatchWorld;

namespace Hotline.Tickets.Tests.Dispatch;

/// <summary>Issue 11: the clocks do not care who holds the ticket (A10.1.3.3: the unit's deadlines run on regardless).</summary>
[Collection(DispatchCollection.Name)]
public sealed class DispatchClockTests(DispatchFixture fixture)
{
    private readonly DispatchApi _api = new(fixture);

    [Fact]
    public async Task A10_1_3_3_take_return_and_assign_leave_every_due_time_as_it_was()
    {
        var ticket = await _api.Register(Grab);
        (await _api.Command(Liaison(Grab), ticket.Id, "start")).EnsureSuccessStatusCode();
        var before = (await _api.Ticket(ticket.Id)).Clocks.ToList();
        Assert.Equal(2, before.Count); // start (met) and contact (running)

        fixture.Clock.Advance(TimeSpan.FromMinutes(3));
        foreach (var (person, command, body) in new (string, string, object?)[]
        {
            ("dg-clock", "take", null), ("dg-clock", "return", new { reason = "今天請假" }),
            (Liaison(Grab), "assign", new { handlerId = "dg-clock" }),
        })
        {
            using var response = await _api.Command(person, ticket.Id, command, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // Compared clock by clock (ImmutableArray's own Equals compares the arrays' identity).
            Assert.Equal(before, (await _api.Ticket(ticket.Id)).Clocks.ToList());
        }
    }
}
