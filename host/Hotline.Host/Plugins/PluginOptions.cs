namespace Hotline.Host.Plugins;

/// <summary>Where the host looks for plugins: configuration section <c>Hotline:Plugins</c>.</summary>
public sealed class PluginOptions
{
    public const string SectionName = "Hotline:Plugins";

    /// <summary>Folder holding one sub-folder per plugin; a relative path is taken from the host's own folder.</summary>
    public string Folder { get; set; } = "plugins";

    public string ResolveFolder() => Path.GetFullPath(Folder, AppContext.BaseDirectory);
}
