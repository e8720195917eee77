using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Abstractions;

/// <summary>
/// The one entry class of a plugin. The host finds it by scanning only the plugin's own assembly,
/// then registers the plugin's handlers (e.g. <see cref="ICategoryHandler"/>) itself; this hook is
/// for anything else the plugin needs (options, helpers).
/// </summary>
public interface IHotlinePlugin
{
    void ConfigureServices(IServiceCollection services);
}
