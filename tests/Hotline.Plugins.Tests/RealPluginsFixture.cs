using Hotline.Host.Plugins;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Categories;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Tests;

/// <summary>The five real category plugins, loaded once from artifacts/plugins through the real loader.</summary>
public sealed class RealPluginsFixture : IDisposable
{
    private readonly ServiceProvider _provider;

    public RealPluginsFixture()
    {
        var services = new ServiceCollection();
        Logger = new ListLogger();
        Records = PluginCatalogLoader.Load(RepoPaths.PluginArtifacts, services, Logger, HostVersion.Current);
        services.AddCategoryCatalog();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Handlers = _provider.GetServices<ICategoryHandler>().ToArray();
        Catalog = _provider.GetRequiredService<ICategoryCatalog>();
    }

    internal ListLogger Logger { get; }

    public IReadOnlyList<PluginRecord> Records { get; }

    public IReadOnlyList<ICategoryHandler> Handlers { get; }

    public ICategoryCatalog Catalog { get; }

    public ICategoryHandler Handler(string code) => Handlers.Single(handler => handler.Code == code);

    public void Dispose() => _provider.Dispose();
}
