using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Host.Tests.Deployment;

/// <summary>The files under deploy/, and the defaults they must agree with (config/appsettings.json, ClusterSettings).</summary>
internal static class DeployFiles
{
    public static string Folder => Path.Combine(RepoPaths.Root, "deploy");

    public static string Dockerfile => Path.Combine(Folder, "Dockerfile");

    public static string SystemdUnit => Path.Combine(Folder, "systemd", "hotline.service");

    public static string SystemdEnvironment => Path.Combine(Folder, "systemd", "hotline.env.example");

    public static string SiloRoleSql => Path.Combine(Folder, "postgres", "silo-role.sql");

    public static string Kubernetes(string file) => Path.Combine(Folder, "kubernetes", file);

    /// <summary>The HTTP port of the host's own default Urls (config/appsettings.json).</summary>
    public static int DefaultHttpPort => new Uri(AppSettings().GetProperty("Urls").GetString()!).Port;

    /// <summary>The silo port as the host starts by default: appsettings.json, else the settings class.</summary>
    public static int DefaultSiloPort =>
        AppSettings().GetProperty("Hotline").GetProperty("Cluster").TryGetProperty("SiloPort", out var port)
            ? port.GetInt32()
            : new Silo.ClusterSettings().SiloPort;

    private static JsonElement AppSettings() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "appsettings.json"))).RootElement;
}
