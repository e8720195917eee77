using Hotline.Host.Plugins;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Tests;

/// <summary>A broken plugin is skipped with a reason naming its problem; the good ones still load.</summary>
public sealed class BrokenPluginTests : IDisposable
{
    private readonly BrokenPluginSet _set = new();
    private readonly ListLogger _logger = new();
    private readonly ServiceCollection _services = new();
    private readonly IReadOnlyList<PluginRecord> _records;

    public BrokenPluginTests()
    {
        _set.Copy("Hotline.Plugins.Engineering", "a-engineering");
        _set.Copy("Hotline.Plugins.Cleaning", "b-cleaning");
        BrokenPluginSet.WriteManifest(_set.Copy("Hotline.Plugins.OrderMaintenance", "c-invalid-json"), "{ \"id\": \"broken\", ");
        BrokenPluginSet.EditManifest(_set.Copy("Hotline.Plugins.Landscaping", "d-missing-assembly"),
            m => m["assembly"] = "Hotline.Plugins.Nowhere.dll");
        BrokenPluginSet.EditManifest(_set.Copy("Hotline.Plugins.CustomerService", "e-future-host"),
            m => m["hostVersion"] = "[9.0,10.0)");
        BrokenPluginSet.EditManifest(_set.Copy("Hotline.Plugins.OrderMaintenance", "f-unknown-kind"), m => m["kind"] = "widget");
        BrokenPluginSet.EditManifest(_set.Copy("Hotline.Plugins.OrderMaintenance", "g-no-id"), m => m.Remove("id"));
        BrokenPluginSet.EditManifest(_set.Copy("Hotline.Plugins.Engineering", "h-duplicate-code"),
            m => m["id"] = "someone.else.engineering");
        BrokenPluginSet.EditManifest(_set.Copy("Hotline.Plugins.Cleaning", "i-duplicate-id"), m => m["hostVersion"] = "0.1");
        File.Delete(Path.Combine(_set.Copy("Hotline.Plugins.OrderMaintenance", "j-no-manifest"), "plugin.json"));
        BrokenPluginSet.EditManifest(_set.Copy("Hotline.Plugins.OrderMaintenance", "k-bad-range"), m => m["hostVersion"] = "[1.0,0.1)");

        _set.Wrap(typeof(FirstEntryPlugin).Assembly.Location, "l-two-entries", "channel");
        _set.Wrap(typeof(IHotlinePlugin).Assembly.Location, "m-no-entry", "category");
        var garbage = Path.Combine(_set.Folder, "Garbage.dll");
        File.WriteAllText(garbage, "this is not an assembly");
        _set.Wrap(garbage, "n-garbage-assembly", "category");

        _records = PluginCatalogLoader.Load(_set.Folder, _services, _logger, new Version(0, 1, 0));
    }

    [Theory]
    [InlineData("c-invalid-json", "not valid JSON")]
    [InlineData("d-missing-assembly", "'Hotline.Plugins.Nowhere.dll' named by plugin.json was not found")]
    [InlineData("e-future-host", "needs host version [9.0,10.0) but this host is 0.1.0")]
    [InlineData("f-unknown-kind", "unknown kind 'widget'")]
    [InlineData("g-no-id", "lacks the required field 'id'")]
    [InlineData("h-duplicate-code", "category code 'engineering' is already provided by plugin 'hotline.categories.engineering'")]
    [InlineData("i-duplicate-id", "plugin id 'hotline.categories.cleaning' is already used by plugin folder 'b-cleaning'")]
    [InlineData("j-no-manifest", "no plugin.json")]
    [InlineData("k-bad-range", "hostVersion '[1.0,0.1)' is not a version range")]
    [InlineData("l-two-entries", "2 classes implement IHotlinePlugin (FirstEntryPlugin, SecondEntryPlugin); exactly one is allowed")]
    [InlineData("m-no-entry", "no public class implements IHotlinePlugin")]
    [InlineData("n-garbage-assembly", "assembly 'Garbage.dll' could not be loaded")]
    public void Load_CorruptedPlugin_FailedWithReasonNamingTheProblem(string folder, string reason)
    {
        var record = Assert.Single(_records, r => r.Folder == folder);

        Assert.Equal(PluginState.Failed, record.State);
        Assert.Contains(reason, record.Error, StringComparison.Ordinal);
        Assert.Empty(record.Categories);
        Assert.Single(_logger.Lines, line => line.StartsWith($"Error: Plugin {folder} skipped: ", StringComparison.Ordinal)
            && line.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MixedSet_GoodPluginsStillLoaded()
    {
        Assert.Equal(["a-engineering", "b-cleaning"], _records.Where(r => r.State == PluginState.Loaded).Select(r => r.Folder));
        Assert.Equal(14, _records.Count);
    }

    [Fact]
    public void Load_MixedSet_OnlyGoodPluginsRegisterHandlers()
    {
        using var provider = _services.BuildServiceProvider();

        var codes = provider.GetServices<ICategoryHandler>().Select(h => h.Code).Order();

        Assert.Equal(["cleaning", "engineering"], codes);
    }

    [Fact]
    public void Load_ManifestReadButPluginFailed_RecordKeepsManifestFields()
    {
        var record = Assert.Single(_records, r => r.Folder == "e-future-host");

        Assert.Equal("hotline.categories.customer-service", record.Id);
        Assert.Equal("category", record.Kind);
    }

    [Fact]
    public async Task HealthCheck_SomePluginsFailed_DegradedListingFailures()
    {
        var check = new PluginsHealthCheck(new PluginRegistry(new Version(0, 1, 0), _records));

        var result = await check.CheckHealthAsync(new());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, result.Status);
        var failed = Assert.IsType<string[]>(result.Data["failed"]);
        Assert.Equal(12, failed.Length);
        Assert.Contains(failed, line => line.StartsWith("f-unknown-kind: unknown kind", StringComparison.Ordinal));
    }

    public void Dispose() => _set.Dispose();
}
