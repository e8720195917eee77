using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using static Hotline.Browser.Tests.Portal.OwnerClient;

namespace Hotline.Browser.Tests.Portal;

/// <summary>
/// The owner hears back by the channel they chose (issue 11): the portal's settings over HTTP, the call center's ticket
/// told in the portal (not texted), the portal's ticket texted when SMS is the choice, and the messages page's rules.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OwnerHearsBackTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task A2_OwnerPrefersThePortal_ACallCenterTicketIsNotTexted_ItIsAPortalMessage_DeliveredAndOnTheTimeline()
    {
        const int owner = 9;
        using var me = await SignIn(fixture, PortalFixture.Phones[owner]);
        Assert.Equal(HttpStatusCode.NoContent, (await me.Prefer("web")).StatusCode);
        Assert.Equal("web", (await me.Http.GetFromJsonAsync<JsonElement>("/portal/api/preferences")).GetProperty("channel").GetString());

        var id = await CallCenterRegisters(fixture.Host, owner, "3號樓1單元1210室陽台漏水");

        var rows = await Outbox(fixture.Host, id, r => r.Any(x => Is(x, "delivered")));
        // One row per (ticket, event, channel), decided when recorded: the portal's, none for the SMS line.
        var told = Assert.Single(rows);
        Assert.Equal("web", told.GetProperty("channel").GetString());
        var number = told.GetProperty("ticketNumber").GetString();
        Assert.Empty(fixture.Sms.To(me.Phone));
        var timeline = await Eventually.Get(() => fixture.Host.ClientAs("admin").GetFromJsonAsync<JsonElement>($"/api/tickets/{id}/timeline"),
            t => t.GetProperty("entries").EnumerateArray().Any(e => e.GetProperty("action").GetString() == "owner-told"));
        Assert.Contains(timeline.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "owner-told"
            && e.GetProperty("actor").GetProperty("personId").GetString() == "web");

        // The header counts it unread; the messages page shows it (once as new), and then it is read.
        Assert.Contains("消息（1 則未讀）", await me.Page("/portal/tickets"), StringComparison.Ordinal);
        var messages = await me.Page("/portal/messages");
        Assert.Contains($"您的報修已受理，編號{number}，可憑編號查詢進度。", messages, StringComparison.Ordinal);
        Assert.Contains("新消息", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("則未讀", await me.Page("/portal/tickets"), StringComparison.Ordinal);
        Assert.DoesNotContain("新消息", await me.Page("/portal/messages"), StringComparison.Ordinal);

        // Another household's owner reads none of it.
        using var other = await SignIn(fixture, PortalFixture.Phones[owner + 1]);
        Assert.DoesNotContain(number!, await other.Page("/portal/messages"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A2_OwnerPrefersSms_APortalTicketIsTexted_NotAPortalMessage()
    {
        const int owner = 11;
        using var me = await SignIn(fixture, PortalFixture.Phones[owner]);
        Assert.Equal(HttpStatusCode.NoContent, (await me.Prefer("web")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.Prefer(PortalFixture.SmsId)).StatusCode);

        // A ticket the portal brought in (channel web) for the owner's household and number.
        var id = Guid.NewGuid();
        var outcome = await fixture.Host.Grains.GetGrain<ITicketGrain>(id).Register(
            new RegisterTicket(Guid.NewGuid().ToString("N"), TicketKind.Complaint, PortalFixture.Project, "north", "樓下裝修噪音", null, null, null, "web", null)
            {
                Owner = new OwnerContact("陳小姐", me.Phone),
                Household = PortalFixture.HouseholdOf(owner),
            });
        Assert.Null(outcome.Rejection);

        var rows = await Outbox(fixture.Host, id, r => r.Any(x => Is(x, "delivered")));
        Assert.Equal(PortalFixture.SmsId, Assert.Single(rows).GetProperty("channel").GetString());
        var number = rows[0].GetProperty("ticketNumber").GetString();
        var sms = Assert.Single(fixture.Sms.To(me.Phone));
        Assert.Equal($"您的投訴已受理，編號{number}，可憑編號查詢進度。", sms.Text);
        Assert.DoesNotContain(number!, await me.Page("/portal/messages"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A2_Preference_AnUnknownChannelIsA400NamingChannel_AndWithoutAnOwnerSessionA401()
    {
        using var me = await SignIn(fixture, PortalFixture.Phones[12]);

        using var unknown = await me.Prefer("pigeon");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("\"channel\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var answer = await me.Http.GetFromJsonAsync<JsonElement>("/portal/api/preferences");
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("channel").ValueKind);
        Assert.Contains(answer.GetProperty("choices").EnumerateArray(), c => c.GetString() == "web");

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.Anonymous.PutAsJsonAsync("/portal/api/preferences", new { channel = "web" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.ClientAs("admin").GetAsync("/portal/api/preferences")).StatusCode);
    }

    [BrowserFact]
    public async Task A2_MessagesPage_NewestFirst_TwentyAPage_TheOlderOnTheNextPage()
    {
        const int owner = 13;
        using var me = await SignIn(fixture, PortalFixture.Phones[owner]);
        Assert.Equal(HttpStatusCode.NoContent, (await me.Prefer("web")).StatusCode);
        var tickets = new List<Guid>();
        for (var i = 1; i <= 21; i++)
        {
            tickets.Add(await CallCenterRegisters(fixture.Host, owner, $"第{i}宗：走廊燈不亮"));
            await Outbox(fixture.Host, tickets[^1], r => r.Any(x => Is(x, "delivered")));
            // One second apart, so "newest first" has one answer.
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await me.Page("/portal/messages");
        Assert.Equal(20, Count(first, "data-testid=\"message\""));
        Assert.True(first.IndexOf($"/portal/tickets/{tickets[20]}", StringComparison.Ordinal) < first.IndexOf($"/portal/tickets/{tickets[19]}", StringComparison.Ordinal));
        Assert.DoesNotContain($"/portal/tickets/{tickets[0]}", first, StringComparison.Ordinal);
        var older = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/portal/messages\\?before=[^\"]+)\"").Groups[1].Value;

        var second = await me.Page(older);
        Assert.Equal(1, Count(second, "data-testid=\"message\""));
        Assert.Contains($"/portal/tickets/{tickets[0]}", second, StringComparison.Ordinal);
    }

    private static bool Is(JsonElement row, string status) => string.Equals(row.GetProperty("status").ToString(), status, StringComparison.OrdinalIgnoreCase);

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
