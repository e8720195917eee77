using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Api.Tests;

/// <summary>
/// Issue 14: while the database cannot be reached, requests answer 503 with Retry-After (problem details), never
/// 500, and the silo serves again by itself when the database is back, keeping what it acknowledged before.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DatabaseOutageTests(ApiFixture fixture)
{
    [Fact]
    public async Task I14_DatabaseUnreachable_ReadsAndWritesAnswer503WithRetryAfter_ThenTheSiloRecoversByItself()
    {
        await using var gate = new DatabaseGate(fixture.ConnectionString);
        // A cluster of its own on the same database: every grain it calls lives behind the gate.
        await using var host = await HotlineTestHost.StartAsync(gate.ConnectionString, $"gated-{Guid.NewGuid():N}"[..20], fixture.Clock);
        var agent = Client(host, "cc-agent-1");
        var admin = Client(host, "admin");
        var before = await agent.Register(TicketApi.Complaint($"I14 停電前登記 {Guid.NewGuid():N}"));

        gate.Close();
        using var list = await admin.GetAsync("/api/tickets?limit=5");
        using var register = await agent.PostAsJsonAsync("/api/tickets", TicketApi.Complaint($"I14 停電中登記 {Guid.NewGuid():N}"), TicketApi.Json);

        foreach (var response in new[] { list, register })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            Assert.Equal("Storage unavailable", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }

        gate.Open();
        // Recovered with no manual step: the pool reconnects on its own (the first uses may still meet a cut connection).
        var ticket = await Eventually.Get(async () =>
        {
            using var again = await admin.GetAsync($"/api/tickets/{before.Id}");
            return again.StatusCode == HttpStatusCode.OK ? await again.Content.ReadFromJsonAsync<JsonElement>() : (JsonElement?)null;
        }, found => found is not null, fixture.Clock, TimeSpan.FromSeconds(60));
        Assert.Equal(before.Id, ticket!.Value.GetProperty("id").GetGuid());
    }

    // Tokens issued by the fixture's own host, which keeps the database: the test kit's client issues one per request
    // on the host it calls, which would fail in the client during the outage.
    private HttpClient Client(HotlineTestHost host, string person) => new()
    {
        BaseAddress = host.Anonymous.BaseAddress,
        DefaultRequestHeaders = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.Host.TokenFor(person)) },
    };
}
