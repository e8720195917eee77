using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Orleans.Runtime;

namespace Hotline.Cluster.Tests;

/// <summary>Two real Hotline hosts, started with different ports against one database, form one cluster.</summary>
public sealed class TwoHostClusterTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly HostFixture _fixture = new();
    private HotlineTestHost _second = null!;

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        _second = await _fixture.StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Fact]
    public async Task TwoHosts_SameDatabase_FormOneClusterOfTwoActiveSilos()
    {
        var management = _fixture.Grains.GetGrain<IManagementGrain>(0);

        var hosts = await Eventually.Get(() => management.GetHosts(onlyActive: true), h => h.Count == 2);

        Assert.All(hosts.Values, status => Assert.Equal(SiloStatus.Active, status));
    }

    [Fact]
    public async Task Tickets_RegisteredThroughEitherHost_AreReadableThroughTheOther()
    {
        var hosts = new[] { _fixture.Host, _second };
        var registered = new List<(Guid Id, int Via)>();
        for (var i = 0; i < 10; i++)
        {
            var via = i % 2;
            var response = await hosts[via].Http.PostAsJsonAsync("/api/tickets", new
            {
                requestId = $"cluster-{i}", kind = "Complaint", projectId = "p-riverside", text = $"第{i}號樓道燈不亮", householdNotGiven = true,
            });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            registered.Add(((await response.Content.ReadFromJsonAsync<Ticket>(Json))!.Id, via));
        }

        foreach (var (id, via) in registered)
        {
            var other = hosts[1 - via];
            var ticket = await other.Http.GetFromJsonAsync<Ticket>($"/api/tickets/{id}", Json);
            Assert.Equal(id, ticket!.Id);
            Assert.Equal("p-riverside", ticket.ProjectId);
        }
    }
}
