using Hotline.Channels.Contracts;
using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Outbound;

/// <summary>
/// The intake channels plugins registered, by id (the first of an id wins), and where a ticket's owner is answered: by
/// the channel the owner chose when it can reach them (the portal, or an installed channel, by their phone), else by the
/// channel the ticket came in by when it is one of them, else (the call center's and the portal's tickets) by the
/// fallback channel with the owner's phone only (an account id belongs to the channel that gave it).
/// </summary>
public sealed class OwnerChannels
{
    public OwnerChannels(IEnumerable<IIntakeChannel> channels, string fallback)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ById = channels
            .Where(c => !string.IsNullOrWhiteSpace(c.Id))
            .GroupBy(c => c.Id.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Fallback = fallback;
        Choices = [PortalChannel.Id, fallback, .. ById.Keys.Where(id => id != fallback && id != PortalChannel.Id).Order(StringComparer.Ordinal)];
    }

    public IReadOnlyDictionary<string, IIntakeChannel> ById { get; }

    /// <summary>The channel answering tickets that did not come in by an intake channel (<c>Hotline:Channels:OwnerFallback</c>).</summary>
    public string Fallback { get; }

    /// <summary>What an owner may prefer: the portal, the fallback (SMS), then the other installed channels.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>
    /// The channel and address a ticket of <paramref name="ticketChannel"/> answers its owner by, given the channel the
    /// owner <paramref name="preferred"/> (or null); a null address sends nothing. The choice is keyed by the owner's
    /// phone, so it counts only when the ticket has that phone.
    /// </summary>
    public (string Channel, OwnerAddress? To) Route(string ticketChannel, string? preferred, string? phone, string? accountId, string? name)
    {
        phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        var own = ById.ContainsKey(ticketChannel);
        var channel = phone is not null && preferred is not null && Choices.Contains(preferred) ? preferred
            : own ? ticketChannel : Fallback;
        accountId = own && channel == ticketChannel && !string.IsNullOrWhiteSpace(accountId) ? accountId.Trim() : null;
        return (channel, phone is null && accountId is null ? null : new OwnerAddress(phone, accountId, name));
    }
}
