namespace Hotline.Channels.Inbound;

/// <summary>A stored webhook request as operators see it: where it stands, never its body or headers.</summary>
public sealed record InboundView(
    Guid Id,
    string Channel,
    string Path,
    DateTimeOffset ReceivedAt,
    string Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    string? MessageId,
    Guid? TicketId,
    string? TicketNumber,
    Guid? DuplicateOf)
{
    public static InboundView Of(InboundRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Channel, row.Path, row.ReceivedAt, row.Status, row.Attempts, row.NextAttemptAt, row.LastError,
            row.MessageId, row.TicketId, row.TicketNumber, row.DuplicateOf);
    }
}
