using System.Runtime.Loader;
using Hotline.Host.Plugins;

namespace Hotline.Plugins.Tests;

public sealed class RealPluginLoadingTests(RealPluginsFixture plugins) : IClassFixture<RealPluginsFixture>
{
    private static readonly string[] CategoryCodes = ["cleaning", "customer-service", "engineering", "landscaping", "security"];

    [Fact]
    public void Load_RealArtifactsFolder_AllFiveCategoryPluginsLoaded()
    {
        foreach (var folder in RepoPaths.CategoryPluginFolders)
        {
            var record = Assert.Single(plugins.Records, r => r.Folder == folder);
            Assert.True(record.State == PluginState.Loaded, $"{folder}: {record.Error}");
            Assert.Equal("category", record.Kind);
            Assert.Equal("0.1.0", record.Version);
            Assert.Null(record.Error);
            Assert.Single(record.Categories);
        }
    }

    [Fact]
    public void Load_RealArtifactsFolder_RegistersOneHandlerPerCategoryCode()
    {
        var codes = plugins.Handlers.Select(h => h.Code).Where(CategoryCodes.Contains).Order().ToArray();

        Assert.Equal(CategoryCodes, codes);
    }

    [Fact]
    public void Load_RealArtifactsFolder_HandlersLiveInPluginLoadContexts()
    {
        foreach (var code in CategoryCodes)
        {
            var context = AssemblyLoadContext.GetLoadContext(plugins.Handler(code).GetType().Assembly);
            Assert.NotSame(AssemblyLoadContext.Default, context);
        }
    }

    [Fact]
    public void Load_RealArtifactsFolder_LogsOneLoadedLinePerPlugin()
    {
        foreach (var folder in RepoPaths.CategoryPluginFolders)
        {
            Assert.Single(plugins.Logger.Lines, line => line.Contains($"Plugin {folder} loaded", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("engineering", "EngineeringDept")]
    [InlineData("security", "SecurityDept")]
    [InlineData("customer-service", "CustomerServiceDept")]
    [InlineData("cleaning", "CustomerServiceDept")]
    [InlineData("landscaping", "CustomerServiceDept")]
    public void Handler_RealPlugin_NamesResponsibleDepartment(string code, string department)
    {
        Assert.Equal(department, plugins.Handler(code).ResponsibleDepartment);
    }

    [Fact]
    public void Catalog_RealPlugins_ListsSixCategoriesWithOtherLast()
    {
        Assert.Equal([.. CategoryCodes, "other"], plugins.Catalog.All.Select(h => h.Code));
    }

    [Fact]
    public void Load_MissingFolder_ReturnsNoRecordsAndWarns()
    {
        var logger = new ListLogger();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();

        var records = PluginCatalogLoader.Load(
            Path.Combine(Path.GetTempPath(), "hotline-no-such-" + Guid.NewGuid()), services, logger, HostVersion.Current);

        Assert.Empty(records);
        Assert.Empty(services);
        Assert.Contains(logger.Lines, line => line.Contains("does not exist", StringComparison.Ordinal));
    }
}
