using Hotline.TestKit;

namespace Hotline.Host.Tests;

/// <summary>The arguments of a host on the embedded PostgreSQL of <c>dataFolder</c>, serving HTTP on <c>httpPort</c>, on a free silo port.</summary>
internal static class EmbeddedHostArgs
{
    public static string[] For(string dataFolder, int httpPort) =>
        [$"--Hotline:EmbeddedPostgres:DataFolder={dataFolder}", $"--urls=http://127.0.0.1:{httpPort}", $"--Hotline:Cluster:SiloPort={FreePort.Next()}"];
}
