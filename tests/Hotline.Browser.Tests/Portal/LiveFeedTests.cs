using System.Net;
using Hotline.Live.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.Browser.Tests.Portal.OwnerTickets;

namespace Hotline.Browser.Tests.Portal;

/// <summary>The portal's live feed over HTTP (no browser): ids of the owner's own households' tickets only, and only for an owner session.</summary>
[Collection(PortalCollection.Name)]
public sealed class LiveFeedTests(PortalFixture fixture)
{
    [BrowserFact]
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

    [BrowserFact]
    public async Task A2_LiveFeed_HearsAChangeMadeOnAnotherSilo()
    {
        const int owner = 18;
        var mine = await StaffRegisters(fixture.Host, "Repair", PortalFixture.HouseholdOf(owner), "我家的對講機沒有聲音");
        using var me = await OwnerClient.SignIn(fixture, PortalFixture.Phones[owner]);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        using var response = await me.Http.GetAsync("/portal/live", HttpCompletionOption.ResponseHeadersRead, bound.Token);
        using var feed = new StreamReader(await response.Content.ReadAsStreamAsync(bound.Token));
        Assert.Equal("retry: 3000", await feed.ReadLineAsync(bound.Token));

        // A second silo of the cluster tells its own Live relay that the ticket changed (as the ticket grain does on
        // whatever silo holds it); the owner's feed lives on the first silo.
        var other = await fixture.StartSiloAsync();
        try
        {
            var publisher = other.App.Services.GetRequiredService<ILivePublisher>();
            var change = new LiveChange(LiveTopic.Ticket, mine.ToString(), PortalFixture.Project, null, null, fixture.Clock.GetUtcNow());
            var heard = Task.Run(async () =>
            {
                while (await feed.ReadLineAsync(bound.Token) is { } line)
                {
                    if (line == $"data: {mine}")
                    {
                        return line["data: ".Length..];
                    }
                }

                return null;
            });
            // The new silo learns of the first one as it joins; a change told before they know each other is lost (as
            // the Live module says), so it is told again every 2 s until the feed names the ticket.
            while (!heard.IsCompleted)
            {
                publisher.Publish(change);
                await Task.WhenAny(heard, Task.Delay(TimeSpan.FromSeconds(2), bound.Token));
            }

            var named = await heard;
            Assert.Equal(mine.ToString(), named);
        }
        finally
        {
            await Bounds.Within(other.DisposeAsync().AsTask(), Bounds.HostStop, "the second silo stopping");
        }
    }

    [BrowserFact]
    public async Task A2_LiveFeed_WithoutAnOwnerSession_Is401()
    {
        using var response = await fixture.Host.ClientAs("admin").GetAsync("/portal/live");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
