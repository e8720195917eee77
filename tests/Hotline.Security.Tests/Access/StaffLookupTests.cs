using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Security.Tests.Access;

/// <summary>
/// Signed-in requests read the caller from this silo's staff directory, not from the one company grain: over many
/// requests the company is asked at most once per check interval (2 s by default), never once per request.
/// </summary>
public sealed class StaffLookupTests(CountingHostFixture fixture) : IClassFixture<CountingHostFixture>
{
    private const int Requests = 40;
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task SignedInRequests_AskTheCompanyGrainAtMostOncePerCheckInterval_NotPerRequest()
    {
        var agent = fixture.Host.ClientAs("cc-agent-1");
        await Me(agent); // loads this silo's copy

        // Each /me passes the access middleware and then reads the caller again: 2 lookups a request before.
        var before = fixture.CompanyCalls.Calls;
        for (var i = 0; i < Requests; i++)
        {
            await Me(agent);
        }

        Assert.Equal(before, fixture.CompanyCalls.Calls);

        // Interval over: the first request checks the company's staff version (1 call; unchanged, so no reload), the rest read the copy.
        fixture.Clock.Advance(CheckInterval);
        for (var i = 0; i < Requests; i++)
        {
            await Me(agent);
        }

        Assert.Equal(before + 1, fixture.CompanyCalls.Calls);
    }

    [Fact]
    public async Task UnknownProjectIds_AcrossManyIntervals_NeverReReadThePlaces()
    {
        // Issue 10: KnownPlaces re-read the company and its branches on a miss once its 5 s timer ran out, so random ids
        // kept costing company calls. It now re-reads only when the directory's version moves, which random ids never do.
        var admin = fixture.Host.ClientAs("admin");
        using (var known = await admin.GetAsync("/api/organization/projects/p-sunrise"))
        {
            Assert.Equal(HttpStatusCode.OK, known.StatusCode); // loads the silo's copy of staff and places
        }

        var before = fixture.CompanyCalls.Calls;
        const int intervals = 3;
        for (var i = 0; i < intervals; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(6)); // past the old 5 s timer and the directory's 2 s check
            using var unknown = await admin.GetAsync($"/api/organization/projects/p-{Guid.NewGuid()}");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        // One call per interval: the directory's staff-version check (unchanged); no company read for the places.
        Assert.Equal(before + intervals, fixture.CompanyCalls.Calls);
    }

    private static async Task Me(HttpClient client)
    {
        var response = await client.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cc-agent-1", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personId").GetString());
    }
}
