using System.Net;

namespace Hotline.Host.Observability;

/// <summary>The operators' networks of <see cref="MetricsOptions.ScrapeNetworks"/>: may this connection scrape without signing in?</summary>
public sealed class OperatorsNetwork(IReadOnlyList<IPNetwork> networks)
{
    public static OperatorsNetwork From(IEnumerable<string> texts) =>
        new([.. texts.Select(t => TryParse(t, out var n) ? n : throw new FormatException($"not a network: {t}"))]);

    /// <summary>A CIDR, or a single address (a /32 or /128 network).</summary>
    public static bool TryParse(string text, out IPNetwork network)
    {
        if (IPNetwork.TryParse(text, out network))
        {
            return true;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return false;
    }

    public bool Admits(IPAddress? remote)
    {
        if (remote is null || networks.Count == 0)
        {
            return false;
        }

        // Kestrel may report an IPv4 client as ::ffff:a.b.c.d on a dual-stack socket.
        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return networks.Any(n => n.Contains(address));
    }
}
