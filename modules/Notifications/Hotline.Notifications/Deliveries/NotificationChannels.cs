using Hotline.Plugins.Abstractions;

namespace Hotline.Notifications.Deliveries;

/// <summary>The channels plugins contributed that have their configuration, by name (the first of a name wins).</summary>
public sealed class NotificationChannels
{
    public NotificationChannels(IEnumerable<INotificationChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ByName = channels
            .Where(c => c.IsConfigured && !string.IsNullOrWhiteSpace(c.Name))
            .GroupBy(c => c.Name.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Names = [.. ByName.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyDictionary<string, INotificationChannel> ByName { get; }

    public IReadOnlyList<string> Names { get; }
}
