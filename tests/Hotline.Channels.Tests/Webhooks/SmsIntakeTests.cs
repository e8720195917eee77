using System.Net;
using System.Net.Http.Json;
using Hotline.Channels.Inbound;
using Hotline.Channels.Tests.Support;
using Hotline.Tickets.Contracts;

namespace Hotline.Channels.Tests.Webhooks;

/// <summary>A2, the general manager's SMS line end to end through the real SMS plugin: message in, ticket dispatched.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class SmsIntakeTests(ChannelsFixture fixture)
{
    private const string Url = "/channels/gm-sms/messages";

    [Fact]
    public async Task A2_SmsFromRegisteredOwner_IsDispatchedAsTicketOfChannelGmSms_WithHouseholdAndTrackingNumber()
    {
        var phone = ChannelsFixture.NewPhone();
        var project = await fixture.ProjectWithOwner(phone);

        var response = await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", "+86 " + phone, "5号楼水管漏水了，请尽快派人"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Answer();
        Assert.Equal(InboundStatus.Processed, answer.Status);
        Assert.Matches("^[0-9]{6,}$", answer.TicketNumber);
        var ticket = await fixture.Http.GetTicket(answer.TicketId!.Value);
        Assert.Equal(("gm-sms", project, "5-2-502", TicketKind.Repair, TicketStatus.Dispatched), (ticket.Channel, ticket.ProjectId, ticket.Household, ticket.Kind, ticket.Status));
        // The owner's number is on the ticket, shown masked (the registry's spelling, +86 dropped).
        Assert.Equal(phone[..3] + "****" + phone[^4..], ticket.OwnerContactMasked?.Phone);
    }

    [Fact]
    public async Task A2_DuplicateDelivery_AnswersTheSameTicket_AndCreatesNoSecond()
    {
        var phone = ChannelsFixture.NewPhone();
        var project = await fixture.ProjectWithOwner(phone);
        var body = Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, "物业服务态度太差");

        var first = await (await fixture.Provider.Post(Url, body, ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow())).Answer();
        var again = await fixture.Provider.Post(Url, body, ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.Answer();
        Assert.Equal((first.TicketId, first.TicketNumber), (second.TicketId, second.TicketNumber));
        var page = await fixture.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/tickets?projectId={project}");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var rows = (await fixture.Http.Inbound("channel=gm-sms&limit=200")).Where(r => r.TicketId == first.TicketId).ToList();
        Assert.Equal(new[] { InboundStatus.Duplicate, InboundStatus.Processed }, rows.Select(r => r.Status).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A2_MalformedMessage_Is400NamingTheField_AndKeptRefused()
    {
        var response = await fixture.Provider.Post(Url, """{"messageId":"gw-bad-1","text":"没有号码","sentAt":"2026-12-05T09:30:00+08:00"}""", ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());
        var notJson = await fixture.Provider.Post(Url, "{not json", ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (response.StatusCode, notJson.StatusCode));
        Assert.Equal("from", (await response.ProblemField()).Field);
        Assert.Equal("body", (await notJson.ProblemField()).Field);
        var refused = await fixture.Http.Inbound("status=refused&channel=gm-sms&limit=200");
        Assert.Contains(refused, r => r.LastError!.StartsWith("from:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A2_DeliveryReceipt_IsStoredAndIgnored()
    {
        var response = await fixture.Provider.Post(Url, """{"type":"receipt","messageId":"out-1","status":"delivered"}""", ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Answer();
        Assert.Equal(InboundStatus.Ignored, answer.Status);
        Assert.Null(answer.TicketId);
    }

    [Fact]
    public async Task A2_SenderOverTheLimit_Is429WithRetryAfter_AndTheRequestIsKeptMarked()
    {
        var phone = ChannelsFixture.NewPhone();
        await fixture.ProjectWithOwner(phone);
        // The fixture allows 3 messages per sender per hour.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, $"投诉{i}"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow())).StatusCode);
        }

        var fourth = await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, "投诉3"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(fourth.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.NotEmpty(await fixture.Http.Inbound("status=rate-limited&channel=gm-sms"));
    }

    [Fact]
    public async Task A2_SenderLimit_CountsTheSendersMessagesOnEverySilo()
    {
        var phone = ChannelsFixture.NewPhone();
        await fixture.ProjectWithOwner(phone);
        await using var second = await fixture.StartHostAsync();

        // 3 per sender per hour: two through this silo and one through the other use the sender's window up.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Provider.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, $"报修{i}"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await second.Anonymous.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, "报修2"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow())).StatusCode);
        var fourth = await second.Anonymous.Post(Url, Webhook.Sms($"gw-{Guid.NewGuid():N}", phone, "报修3"), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        // The window opened at the first message and the fake clock has not moved: a whole hour to wait.
        Assert.Equal(TimeSpan.FromSeconds(3600), fourth.Headers.RetryAfter?.Delta);
    }
}
