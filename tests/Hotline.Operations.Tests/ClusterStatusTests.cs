using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Operations.Contracts;
using Hotline.Operations.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Operations.Tests;

/// <summary>GET /api/admin/cluster: the administrator's view of the silos, their activations and the database.</summary>
[Collection(OperationsCollection.Name)]
public sealed class ClusterStatusTests(OperationsFixture fixture)
{
    [Fact]
    public async Task ClusterStatus_AsAdministrator_ThisSiloActiveAndTheTicketItRegisteredActivated()
    {
        var ticket = await fixture.Host.ClientAs(OperationsFixture.AgentId).Register(TicketApi.Complaint());

        var status = await Read(OperationsFixture.Admin, "");

        // One host: one silo in the membership table, this one, active, started before it answered.
        var silo = Assert.Single(status.Silos);
        Assert.True(silo.IsThisSilo);
        Assert.Equal(SiloState.Active, silo.Status);
        Assert.True(silo.Started <= silo.LastHeartbeat, $"started {silo.Started:O}, heartbeat {silo.LastHeartbeat:O}");
        // The ticket just registered is held by a live TicketGrain activation.
        var tickets = Assert.Single(status.Activations, a => a.GrainType.EndsWith(".TicketGrain", StringComparison.Ordinal));
        Assert.True(tickets.Activations >= 1, $"{tickets.Activations} TicketGrain activations after registering {ticket.Id}");
        // The test database is a configured server (not embedded): reachable, timed, with this process's pool in use.
        Assert.True(status.Storage.Reachable, status.Storage.Problem);
        Assert.True(status.Storage.RoundTripMilliseconds is > 0, $"round trip {status.Storage.RoundTripMilliseconds}");
        Assert.Null(status.Storage.Embedded);
        Assert.NotEmpty(status.Storage.Pools);
        Assert.Contains(status.Storage.Pools, p => p.Idle + p.Busy >= 1);
        Assert.DoesNotContain(status.Storage.Pools, p => p.Pool.Contains("password", StringComparison.OrdinalIgnoreCase));
        // The status is stamped with the host's (fake) clock, which these tests never move.
        Assert.Equal(fixture.Clock.GetUtcNow(), status.At);
        Assert.NotNull(status.Reminders);
        Assert.Equal(ClusterStatusQuery.DefaultDueWithinMinutes, status.Reminders.WindowMinutes);
    }

    [Theory]
    [InlineData(Demo.SunriseLiaison)]
    [InlineData(Demo.Supervisor)]
    [InlineData(Demo.GeneralManager)]
    public async Task ClusterStatus_AnyoneButTheAdministrator_Answers403(string person)
    {
        using var response = await fixture.Host.ClientAs(person).GetAsync("/api/admin/cluster");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ClusterStatus_WithoutSigningIn_Answers401()
    {
        using var response = await fixture.Host.Anonymous.GetAsync("/api/admin/cluster");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("next=0", "next")]
    [InlineData("next=501", "next")]
    [InlineData("next=ten", "next")]
    [InlineData("dueWithinMinutes=-5", "dueWithinMinutes")]
    [InlineData("dueWithinMinutes=10081", "dueWithinMinutes")]
    public async Task ClusterStatus_BadQueryParameter_ProblemNamesTheField(string query, string field)
    {
        using var response = await fixture.Host.ClientAs(OperationsFixture.Admin).GetAsync($"/api/admin/cluster?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    internal async Task<ClusterStatus> Read(string person, string query)
    {
        using var response = await fixture.Host.ClientAs(person).GetAsync($"/api/admin/cluster{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ClusterStatus>(TicketApi.Json))!;
    }
}
