using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotline.Benchmarks;

/// <summary>
/// How many ticket grains the host has activated, from Orleans' own gauge in the host's Prometheus scrape
/// (<c>orleans_catalog_activations{grain_type="ticket"}</c>). The memory probe divides the heap's growth by this count,
/// not by the tickets it read: reminders of recent tickets activate grains of their own while it reads (issue 9's
/// profile found a quick run's figure counting them as if they were the probed tickets' bytes). The probe's host
/// answers the scrape from loopback without sign-in (<see cref="ScrapeFromLoopback"/>).
/// </summary>
public static partial class TicketActivations
{
    public static IReadOnlyDictionary<string, string> ScrapeFromLoopback { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["Hotline__Metrics__ScrapeNetworks__0"] = "127.0.0.1/32" };

    public static async Task<long> CountAsync(Uri host, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
        var text = await http.GetStringAsync("metrics", ct);
        return TicketGauge().Match(text) is { Success: true } match
            ? long.Parse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0;
    }

    [GeneratedRegex(@"^orleans_catalog_activations\{[^}]*grain_type=""ticket""[^}]*\} (\S+)", RegexOptions.Multiline)]
    private static partial Regex TicketGauge();
}
