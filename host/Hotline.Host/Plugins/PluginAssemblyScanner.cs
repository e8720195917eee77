using System.Reflection;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Scrutor;

namespace Hotline.Host.Plugins;

/// <summary>Loads one plugin assembly in its own load context and scans only that assembly with Scrutor.</summary>
internal static class PluginAssemblyScanner
{
    // The contract types the host and plugins must agree on. Sharing them makes the plugin's
    // context defer to the host's copies of these assemblies, so type identity holds.
    private static readonly Type[] SharedTypes =
    [
        typeof(IHotlinePlugin),
        typeof(ICategoryHandler),
        typeof(KeywordCategoryHandler),
        typeof(IServiceCollection),
        typeof(Microsoft.Extensions.Logging.ILogger),
    ];

    public static Assembly Load(string pluginFolder, PluginManifest manifest)
    {
        var path = Path.Combine(pluginFolder, manifest.Assembly);
        if (!File.Exists(path))
        {
            throw new PluginLoadException($"assembly '{manifest.Assembly}' named by plugin.json was not found");
        }

        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(
                path, isUnloadable: false, sharedTypes: SharedTypes, configure: config => config.PreferSharedTypes = true);
            return loader.LoadDefaultAssembly();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new PluginLoadException($"assembly '{manifest.Assembly}' could not be loaded: {ex.Message}", ex);
        }
    }

    /// <summary>The one public class implementing <see cref="IHotlinePlugin"/>.</summary>
    public static Type FindEntryType(Assembly assembly)
    {
        var entries = ScanTypes(assembly, scan => scan.AddClasses(c => c.AssignableTo<IHotlinePlugin>()).AsSelf())
            .Select(descriptor => descriptor.ServiceType)
            .ToArray();
        var names = string.Join(", ", entries.Select(type => type.Name).Order(StringComparer.Ordinal));
        return entries.Length switch
        {
            1 => entries[0],
            0 => throw new PluginLoadException($"no public class implements {nameof(IHotlinePlugin)}"),
            _ => throw new PluginLoadException(
                $"{entries.Length} classes implement {nameof(IHotlinePlugin)} ({names}); exactly one is allowed"),
        };
    }

    /// <summary>Singleton registrations of every public <see cref="ICategoryHandler"/> in the assembly.</summary>
    public static IReadOnlyList<ServiceDescriptor> FindCategoryHandlers(Assembly assembly) =>
        ScanTypes(assembly, scan => scan.AddClasses(c => c.AssignableTo<ICategoryHandler>()).As<ICategoryHandler>());

    private static IReadOnlyList<ServiceDescriptor> ScanTypes(
        Assembly assembly, Func<IImplementationTypeSelector, ILifetimeSelector> select)
    {
        var found = new ServiceCollection();
        try
        {
            found.Scan(scan => select(scan.FromAssemblies(assembly)).WithSingletonLifetime());
        }
        catch (ReflectionTypeLoadException ex)
        {
            var first = ex.LoaderExceptions.FirstOrDefault(e => e is not null)?.Message ?? ex.Message;
            throw new PluginLoadException($"types of '{assembly.GetName().Name}' could not be loaded: {first}", ex);
        }
        catch (Exception ex) when (ex is TypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new PluginLoadException($"types of '{assembly.GetName().Name}' could not be loaded: {ex.Message}", ex);
        }

        return found.ToArray();
    }
}
