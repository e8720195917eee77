using System.Text.Json;
using Hotline.Plugins.Abstractions;

namespace Hotline.Host.Plugins;

/// <summary>
/// Reads and validates a <c>plugin.json</c>; every problem becomes a <see cref="PluginLoadException"/>
/// whose message is the plain reason.
/// </summary>
public static class PluginManifestReader
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static PluginManifest Read(string pluginFolder)
    {
        var path = Path.Combine(pluginFolder, FileName);
        if (!File.Exists(path))
        {
            throw new PluginLoadException($"no {FileName} in the plugin folder");
        }

        ManifestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new PluginLoadException($"{FileName} is not valid JSON: {ex.Message}", ex);
        }

        if (document is null)
        {
            throw new PluginLoadException($"{FileName} is empty (null)");
        }

        return Validate(document);
    }

    private static PluginManifest Validate(ManifestDocument document)
    {
        var id = Require(document.Id, "id");
        var version = Require(document.Version, "version");
        var hostVersion = Require(document.HostVersion, "hostVersion");
        var kindText = Require(document.Kind, "kind");
        var assembly = Require(document.Assembly, "assembly");

        if (!VersionRange.TryParseVersion(version.Split('+', '-')[0], out _))
        {
            throw new PluginLoadException($"version '{version}' is not a version number");
        }

        if (!VersionRange.TryParse(hostVersion, out _))
        {
            throw new PluginLoadException($"hostVersion '{hostVersion}' is not a version range such as [0.1,1.0)");
        }

        // Enum.TryParse also accepts numbers and undefined values; a manifest must name a kind.
        if (int.TryParse(kindText, out _) || !Enum.TryParse<PluginKind>(kindText, ignoreCase: true, out var kind)
            || !Enum.IsDefined(kind))
        {
            var known = string.Join(", ", Enum.GetNames<PluginKind>().Select(name => name.ToLowerInvariant()));
            throw new PluginLoadException($"unknown kind '{kindText}' (known: {known})");
        }

        if (Path.GetFileName(assembly) != assembly || !assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            throw new PluginLoadException($"assembly '{assembly}' must be a .dll file name inside the plugin folder");
        }

        return new PluginManifest(id, version, hostVersion, kind, assembly, document.Description);
    }

    private static string Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new PluginLoadException($"{FileName} lacks the required field '{field}'")
            : value.Trim();

    private sealed record ManifestDocument(
        string? Id, string? Version, string? HostVersion, string? Kind, string? Assembly, string? Description);
}
