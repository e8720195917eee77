using Hotline.Tickets.Categories;

namespace Hotline.Host.Plugins;

public static class PluginHostingExtensions
{
    /// <summary>
    /// Loads the plugins named by <see cref="PluginOptions"/> into the services now, while the
    /// container can still change, and registers the registry, the category catalog and the
    /// <c>plugins</c> health check (tag <c>ready</c>).
    /// </summary>
    public static WebApplicationBuilder AddHotlinePlugins(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(descriptor => descriptor.ServiceType == typeof(PluginRegistry)))
        {
            return builder;
        }

        var section = builder.Configuration.GetSection(PluginOptions.SectionName);
        builder.Services.Configure<PluginOptions>(section);
        var options = section.Get<PluginOptions>() ?? new PluginOptions();

        // The host's logging is not built yet; a small console logger reports the load itself.
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddSimpleConsole(console => console.SingleLine = true));
        var logger = loggerFactory.CreateLogger(typeof(PluginCatalogLoader).FullName!);

        var records = PluginCatalogLoader.Load(options.ResolveFolder(), builder.Services, logger, HostVersion.Current);
        var registry = new PluginRegistry(HostVersion.Current, records);
        builder.Services.AddSingleton(registry);
        builder.Services.AddSingleton<Hotline.BuildingBlocks.Plugins.IPluginList>(new PluginList(registry, options.ResolveFolder()));
        builder.Services.AddCategoryCatalog();
        builder.Services.AddHealthChecks().AddCheck<PluginsHealthCheck>("plugins", tags: ["ready"]);
        return builder;
    }
}
