using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Host.Plugins;
using Hotline.Tickets.Categories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Tests;

/// <summary>The host wiring: AddHotlinePlugins at registration time, GET /api/plugins and the ready health check.</summary>
public sealed class PluginHostingTests
{
    [Fact]
    public async Task ApiPlugins_RealPluginsFolder_ListsLoadedPlugins()
    {
        await using var app = await StartAsync(RepoPaths.PluginArtifacts);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/plugins"));

        Assert.Equal("0.1.0", body.RootElement.GetProperty("hostVersion").GetString());
        var plugins = body.RootElement.GetProperty("plugins").EnumerateArray().ToArray();
        var engineering = Assert.Single(plugins, p => p.GetProperty("folder").GetString() == "Hotline.Plugins.Engineering");
        Assert.Equal("Loaded", engineering.GetProperty("state").GetString());
        Assert.Equal("engineering", engineering.GetProperty("categories")[0].GetString());
    }

    [Fact]
    public async Task AddHotlinePlugins_RealPluginsFolder_CatalogHasSixCategories()
    {
        await using var app = await StartAsync(RepoPaths.PluginArtifacts);

        var catalog = app.Services.GetRequiredService<ICategoryCatalog>();

        Assert.Equal(6, catalog.All.Count(h => h.Code is "cleaning" or "customer-service" or "engineering"
            or "landscaping" or "security" or "other"));
        Assert.Equal("engineering", catalog.Classify("電梯壞了").Code);
    }

    [Fact]
    public async Task HealthReady_OnePluginBroken_Degraded()
    {
        using var set = new BrokenPluginSet();
        set.Copy("Hotline.Plugins.Engineering", "good");
        BrokenPluginSet.WriteManifest(set.Copy("Hotline.Plugins.Cleaning", "broken"), "not json");
        await using var app = await StartAsync(set.Folder);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var response = await client.GetAsync("/health/ready");

        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
        var registry = await client.GetFromJsonAsync<JsonElement>("/api/plugins");
        Assert.Equal(2, registry.GetProperty("plugins").GetArrayLength());
    }

    private static async Task<WebApplication> StartAsync(string pluginFolder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hotline:Plugins:Folder"] = pluginFolder,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddHotlinePlugins();

        var app = builder.Build();
        app.MapPlugins();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        await app.StartAsync();
        return app;
    }
}
