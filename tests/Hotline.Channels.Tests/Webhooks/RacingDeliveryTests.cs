using System.Net;
using System.Net.Http.Json;
using Hotline.Channels.Tests.Support;

namespace Hotline.Channels.Tests.Webhooks;

/// <summary>Issue 11: the same message delivered twice at once, to two silos of one cluster, makes one ticket.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class RacingDeliveryTests(ChannelsFixture fixture)
{
    [Fact]
    public async Task A2_SameMessageOnTwoSilosAtOnce_MakesOneTicket()
    {
        var phone = ChannelsFixture.NewPhone();
        var project = await fixture.ProjectWithOwner(phone);
        var body = Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, "小区门口垃圾堆积");
        await using var second = await fixture.StartHostAsync();

        var answers = await Task.WhenAll(
            fixture.Provider.Post("/channels/gm-sms/messages", body, ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow()),
            second.Anonymous.Post("/channels/gm-sms/messages", body, ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow()));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var tickets = await Task.WhenAll(answers.Select(a => a.Answer()));
        Assert.Equal(tickets[0].TicketId, tickets[1].TicketId);
        Assert.NotNull(tickets[0].TicketId);
        var page = await fixture.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/tickets?projectId={project}");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }
}
