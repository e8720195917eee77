using System.Text.Json.Nodes;

namespace Hotline.Plugins.Tests;

/// <summary>
/// A temporary plugin folder made of copies of the real plugins, some corrupted on purpose.
/// Folder names sort so that each duplicate comes after the plugin it duplicates.
/// </summary>
internal sealed class BrokenPluginSet : IDisposable
{
    public BrokenPluginSet()
    {
        Folder = Directory.CreateTempSubdirectory("hotline-plugins-").FullName;
    }

    public string Folder { get; }

    /// <summary>Copies a real plugin build into <paramref name="name"/> and returns its path.</summary>
    public string Copy(string realPluginFolder, string name)
    {
        var source = Path.Combine(RepoPaths.PluginArtifacts, realPluginFolder);
        var target = Path.Combine(Folder, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    /// <summary>Makes a plugin folder around any assembly file, with a valid manifest naming it.</summary>
    public string Wrap(string assemblyPath, string name, string kind)
    {
        var target = Path.Combine(Folder, name);
        Directory.CreateDirectory(target);
        var fileName = Path.GetFileName(assemblyPath);
        File.Copy(assemblyPath, Path.Combine(target, fileName));
        WriteManifest(target, $$"""
            { "id": "test.{{name}}", "version": "0.1.0", "hostVersion": "[0.1,1.0)", "kind": "{{kind}}", "assembly": "{{fileName}}" }
            """);
        return target;
    }

    public static void EditManifest(string pluginPath, Action<JsonObject> edit)
    {
        var path = Path.Combine(pluginPath, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    public static void WriteManifest(string pluginPath, string content) =>
        File.WriteAllText(Path.Combine(pluginPath, "plugin.json"), content);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A loaded plugin assembly may still be mapped; the temp folder is cleaned by the OS later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
