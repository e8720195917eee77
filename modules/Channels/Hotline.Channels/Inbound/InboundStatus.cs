namespace Hotline.Channels.Inbound;

/// <summary>Where a stored webhook request stands (the column <c>inbound_messages.status</c>, kebab-case).</summary>
public static class InboundStatus
{
    /// <summary>Stored, not yet parsed (or its silo died before it was: the sweep takes it over).</summary>
    public const string Received = "received";

    /// <summary>Claimed by a retry sweep.</summary>
    public const string Processing = "processing";

    /// <summary>Became a ticket, or landed on one as the owner's reply.</summary>
    public const string Processed = "processed";

    /// <summary>Nothing for Hotline (a delivery receipt).</summary>
    public const string Ignored = "ignored";

    /// <summary>Malformed: the channel or the registration named the field at fault. Not retried.</summary>
    public const string Refused = "refused";

    /// <summary>Processing failed; retried at <c>next_attempt_at</c>.</summary>
    public const string Failed = "failed";

    /// <summary>The sender's phone matches no household, or several: waits for the call center to match the contact.</summary>
    public const string AwaitingHousehold = "awaiting-household";

    /// <summary>Over the per-sender limit: kept, answered 429, not processed (the provider delivers it again).</summary>
    public const string RateLimited = "rate-limited";

    /// <summary>A repeated delivery of a message stored before (<c>duplicate_of</c>): answered like the first.</summary>
    public const string Duplicate = "duplicate";

    public static readonly IReadOnlyList<string> All = [Received, Processing, Processed, Ignored, Refused, Failed, AwaitingHousehold, RateLimited, Duplicate];
}
