namespace Hotline.Channels.Inbound;

/// <summary>How one processing of a stored request ended: its new status and what it found (null leaves a column as it was).</summary>
public sealed record InboundCompletion(string Status)
{
    public DateTimeOffset? NextAttemptAt { get; init; }

    public string? Error { get; init; }

    public Guid? TicketId { get; init; }

    public string? TicketNumber { get; init; }

    public string? SenderPhone { get; init; }

    public Guid? DuplicateOf { get; init; }
}
