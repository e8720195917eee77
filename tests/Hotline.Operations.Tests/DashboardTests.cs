using System.Net;
using Hotline.Kernel;
using Hotline.Operations.Tests.Support;
using Hotline.Security.Access;
using Hotline.TestKit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Operations.Tests;

/// <summary>The Orleans Dashboard at /dashboard: the administrator's console session opens it; nobody else does.</summary>
[Collection(OperationsCollection.Name)]
public sealed class DashboardTests(OperationsFixture fixture)
{
    [Fact]
    public async Task Dashboard_AdministratorsConsoleSession_ServesThePageAndItsData()
    {
        using var admin = await fixture.ConsoleSession(OperationsFixture.Admin);

        using var page = await admin.GetAsync("/dashboard/index.html");
        using var stats = await admin.GetAsync("/dashboard/ClusterStats");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
    }

    [Fact]
    public async Task Dashboard_LiaisonsConsoleSession_Answers403()
    {
        using var liaison = await fixture.ConsoleSession(Demo.SunriseLiaison);

        using var page = await liaison.GetAsync("/dashboard/index.html");
        using var stats = await liaison.GetAsync("/dashboard/ClusterStats");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stats.StatusCode);
    }

    [Fact]
    public async Task Dashboard_WithoutSigningIn_Answers401()
    {
        using var page = await fixture.Host.Anonymous.GetAsync("/dashboard/index.html");
        using var stats = await fixture.Host.Anonymous.GetAsync("/dashboard/ClusterStats");

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stats.StatusCode);
    }

    [Theory]
    [InlineData("/dashboard/Reminders")]
    [InlineData("/dashboard/Reminders/1")]
    [InlineData("/dashboard/GrainState?grainId=x&grainType=y")]
    [InlineData("/dashboard/Trace")]
    public async Task Dashboard_WithheldPages_Answer404EvenToTheAdministrator(string path)
    {
        using var admin = await fixture.ConsoleSession(OperationsFixture.Admin);

        using var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Withheld", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Dashboard_EveryMappedRoute_IsTheAdministratorsAloneInTheAccessTable()
    {
        var keys = fixture.Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(EndpointKeys.Of).OfType<string>().Where(k => k.Contains(" /dashboard", StringComparison.Ordinal)).Distinct().ToList();

        Assert.Contains("GET /dashboard/ClusterStats", keys);
        var wrong = keys.Where(k => AccessTable.Find(k, null) is not { Anonymous: false, AnySignedIn: false, Owners: false, Resource: ResourceKind.Company } rule
            || !rule.Roles.SequenceEqual([Role.SystemAdministrator])).ToList();
        Assert.True(wrong.Count == 0, $"not the administrator's alone: {string.Join(", ", wrong)}");
    }
}
