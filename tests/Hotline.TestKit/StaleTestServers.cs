using Hotline.Storage.Embedded;

namespace Hotline.TestKit;

/// <summary>Stops and removes test servers whose test process died without cleaning up (e.g. killed).</summary>
internal static class StaleTestServers
{
    public const string OwnerFile = "owner.pid";

    public static async Task StopAsync(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(root))
        {
            var owner = Path.Combine(folder, OwnerFile);
            // Only folders whose marking test process is gone; no mark, or one being written, means "still starting".
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), out var pid) || IsAlive(pid))
            {
                continue;
            }

            var data = Path.Combine(folder, "pg");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                await EmbeddedPostgres.StopOrphanAsync(data);
            }

            TestPostgres.TryDelete(folder);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
