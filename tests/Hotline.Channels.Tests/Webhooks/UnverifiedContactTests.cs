using System.Net;
using System.Net.Http.Json;
using Hotline.Channels.Contacts;
using Hotline.Channels.Inbound;
using Hotline.Channels.Tests.Support;

namespace Hotline.Channels.Tests.Webhooks;

/// <summary>A2: an unknown number becomes an unverified contact; the call center matches it, and its waiting message becomes a ticket.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class UnverifiedContactTests(ChannelsFixture fixture)
{
    [Fact]
    public async Task A2_UnknownPhone_WaitsAsUnverifiedContact_ThenMatchedByCallCenter_BecomesTicket()
    {
        var phone = ChannelsFixture.NewPhone();
        var project = await fixture.ProjectWithOwner(ChannelsFixture.NewPhone());
        var agent = fixture.Host.ClientAs("cc-agent-1");

        var response = await fixture.Provider.Post("/channels/gm-sms/messages", Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, "楼道灯不亮"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await response.Answer();
        Assert.Equal(InboundStatus.AwaitingHousehold, answer.Status);
        Assert.Null(answer.TicketId);
        var masked = phone[..3] + "****" + phone[^4..];
        var contact = Assert.Single((await agent.GetFromJsonAsync<List<UnverifiedContact>>("/api/channels/contacts?status=unverified&limit=200", TicketApi.Json))!, c => c.PhoneMasked == masked);

        var wrong = await agent.PostAsJsonAsync($"/api/channels/contacts/{contact.Id}/match", new { projectId = project, household = "9-9-909" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("household", (await wrong.ProblemField()).Field);

        var matched = await agent.PostAsJsonAsync($"/api/channels/contacts/{contact.Id}/match", new { projectId = project, household = "5/2/502" });

        Assert.Equal(HttpStatusCode.OK, matched.StatusCode);
        var result = (await matched.Content.ReadFromJsonAsync<MatchContactResult>(TicketApi.Json))!;
        Assert.Equal(("matched", "5-2-502", "cc-agent-1"), (result.Contact.Status, result.Contact.Household, result.Contact.MatchedBy));
        var message = Assert.Single(result.Messages);
        Assert.Equal(InboundStatus.Processed, message.Status);
        var ticket = await fixture.Http.GetTicket(message.TicketId!.Value);
        Assert.Equal(("gm-sms", project, "5-2-502", Hotline.Tickets.Contracts.TicketKind.Repair), (ticket.Channel, ticket.ProjectId, ticket.Household, ticket.Kind));
    }
}
