using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>The HTTP side: counts are readable, bad household counts are refused naming the field. Changes nothing.</summary>
[Collection(OrganizationCollection.Name)]
public sealed class IssueApiTests(OrganizationFixture fixture)
{
    [Theory]
    [InlineData("""{"households": -5}""")]
    [InlineData("""{"households": "many"}""")]
    [InlineData("""{"households": 12.5}""")]
    [InlineData("""{}""")]
    [InlineData("""not json""")]
    [InlineData("")]
    public async Task Households_BadInput_Is400NamingHouseholds(string body)
    {
        var response = await fixture.Http.PutAsync("/api/organization/projects/p-sunrise/households", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("households", out _), problem.RootElement.ToString());
        Assert.Equal(1200, (await fixture.Grains.GetGrain<IProjectGrain>("p-sunrise").GetInfo())!.Households);
    }

    [Fact]
    public async Task Households_UnknownProject_Is404()
    {
        var response = await fixture.Http.PutAsJsonAsync("/api/organization/projects/p-nowhere/households", new { households = 10 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync("/api/organization/projects/p-nowhere/issues")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync("/api/organization/branches/nowhere/issues")).StatusCode);
    }

    [Fact]
    public async Task A11_3_Counts_ReadableForProjectBranchAndCompany()
    {
        var key = Reports.NewKey("api");
        await Reports.Households(fixture.Grains.GetGrain<IProjectGrain>("p-harbour"), fixture.Clock, key, 3);

        var project = await fixture.Http.GetFromJsonAsync<IssueCount[]>("/api/organization/projects/p-harbour/issues");
        var branch = await fixture.Http.GetFromJsonAsync<IssueCount[]>("/api/organization/branches/south/issues");
        var company = await fixture.Http.GetFromJsonAsync<IssueCount[]>("/api/organization/issues");

        Assert.Equal(new IssueCount(key, 3, 100, null), Reports.CountOf(project!, key));
        Assert.Equal(new IssueCount(key, 3, null, null), Reports.CountOf(branch!, key));
        Assert.Equal(new IssueCount(key, 3, 235, null), Reports.CountOf(company!, key));
    }
}
