using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Escalation.Contracts;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Notifications.Tests.Routing;

/// <summary>
/// Through the real grains (ticket → company directory → notifier → inboxes): complaints registered at 22:00 Shanghai,
/// when the day liaisons are off duty; their "deadline soon" notices follow the roster.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class NightDeadlineNoticeTests(NotificationFixture fixture)
{
    private InboxDriver Inboxes => new(fixture);

    [Fact]
    public async Task DeadlineSoon_At22_SunriseNoticeReachesTheNightLiaisonNotTheDayLiaison()
    {
        AdvanceToNext(22);
        var key = await RegisterComplaint(Demo.Sunrise);

        await Eventually.Get(() => StartNotices("sunrise-liaison-night", key), n => n.Count > 0, fixture.Clock, TimeSpan.FromMinutes(1));
        await Settle(key);

        Assert.Null(Assert.Single(await StartNotices("sunrise-liaison-night", key)).OnBehalfOf);
        Assert.Empty(await StartNotices(Demo.SunriseLiaison, key));
        Assert.Null(Assert.Single(await StartNotices(Demo.SunriseManager, key)).OnBehalfOf);
    }

    [Fact]
    public async Task DeadlineSoon_At22_RiversideWithoutNightLiaison_GoesToTheCustomerServiceLine()
    {
        AdvanceToNext(22);
        var key = await RegisterComplaint("p-riverside");

        await Eventually.Get(() => StartNotices("cs-hotline", key), n => n.Count > 0, fixture.Clock, TimeSpan.FromMinutes(1));
        await Settle(key);

        Assert.Equal("riverside-liaison", Assert.Single(await StartNotices("cs-hotline", key)).OnBehalfOf);
        Assert.Empty(await StartNotices("riverside-liaison", key));
        Assert.Null(Assert.Single(await StartNotices("riverside-manager", key)).OnBehalfOf);
    }

    /// <summary>Moves to the next <paramref name="hour"/>:00 Shanghai, unless the clock is already within that hour.</summary>
    private void AdvanceToNext(int hour)
    {
        var now = TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone);
        if (now.Hour == hour && now.Minute < 30)
        {
            return;
        }

        var target = new DateTimeOffset(now.Date.AddHours(hour), now.Offset);
        fixture.Clock.Advance(target > now ? target - now : target.AddDays(1) - now);
    }

    /// <summary>A few more minutes for any duplicate: returns once the ticket's tick at the new time has been processed.</summary>
    private async Task Settle(string ticketKey)
    {
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        await ReminderRows.Settled(fixture, Guid.ParseExact(ticketKey, "N"));
    }

    private async Task<string> RegisterComplaint(string projectId)
    {
        var response = await fixture.Http.PostAsJsonAsync("/api/tickets",
            new { kind = "Complaint", projectId, text = "14號樓消防通道被堵", location = "14號樓", registeredBy = "cc-agent-1", householdNotGiven = true });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString("N");
    }

    private async Task<List<InboxItem>> StartNotices(string personId, string ticketKey) =>
        [.. (await Inboxes.Inbox(personId)).Where(i => i.Kind == InboxItemKind.DeadlineSoon
            && i.Id.StartsWith(ticketKey, StringComparison.Ordinal) && i.Title.StartsWith("Start", StringComparison.Ordinal))];
}
