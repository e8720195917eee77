using System.Net;
using System.Net.Sockets;

namespace Hotline.TestKit;

/// <summary>
/// A loopback port free at the moment of asking, never the same one twice in a process, and below the kernel's range
/// for outgoing connections: a port bound to 0 and released is an ephemeral one, which any process's next connection
/// (test assemblies run side by side, each with its database pool) may take before the silo binds it (CI: "Address
/// already in use" for 48 tests of one assembly). Ports below that range are never handed out that way. The benchmark
/// harness compiles this file in too, for the silos it starts.
/// </summary>
public static class FreePort
{
    private const int Lowest = 10_000;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly int Highest = EphemeralRangeStart() - 1;

    public static int Next()
    {
        lock (HandedOut)
        {
            for (var tries = 0; tries < 1_000; tries++)
            {
                var port = Random.Shared.Next(Lowest, Highest + 1);
                if (!HandedOut.Contains(port) && CanBind(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }

            throw new InvalidOperationException($"no free loopback port between {Lowest} and {Highest} after 1,000 tries");
        }
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port of /proc/sys/net/ipv4/ip_local_port_range (Linux's default 32768), or 32768 where it cannot be read.</summary>
    private static int EphemeralRangeStart()
    {
        try
        {
            var first = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0];
            return Math.Max(Lowest + 1_000, int.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 32_768;
        }
    }
}
