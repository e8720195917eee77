using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Outbound;

/// <summary>One owner message to record: where it goes, what it says, and whether it can be sent at all.</summary>
internal sealed record OwnerOutboxRow(string MessageId, Guid TicketId, string TicketNumber, string EventKey, string Channel,
    OwnerMessageKind Kind, OwnerAddress? To, string Text, OwnerOutboxStatus Status, string? Error)
{
    public override string ToString() => $"{nameof(OwnerOutboxRow)} {{ {MessageId} on {Channel}, {Status} }}";
}
