using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Outbound;

/// <summary>An owner message a sweep claimed for one attempt (<see cref="Attempt"/> counts this one).</summary>
internal sealed record ClaimedOwnerMessage(string MessageId, Guid TicketId, string TicketNumber, string EventKey, string Channel,
    OwnerMessageKind Kind, OwnerAddress To, string Text, int Attempt, DateTimeOffset CreatedAt)
{
    /// <summary>Never the address: a log line or an exception formatting this sees no phone.</summary>
    public override string ToString() => $"{nameof(ClaimedOwnerMessage)} {{ {MessageId} on {Channel}, attempt {Attempt} }}";
}
