namespace Hotline.Plugins.Abstractions;

/// <summary>The outcome of one send and, for a failure, a short reason that holds no secret and no phone number.</summary>
public sealed record ChannelResult(ChannelOutcome Outcome, string? Reason = null)
{
    public static ChannelResult Delivered { get; } = new(ChannelOutcome.Delivered);

    public static ChannelResult Retryable(string reason) => new(ChannelOutcome.FailedRetryable, reason);

    public static ChannelResult Permanent(string reason) => new(ChannelOutcome.FailedPermanent, reason);
}
