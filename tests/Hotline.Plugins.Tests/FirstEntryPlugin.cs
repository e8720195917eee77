using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Tests;

// This test assembly doubles as a broken plugin: copied into a plugin folder, it offers two entry
// classes, which the loader must refuse.

/// <summary>First of two entry classes; never valid as a plugin.</summary>
public sealed class FirstEntryPlugin : IHotlinePlugin
{
    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<FirstEntryPlugin>();
}
