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

    /// <summary>A failed attempt: kept with its error and retried after the shared back-off for its attempt count.</summary>
    public static InboundCompletion Failed(string error, int attempts, DateTimeOffset now, InboundOptions options) =>
        new(InboundStatus.Failed) { Error = error, NextAttemptAt = now + Hotline.BuildingBlocks.RetryBackoff.Delay(attempts, options.RetryDelay, options.MaxRetryDelay) };
}
