using Hotline.Plugins.Abstractions;

namespace Hotline.Tickets.Api;

/// <summary>
/// A2's intake channels: the built-in three plus every intake channel a plugin registers (<see cref="IIntakeChannel.Id"/>).
/// The channel is set by the endpoint that received the ticket, never by its body: the staff intake API
/// (POST /api/tickets) is the 400 call center's, a channel's webhook registers under that channel's id.
/// </summary>
public sealed class IntakeChannels(IEnumerable<IIntakeChannel> plugins)
{
    /// <summary>The toll-free 400 complaint hotline, whose agents use the staff API.</summary>
    public const string CallCenter = "call-center";

    /// <summary>The general manager's SMS platform.</summary>
    public const string GmSms = "gm-sms";

    /// <summary>The online customer-service system (owners' portal).</summary>
    public const string Web = "web";

    public static readonly IReadOnlyList<string> BuiltIn = [CallCenter, GmSms, Web];

    /// <summary>Every channel a ticket may come in by, built-in first, then the plugins' in registration order.</summary>
    public IReadOnlyList<string> All { get; } = [.. BuiltIn.Concat(plugins.Select(p => p.Id)).Distinct(StringComparer.Ordinal)];

    public bool IsKnown(string channel) => All.Contains(channel, StringComparer.Ordinal);
}
