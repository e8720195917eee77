using Hotline.Plugins.TestKit;

namespace Hotline.Plugins.Tests.TestKit;

/// <summary>A plugin the host's loader would skip is a <see cref="PluginNotLoadedException"/> carrying the loader's own reason.</summary>
public sealed class KitLoadFailureTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hotline-kit-").FullName;

    [Fact]
    public void Load_HostVersionOutsideTheRange_LoadersReason()
    {
        var error = Assert.Throws<PluginNotLoadedException>(
            () => PluginUnderTest.LoadBuilt("Hotline.Plugins.Engineering", hostVersion: new Version(1, 0)));

        Assert.Equal("needs host version [0.1,1.0) but this host is 1.0.0", error.Reason);
        Assert.Equal("Plugin Hotline.Plugins.Engineering was not loaded: needs host version [0.1,1.0) but this host is 1.0.0", error.Message);
    }

    [Fact]
    public void Load_FolderWithoutManifest_LoadersReason()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "Hotline.Plugins.Empty")).FullName;

        var error = Assert.Throws<PluginNotLoadedException>(() => PluginUnderTest.Load(folder));

        Assert.Equal(("Hotline.Plugins.Empty", "no plugin.json in the plugin folder"), (error.Folder, error.Reason));
    }

    [Fact]
    public void Load_ManifestNamingAMissingAssembly_LoadersReason()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "Hotline.Plugins.Ghost")).FullName;
        File.WriteAllText(Path.Combine(folder, "plugin.json"), """
            {"id":"ghost","version":"0.1.0","hostVersion":"[0.1,1.0)","kind":"channel","assembly":"Ghost.dll"}
            """);

        var error = Assert.Throws<PluginNotLoadedException>(() => PluginUnderTest.Load(folder + "/"));

        Assert.Equal(("Hotline.Plugins.Ghost", "assembly 'Ghost.dll' named by plugin.json was not found"), (error.Folder, error.Reason));
    }

    [Fact]
    public void LoadBuilt_NotBuilt_SaysToBuildIt()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => PluginUnderTest.LoadBuilt("Hotline.Plugins.NoSuchPlugin"));

        Assert.Contains("build Hotline.Plugins.NoSuchPlugin first", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
