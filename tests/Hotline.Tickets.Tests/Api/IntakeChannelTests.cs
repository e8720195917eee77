using System.Net;
using System.Net.Http.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Api;

/// <summary>A2 / issue 10: the channel is set by the endpoint that received the ticket, never claimed by its body.</summary>
[Collection(TicketsCollection.Name)]
public sealed class IntakeChannelTests(AroundTheClockFixture fixture)
{
    [Theory]
    [InlineData("gm-sms", "is set by the endpoint")]
    [InlineData("web", "is set by the endpoint")]
    [InlineData("fax", "unknown channel 'fax'")]
    public async Task A2_staff_intake_refuses_another_channel_naming_the_field(string channel, string problem)
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/tickets", new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = "p-sunrise", text = "電梯壞了", channel, householdNotGiven = true,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Problem()).GetProperty("errors");
        Assert.Contains(problem, Assert.Single(errors.EnumerateObject(), e => e.Name == "channel").Value[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2_staff_intake_registers_call_center_tickets_with_or_without_naming_it()
    {
        var named = await fixture.Http.Register(new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = "p-sunrise", text = "電梯壞了", channel = "call-center", householdNotGiven = true,
        });
        var unnamed = await fixture.Http.Register(TicketApi.Complaint());

        Assert.Equal(("call-center", "call-center"), (named.Channel, unnamed.Channel));
        Assert.Equal(TicketStatus.Dispatched, named.Status);
    }
}
