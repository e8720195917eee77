using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Security.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hotline.Security.Tests.Access;

/// <summary>The policy over HTTP: who the request acts as, and how refusals read.</summary>
[Collection(AccessCollection.Name)]
public sealed class AccessPolicyTests(AccessFixture fixture)
{
    [Fact]
    public async Task Request_WithoutCredentials_Is401ProblemDetailsAskingForABearerToken()
    {
        using var response = await fixture.Host.Anonymous.GetAsync($"/api/tickets/{fixture.TicketId}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Request_WithAForgedToken_Is401()
    {
        var forged = new HttpRequestMessage(HttpMethod.Get, $"/api/tickets/{fixture.TicketId}");
        var token = fixture.Host.TokenFor("admin");
        forged.Headers.Authorization = new("Bearer", token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"));

        using var response = await fixture.Host.Anonymous.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refusal_OutsideTheCallersScope_Is404LikeATicketThatDoesNotExist()
    {
        // Issue 10: a 403 naming "project p-sunrise" confirmed the ticket exists and said whose it is.
        using var response = await fixture.Host.ClientAs("harbour-liaison").GetAsync($"/api/tickets/{fixture.TicketId}");
        using var missing = await fixture.Host.ClientAs("harbour-liaison").GetAsync($"/api/tickets/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(Problem(await missing.Content.ReadAsStringAsync()), Problem(body));
        Assert.DoesNotContain("p-sunrise", body);
    }

    // A problem's status, title and detail (its traceId differs per request).
    private static (int, string?, string?) Problem(string json)
    {
        var problem = JsonDocument.Parse(json).RootElement;
        return (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Refusal_WarningOutsideTheCallersScope_Is404NamingNeitherProjectNorLevel()
    {
        // The fixture's warning is a red one of p-sunrise; a harbour liaison may not know it exists.
        using var response = await fixture.Host.ClientAs("harbour-liaison").PostAsJsonAsync($"/api/warnings/{fixture.WarningId}/verify", new { });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("p-sunrise", body);
        Assert.DoesNotContain("QualityDeptHead", body);
        Assert.DoesNotContain("Red", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Refusal_InScopeButWrongRole_IsStill403()
    {
        using var response = await fixture.Host.ClientAs("sunrise-liaison").PostAsJsonAsync($"/api/tickets/{fixture.TicketId}/callback", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/organization/projects/%20", "id")]
    [InlineData("/api/organization/projects/%20%20/issues", "id")]
    [InlineData("/api/tickets?projectId=%20", "projectId")]
    [InlineData("/api/tickets?branchId=%09", "branchId")]
    public async Task BlankProjectOrBranchId_Is400NamingTheField(string path, string field)
    {
        using var response = await fixture.Host.ClientAs("sunrise-liaison").GetAsync(path);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Theory]
    [InlineData("TicketGrain", "/api/tickets/{0}")]
    [InlineData("ProjectGrain", "/api/organization/projects/p-{0}")]
    [InlineData("BranchGrain", "/api/organization/branches/b-{0}")]
    [InlineData("WarningGrain", "/api/warnings/{0}")]
    [InlineData("WarningGrain", "/api/warnings/{0}/penalties")]
    public async Task UnknownIds_Are404WithoutActivatingAGrain(string grainType, string path)
    {
        // Issue 10: each random id activated (and held for 15 minutes) a grain, even for a company role.
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        var before = await Activations(management, grainType);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await fixture.Host.ClientAs("admin").GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, Guid.NewGuid()));
            answers.Add(response.StatusCode);
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a));
        Assert.True(await Activations(management, grainType) <= before, $"{grainType} activations grew from {before}");
    }

    [Theory]
    [InlineData("verify")]
    [InlineData("answer")]
    public async Task UnknownWarningIds_CommandIs404WithoutActivatingAGrain(string command)
    {
        // Issue 10: a command on a random warning id activated the warning's grain to learn it did not exist.
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        var before = await Activations(management, "WarningGrain");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await fixture.Host.ClientAs("cc-supervisor").PostAsJsonAsync($"/api/warnings/{Guid.NewGuid()}/{command}", new { note = "x" });
            answers.Add(response.StatusCode);
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a));
        Assert.True(await Activations(management, "WarningGrain") <= before, $"WarningGrain activations grew from {before}");
    }

    private static async Task<int> Activations(IManagementGrain management, string grainType) =>
        (await management.GetSimpleGrainStatistics()).Where(s => s.GrainType.Contains(grainType, StringComparison.Ordinal)).Sum(s => s.ActivationCount);

    [Fact]
    public async Task Inbox_OwnWithoutNamingIt_IsReadable()
    {
        using var response = await fixture.Host.ClientAs("harbour-liaison").GetAsync("/api/inbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Command_NamingSomeoneElseInTheBody_IsRecordedAsTheSignedInPerson()
    {
        var created = await fixture.Host.ClientAs("cc-agent-2").PostAsJsonAsync("/api/tickets",
            new { kind = "Complaint", projectId = "p-sunrise", text = "車庫燈不亮", registeredBy = "gm", householdNotGiven = true });
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = ticket.GetProperty("id").GetGuid();

        using var started = await fixture.Host.ClientAs("sunrise-liaison").PostAsJsonAsync($"/api/tickets/{id}/start", new { personId = "gm", role = "GeneralManager" });
        var timeline = await fixture.Host.ClientAs("qd-head").GetFromJsonAsync<JsonElement>($"/api/tickets/{id}/timeline");

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var text = timeline.GetRawText();
        Assert.Contains("sunrise-liaison", text);
        Assert.Contains("cc-agent-2", text);
        Assert.DoesNotContain("\"gm\"", text);
    }

    [Fact]
    public async Task ActingRoleHeader_RoleNotHeld_Is403AndUnknownRoleIs400()
    {
        var notHeld = new HttpRequestMessage(HttpMethod.Get, $"/api/tickets/{fixture.TicketId}");
        notHeld.Headers.Add(AccessMiddleware.ActingRoleHeader, "GeneralManager");
        var unknown = new HttpRequestMessage(HttpMethod.Get, $"/api/tickets/{fixture.TicketId}");
        unknown.Headers.Add(AccessMiddleware.ActingRoleHeader, "Emperor");

        using var refused = await fixture.Host.ClientAs("qd-head").SendAsync(notHeld);
        using var bad = await fixture.Host.ClientAs("qd-head").SendAsync(unknown);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Token_ForSomeoneNotInTheOrganisation_Is403()
    {
        using var response = await fixture.Host.ClientAs("nobody-here").GetAsync("/api/organization");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("north-head", "branchId", "north")]
    [InlineData("sunrise-liaison", "projectId", "p-sunrise")]
    public async Task TicketList_Unfiltered_ShowsOnlyTheCallersScope(string person, string field, string scope)
    {
        await fixture.Host.ClientAs("cc-agent-1").PostAsJsonAsync("/api/tickets", new { kind = "Repair", projectId = "p-harbour", text = "水管爆裂", householdNotGiven = true });

        var page = await fixture.Host.ClientAs(person).GetFromJsonAsync<JsonElement>("/api/tickets?pageSize=200");
        var everything = await fixture.Host.ClientAs("qd-staff").GetFromJsonAsync<JsonElement>("/api/tickets?pageSize=200");

        var rows = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(scope, row.GetProperty(field).GetString()));
        Assert.Contains(everything.GetProperty("items").EnumerateArray(), row => row.GetProperty("projectId").GetString() == "p-harbour");
    }

    [Fact]
    public void Silo_ByDefault_OpensNoOrleansGateway()
    {
        // Without a gateway no Orleans client can reach a grain around the access table.
        var endpoints = fixture.Host.App.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;

        Assert.Equal(0, endpoints.GatewayPort);
        Assert.Null(endpoints.GatewayListeningEndpoint);
    }
}
