using Hotline.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;

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
            // Only folders a test process marked as its own; a folder without a mark may still be starting.
            if (!File.Exists(owner) || (int.TryParse(File.ReadAllText(owner), out var pid) && IsAlive(pid)))
            {
                continue;
            }

            var data = Path.Combine(folder, "pg");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                // Attaching to the orphan and stopping it is exactly what the manager does on dispose.
                var orphan = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataFolder = data }, NullLogger.Instance);
                await orphan.StopAsync();
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
