using System.ComponentModel;
using System.Diagnostics;

namespace Hotline.Browser.Tests;

/// <summary>
/// Kills with SIGKILL the processes whose command line holds a marker, and every descendant of theirs (read from
/// /proc): a browser that did not close leaves nothing running, and only the marked browser is touched (two fixtures'
/// browsers live side by side in one test process).
/// </summary>
internal static class MarkedProcesses
{
    public static void Kill(string marker)
    {
        var parents = new Dictionary<int, int>();
        var doomed = new HashSet<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(marker, StringComparison.Ordinal))
                {
                    doomed.Add(pid);
                }

                // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after its last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended while being read.
            }
        }

        for (var grew = doomed.Count > 0; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
            {
                grew |= doomed.Contains(parent) && doomed.Add(pid);
            }
        }

        foreach (var pid in doomed)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception)
            {
                // Gone already.
            }
        }
    }
}
