using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Outbound;

/// <summary>
/// The intake channels plugins registered, by id (the first of an id wins), and where a ticket's owner is answered:
/// by the channel the ticket came in by when it is one of them, else (the call center's tickets) by the fallback channel
/// with the owner's phone only (an account id belongs to the channel that gave it).
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
    }

    public IReadOnlyDictionary<string, IIntakeChannel> ById { get; }

    /// <summary>The channel answering tickets that did not come in by an intake channel (<c>Hotline:Channels:OwnerFallback</c>).</summary>
    public string Fallback { get; }

    /// <summary>The channel and address a ticket of <paramref name="ticketChannel"/> answers its owner by; a null address sends nothing.</summary>
    public (string Channel, OwnerAddress? To) Route(string ticketChannel, string? phone, string? accountId, string? name)
    {
        var own = ById.ContainsKey(ticketChannel);
        var channel = own ? ticketChannel : Fallback;
        phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        accountId = own && !string.IsNullOrWhiteSpace(accountId) ? accountId.Trim() : null;
        return (channel, phone is null && accountId is null ? null : new OwnerAddress(phone, accountId, name));
    }
}
