using System.ComponentModel.DataAnnotations;

namespace Hotline.Channels.Inbound;

/// <summary>
/// The section <c>Hotline:Channels</c> (each channel's own <c>Hotline:Channels:{id}:Secret</c> is read per channel):
/// the signature window, the per-sender limit and how failed messages are retried.
/// </summary>
public sealed class InboundOptions : IValidatableObject
{
    public const string SectionName = "Hotline:Channels";

    /// <summary>How far a webhook's timestamp may lie from the host's clock, either way, before it is refused as a replay.</summary>
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages one sender may send per window, after parsing (an owner flooding the line, not a gateway).</summary>
    public SenderLimit PerSender { get; set; } = new();

    /// <summary>Wait after the first failed processing; it doubles with each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often each silo looks for messages whose retry is due.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one processing may take before a sweep takes the message over (the silo died mid-way).</summary>
    public TimeSpan ProcessingLease { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(SignatureWindow), SignatureWindow), (nameof(RetryDelay), RetryDelay), (nameof(MaxRetryDelay), MaxRetryDelay),
            (nameof(SweepInterval), SweepInterval), (nameof(ProcessingLease), ProcessingLease),
        })
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
            {
                yield return new ValidationResult("must be positive and at most one day", [name]);
            }
        }

        if (PerSender.PermitLimit is < 1 or > 1_000_000)
        {
            yield return new ValidationResult("must be 1 to 1000000", ["PerSender:PermitLimit"]);
        }

        if (PerSender.WindowSeconds is < 1 or > 86_400)
        {
            yield return new ValidationResult("must be 1 to 86400", ["PerSender:WindowSeconds"]);
        }
    }
}
