using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Channels.Inbound;
using Hotline.Channels.Tests.Support;
using Hotline.Kernel;

namespace Hotline.Channels.Tests.Webhooks;

/// <summary>A2: the owner replies to the thread, and the reply lands on the ticket's timeline as theirs, not as a new ticket.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class OwnerReplyTests(ChannelsFixture fixture)
{
    private const string Url = "/channels/gm-sms/messages";

    [Fact]
    public async Task A2_ReplyQuotingTheTicketNumber_LandsOnItsTimelineAsTheOwners_AndMakesNoNewTicket()
    {
        var phone = ChannelsFixture.NewPhone();
        var project = await fixture.ProjectWithOwner(phone);
        var first = await (await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, "车库顶棚漏水"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow())).Answer();

        var quoted = await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, $"#{first.TicketNumber} 请问什么时候来修？"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());
        var threaded = await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, "今天又漏了", inReplyTo: first.TicketNumber), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (quoted.StatusCode, threaded.StatusCode));
        Assert.Equal((first.TicketId, first.TicketId), ((await quoted.Answer()).TicketId, (await threaded.Answer()).TicketId));
        var timeline = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/tickets/{first.TicketId}/timeline");
        var owner = timeline.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "owner-message").ToList();
        Assert.Equal(2, owner.Count);
        Assert.All(owner, e => Assert.Equal((OwnerActors.ForPhone(phone).PersonId, OwnerActors.Role), (e.GetProperty("actor").GetProperty("personId").GetString(), e.GetProperty("actor").GetProperty("role").GetString())));
        Assert.Contains("请问什么时候来修", owner[0].GetProperty("note").GetString(), StringComparison.Ordinal);
        var page = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/tickets?projectId={project}");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A2_AnotherNumberQuotingSomeonesTicket_GetsATicketOfItsOwn()
    {
        var (owner, stranger) = (ChannelsFixture.NewPhone(), ChannelsFixture.NewPhone());
        await fixture.ProjectWithOwner(owner);
        await fixture.ProjectWithOwner(stranger);
        var first = await (await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", owner, "电梯困人"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow())).Answer();

        var other = await (await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", stranger, $"#{first.TicketNumber} 我家电梯也坏了"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow())).Answer();

        Assert.Equal(InboundStatus.Processed, other.Status);
        Assert.NotEqual(first.TicketId, other.TicketId);
    }
}
