using System.Net;
using System.Net.Http.Json;
using Hotline.TestKit;

namespace Hotline.Observability.Tests;

/// <summary>
/// Issue 14: the counters a real host exports at /metrics, each worked out by hand from what the test does. The host's
/// clock is fake and frozen at Friday 2026-11-27 10:00 Asia/Shanghai (02:00 UTC), inside the liaison's duty window.
/// </summary>
[Collection(ObservabilityCollection.Name)]
public sealed class MetricsScrapeTests(ObservabilityFixture fixture)
{
    private HttpClient Admin => fixture.Host.ClientAs(ObservabilityFixture.Admin);

    [Fact]
    public async Task A10_1_3_1_RegisterStartAndBreach_ScrapeShowsTheCountsWorkedOutByHand()
    {
        // Tickets other tests of this fixture registered (suggestions, days from any tick) are in "before" once the
        // open-tickets figures have caught up with every registration.
        var before = await Until(s => s.Total("hotline_tickets_open") == s.Total("hotline_tickets_registered_total"));
        var agent = fixture.Host.ClientAs("cc-agent-1");

        // Two complaints and a suggestion by the call center (channel "call-center").
        var started = await agent.Register(TicketApi.Complaint("2棟電梯停了"));
        var late = await agent.Register(TicketApi.Complaint("5棟門口積水"));
        await agent.Register(Suggestions.New("建議增加兒童遊樂設施"));
        // The liaison starts the first at 10:00, inside its 10 minutes: its start clock is met on time.
        using (var start = await fixture.Host.ClientAs(Demo.SunriseLiaison).PostAsJsonAsync($"/api/tickets/{started.Id}/start", new { requestId = $"start-{started.Id}" }))
        {
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        }

        // A11.4: a person raises a red warning on it.
        using (var red = await agent.PostAsJsonAsync($"/api/tickets/{started.Id}/raise-risk-warning", new { requestId = $"red-{started.Id}", reason = "業主聯繫了電視台" }))
        {
            Assert.Equal(HttpStatusCode.OK, red.StatusCode);
        }

        // The second's start clock fell due at 10:10 (10 minutes of duty time). Its reminder ticks every 20 s (the ticket
        // reminder's period) from its first tick, the deadline-soon notice at 10:05: its slots are 10:10:00, 10:10:20,
        // 10:10:40, so a tick processed at 10:10:30 is 10 s late against its slot 10:10:20.
        var due = late.Clocks.Single().DueAt;
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 2, 10, 0, TimeSpan.Zero), due);
        fixture.Clock.Advance(due + TimeSpan.FromSeconds(30) - fixture.Clock.GetUtcNow());
        await fixture.Host.Ticks.Processed(late.Id, due);

        var after = await Until(s => Delta(before, s, "hotline_deadlines_breached_total", "clock=\"Start\"") >= 1
            && Delta(before, s, "hotline_tickets_open", "state=\"Dispatched\"") == 2);

        Assert.Equal(2, Delta(before, after, "hotline_tickets_registered_total", "kind=\"Complaint\"", "channel=\"call-center\""));
        Assert.Equal(1, Delta(before, after, "hotline_tickets_registered_total", "kind=\"Suggestion\"", "channel=\"call-center\""));
        Assert.Equal(1, Delta(before, after, "hotline_deadlines_met_total", "clock=\"Start\"", "on_time=\"true\""));
        Assert.Equal(0, Delta(before, after, "hotline_deadlines_met_total", "clock=\"Start\"", "on_time=\"false\""));
        Assert.Equal(1, Delta(before, after, "hotline_deadlines_breached_total", "clock=\"Start\""));
        Assert.Equal(1, Delta(before, after, "hotline_warnings_raised_total", "level=\"Red\""));
        // Open by state: the late complaint and the suggestion still dispatched, the other started.
        Assert.Equal(2, Delta(before, after, "hotline_tickets_open", "state=\"Dispatched\""));
        Assert.Equal(1, Delta(before, after, "hotline_tickets_open", "state=\"Started\""));
        Assert.Equal(0, Delta(before, after, "hotline_tickets_open", "state=\"Resolved\""));
        // Every ticket tick since is that one (the others are due hours or days ahead): 10 s late, in the (5, 10] bucket.
        var ticks = Delta(before, after, "hotline_reminder_lateness_seconds_count", "reminder=\"deadline\"");
        Assert.Equal(1, ticks);
        Assert.Equal(10, Delta(before, after, "hotline_reminder_lateness_seconds_sum", "reminder=\"deadline\""));
        Assert.Equal(1, Delta(before, after, "hotline_reminder_lateness_seconds_bucket", "reminder=\"deadline\"", "le=\"10\""));
        Assert.Equal(0, Delta(before, after, "hotline_reminder_lateness_seconds_bucket", "reminder=\"deadline\"", "le=\"5\""));
        // ASP.NET Core's request duration by route: the three registrations.
        Assert.Equal(3, Delta(before, after, "http_server_request_duration_seconds_count", "http_route=\"/api/tickets/\"", "http_request_method=\"POST\""));
        // Orleans' own meter is exported too.
        Assert.Contains("\norleans_", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_WithoutSigningIn_Answers401()
    {
        using var response = await fixture.Host.Anonymous.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("hotline_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Demo.SunriseLiaison)]
    [InlineData(Demo.GeneralManager)]
    [InlineData("cc-agent-1")]
    public async Task Metrics_StaffOtherThanTheAdministrator_Answers403(string person)
    {
        using var response = await fixture.Host.ClientAs(person).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static double Delta(Scrape before, Scrape after, string name, params string[] labels) =>
        after.Value(name, labels) - before.Value(name, labels);

    // The grains count after their writes and the open-ticket figures refresh every second: read until they are in.
    private async Task<Scrape> Until(Func<Scrape, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var scrape = await Scrape.Read(Admin);
            if (done(scrape) || DateTime.UtcNow > deadline)
            {
                return scrape;
            }

            await Task.Delay(200);
        }
    }
}
