using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Host.Tests;

public sealed class HealthAndPluginEndpointTests : IClassFixture<HostFixture>
{
    private readonly HostFixture _fixture;

    public HealthAndPluginEndpointTests(HostFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Live_RunningHost_Returns200()
    {
        var response = await _fixture.Http.GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_RunningHost_ReportsDatabaseSiloAndPluginsHealthy()
    {
        var ready = await _fixture.Http.GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var checks = ready.GetProperty("checks");
        Assert.Equal(["database", "plugins", "silo"], checks.EnumerateObject().Select(c => c.Name).Order());
    }

    [Fact]
    public async Task Plugins_RunningHost_ListsTheFiveCategoryPluginsAndTheSmsAndChatChannelsAsLoaded()
    {
        var body = await _fixture.Http.GetFromJsonAsync<JsonElement>("/api/plugins");

        var plugins = body.GetProperty("plugins").EnumerateArray().ToList();
        Assert.Equal(7, plugins.Count);
        Assert.Equal(["category", "category", "category", "category", "category", "channel", "channel"], plugins.Select(p => p.GetProperty("kind").GetString()!).Order());
        Assert.Equal(["hotline.channels.chat", "hotline.channels.sms-gateway"],
            plugins.Where(p => p.GetProperty("kind").GetString() == "channel").Select(p => p.GetProperty("id").GetString()!).Order());
        Assert.All(plugins, p => Assert.Equal("Loaded", p.GetProperty("state").GetString()));
        Assert.Equal(["cleaning", "customer-service", "engineering", "landscaping", "security"],
            plugins.SelectMany(p => p.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!)).Order());
    }

    [Fact]
    public async Task Organization_DemoSeed_HasFourProjectsAndEveryRole()
    {
        var company = await _fixture.Http.GetFromJsonAsync<JsonElement>("/api/organization");
        var project = await _fixture.Http.GetFromJsonAsync<JsonElement>("/api/organization/projects/p-harbour");

        Assert.Equal(4700, company.GetProperty("households").GetInt32());
        Assert.Equal(2, company.GetProperty("branchIds").GetArrayLength());
        Assert.Equal("south", project.GetProperty("branchId").GetString());
        Assert.Equal(2000, project.GetProperty("households").GetInt32());
    }
}
