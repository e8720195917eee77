using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Plugins.Tests;

/// <summary>Second entry class in the test assembly; see <see cref="FirstEntryPlugin"/>.</summary>
public sealed class SecondEntryPlugin : IHotlinePlugin
{
    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<SecondEntryPlugin>();
}
