using System.Net;
using static Hotline.Browser.Tests.Portal.OwnerTickets;

namespace Hotline.Browser.Tests.Portal;

/// <summary>The portal's live feed over HTTP (no browser): ids of the owner's own households' tickets only, and only for an owner session.</summary>
[Collection(PortalCollection.Name)]
public sealed class LiveFeedTests(PortalFixture fixture)
{
    [Fact]
    public async Task A2_LiveFeed_NamesTheOwnersHouseholdsTickets_NeverAnotherHouseholdsOfTheSameProject()
    {
        const int owner = 16;
        using var me = await OwnerClient.SignIn(fixture, PortalFixture.Phones[owner]);
        // A bound for the whole test, not a wait: every read below ends as soon as its line arrives.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await me.Http.GetAsync("/portal/live", HttpCompletionOption.ResponseHeadersRead, bound.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var feed = new StreamReader(await response.Content.ReadAsStreamAsync(bound.Token));
        // The first line comes once the feed listens: nothing after it is missed.
        Assert.Equal("retry: 3000", await feed.ReadLineAsync(bound.Token));

        var others = await StaffRegisters(fixture.Host, "Repair", PortalFixture.HouseholdOf(owner + 1), "隔壁的走廊燈不亮");
        var mine = await StaffRegisters(fixture.Host, "Repair", PortalFixture.HouseholdOf(owner), "我家的門鈴壞了");

        // Changes reach a page in the order they were made: by the time mine is named, the other one was offered and withheld.
        var named = new List<string>();
        while (!named.Contains(mine.ToString()))
        {
            var line = await feed.ReadLineAsync(bound.Token) ?? throw new InvalidOperationException("the feed ended");
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                named.Add(line["data: ".Length..]);
            }
        }

        Assert.DoesNotContain(others.ToString(), named);
    }

    [Fact]
    public async Task A2_LiveFeed_WithoutAnOwnerSession_Is401()
    {
        using var response = await fixture.Host.ClientAs("admin").GetAsync("/portal/live");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
