using System.ComponentModel.DataAnnotations;

namespace Hotline.Channels.Outbound;

/// <summary>The section <c>Hotline:Channels:Outbox</c>: how owner messages are retried.</summary>
public sealed class OwnerOutboxOptions
{
    public const string SectionName = "Hotline:Channels:Outbox";

    /// <summary>The key of the channel a ticket without an owner channel (the call center's) is answered by, with the owner's phone.</summary>
    public const string FallbackKey = "Hotline:Channels:OwnerFallback";

    public const string DefaultFallback = "gm-sms";

    /// <summary>Sends per message before it is given up (status failed).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failed send; it doubles with each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often each silo looks for due messages (new ones are sent at once).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed send may take before another sweep may try it again (a silo died mid-send).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(2);
}
