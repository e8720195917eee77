using Microsoft.Extensions.Configuration;

namespace Hotline.Portal.Tickets;

/// <summary>
/// When the owner may urge again: the Tickets module's interval (Hotline:Tickets:Urge:MinInterval) read from the same
/// configuration, so the page can say the time before the owner tries. The grain still decides (its refusal carries the time).
/// </summary>
public sealed class UrgeSchedule(IConfiguration configuration)
{
    // The Tickets module's default (UrgeOptions); the portal only reads the setting, it never enforces it.
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(4);

    public TimeSpan Interval => configuration.GetValue<TimeSpan?>("Hotline:Tickets:Urge:MinInterval") ?? DefaultInterval;

    public DateTimeOffset? NextAllowed(DateTimeOffset? lastUrgedAt) => lastUrgedAt + Interval;
}
