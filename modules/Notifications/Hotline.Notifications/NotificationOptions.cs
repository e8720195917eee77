namespace Hotline.Notifications;

public sealed class NotificationOptions
{
    public const string SectionName = "Hotline:Notifications";

    /// <summary>The 24-hour customer-service line: gets what nobody on duty can take. Empty: the intended person keeps it.</summary>
    public string? FallbackPersonId { get; set; }

    /// <summary>Sends per channel delivery before it is given up (status failed).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first failed send; it doubles with each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often each silo looks for due channel deliveries (new ones are sent at once).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed send may take before another sweep may try it again (a silo died mid-send).</summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(2);
}
