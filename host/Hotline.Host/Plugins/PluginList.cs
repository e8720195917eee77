using Hotline.BuildingBlocks.Plugins;

namespace Hotline.Host.Plugins;

/// <summary>The registry's records for the console (<see cref="IPluginList"/>), with each folder's plugin.json as written.</summary>
public sealed class PluginList(PluginRegistry registry, string pluginsFolder) : IPluginList
{
    // A manifest is a few lines; anything larger is not shown whole.
    private const int MaxManifestChars = 16 * 1024;

    public string HostVersion => registry.HostVersion;

    public IReadOnlyList<InstalledPlugin> Plugins { get; } =
    [
        .. registry.Plugins.Select(p => new InstalledPlugin(
            p.Folder, p.Id, p.Version, p.Kind, p.State == PluginState.Loaded, p.Error, p.Categories, Manifest(pluginsFolder, p.Folder))),
    ];

    private static string? Manifest(string root, string folder)
    {
        var path = Path.Combine(root, folder, PluginManifestReader.FileName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var text = File.ReadAllText(path);
            return text.Length > MaxManifestChars ? text[..MaxManifestChars] : text;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
