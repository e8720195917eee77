using System.Net;
using System.Net.Http.Json;
using Hotline.Channels.DevGateway;
using Hotline.Channels.Tests.Support;
using Hotline.Host;
using Hotline.TestKit;
using Microsoft.Extensions.Options;

namespace Hotline.Channels.Tests.DevGateway;

/// <summary>The local development SMS gateway: what the SMS gateway plugin posts lands in its outbox and lists back.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class DevGatewayTests(ChannelsFixture fixture)
{
    [Fact]
    public async Task DevGateway_the_real_sms_plugin_posts_staff_notices_into_it_and_they_list_back()
    {
        // The fixture configures no SMS gateway URL: the enabled development gateway points the plugin at this host.
        var ticket = await fixture.Http.Register(TicketApi.Complaint("12號樓停電"));

        var sms = await Eventually.Get(WholeOutbox(), rows => rows.Any(r => r.Text.Contains(ticket.Id.ToString("N"), StringComparison.Ordinal)));

        Assert.All(sms, r => Assert.Matches("^[0-9+]{6,}$", r.To));
    }

    [Fact]
    public async Task DevGateway_a_post_like_the_plugin_is_kept_once_by_message_id_and_listed_newest_first()
    {
        var phone = Phones.Next();
        var first = await Post(new { messageId = $"m-{phone}-1", to = phone, text = "第一條" }, $"m-{phone}-1");
        var again = await Post(new { messageId = $"m-{phone}-1", to = phone, text = "第一條" }, $"m-{phone}-1");
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await Post(new { messageId = $"m-{phone}-2", to = $"+86{phone}", text = "第二條" }, $"m-{phone}-2");

        Assert.Equal((HttpStatusCode.OK, false), (first.StatusCode, (await first.Content.ReadFromJsonAsync<DevSmsReceipt>())!.Duplicate));
        Assert.True((await again.Content.ReadFromJsonAsync<DevSmsReceipt>())!.Duplicate);
        var listed = await Support.DevOutbox.To(fixture.Http, phone);
        Assert.Equal(["第二條", "第一條"], listed.Select(s => s.Text));
        Assert.All(listed, s => Assert.Equal(phone, s.To)); // +86 dropped: one spelling per number
    }

    [Fact]
    public async Task DevGateway_a_wrong_api_key_is_401_and_a_missing_number_is_a_400_naming_to()
    {
        var phone = Phones.Next();
        using var wrongKey = new HttpRequestMessage(HttpMethod.Post, "/dev/sms-gateway") { Content = JsonContent.Create(new { messageId = $"k-{phone}", to = phone, text = "x" }) };
        wrongKey.Headers.Add("X-Api-Key", "not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.Anonymous.SendAsync(wrongKey)).StatusCode);

        var noNumber = await Post(new { messageId = $"n-{phone}", text = "x" }, $"n-{phone}");
        Assert.Equal(HttpStatusCode.BadRequest, noNumber.StatusCode);
        Assert.True((await noNumber.Problem()).GetProperty("errors").TryGetProperty("to", out _));
        Assert.Empty((await fixture.Http.GetFromJsonAsync<List<DevSms>>($"/api/channels/dev-outbox?to={phone}&personId=admin"))!);
    }

    [Fact]
    public void DevGateway_a_production_start_on_a_configured_database_refuses_it_naming_the_key()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => HotlineApp.Build([
            "--ConnectionStrings:Hotline=Host=127.0.0.1;Database=prod;Username=u;Password=p",
            $"--Hotline:Security:SigningKey={HotlineTestHost.SigningKey}",
            "--Hotline:Channels:DevGateway:Enabled=true",
        ]));

        Assert.Contains(DevGatewayOptions.EnabledKey, refused.Message);
    }

    private Func<Task<List<DevSms>>> WholeOutbox() => async () =>
        (await fixture.Http.GetFromJsonAsync<List<DevSms>>("/api/channels/dev-outbox?limit=200&personId=admin"))!;

    private async Task<HttpResponseMessage> Post(object body, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/sms-gateway") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        request.Headers.Add("X-Api-Key", ChannelsFixture.DevGatewayKey);
        return await fixture.Host.Anonymous.SendAsync(request);
    }
}
