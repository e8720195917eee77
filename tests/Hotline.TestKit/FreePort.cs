using System.Net;
using System.Net.Sockets;

namespace Hotline.TestKit;

/// <summary>A loopback port free at the moment of asking, never the same one twice in a test process.</summary>
public static class FreePort
{
    // Linux may hand out the port just released to the next bind on port 0, so two calls in a row
    // (a silo port and a gateway port) could get the same one; remember what was handed out.
    private static readonly HashSet<int> HandedOut = [];

    public static int Next()
    {
        lock (HandedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
