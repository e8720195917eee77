using System.Net;
using Hotline.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Operations.Tests;

/// <summary>Hotline:Operations: checked at start naming the key; the dashboard can be switched off.</summary>
public sealed class OperationsSettingsTests
{
    [Theory]
    [InlineData("StorageProbeTimeout", "00:00:00")]
    [InlineData("StorageProbeTimeout", "00:05:00")]
    [InlineData("DashboardUpdateInterval", "00:00:00.500")]
    [InlineData("DashboardEnabled", "sometimes")]
    public void OperationsSettings_BadValue_StartStopsNamingTheKey(string key, string value)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"Hotline:Operations:{key}"] = value });

        var problem = Assert.Throws<OptionsValidationException>(() => { builder.AddOperationsModule(); });

        Assert.Contains($"Hotline:Operations:{key}", problem.Message);
    }

    [Fact]
    public async Task Dashboard_Disabled_NothingMappedAtDashboard()
    {
        var database = await TestPostgres.CreateDatabaseAsync("operations-no-dashboard");
        await using var host = await HotlineTestHost.StartAsync(database, $"test-{Guid.NewGuid():N}"[..20], DemoClock.Create(),
            new Dictionary<string, string?> { ["Hotline:Operations:DashboardEnabled"] = "false" });

        using var page = await host.ClientAs("admin").GetAsync("/dashboard/index.html");
        using var status = await host.ClientAs("admin").GetAsync("/api/admin/cluster");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
    }
}
