using System.ComponentModel.DataAnnotations;

namespace Hotline.Tickets.WarmUp;

/// <summary>The deadline warm-up's settings (section <c>Hotline:Tickets:DeadlineWarmUp</c>).</summary>
public sealed class DeadlineWarmUpOptions
{
    public const string SectionName = "Hotline:Tickets:DeadlineWarmUp";

    /// <summary>
    /// How far ahead of a pending clock's deadline its ticket is activated; zero turns the warm-up off. At most 13 minutes:
    /// an idle ticket is deactivated after 15 minutes, and a ticket warmed this far ahead (plus one pass's interval) must
    /// still be active when its first tick comes (the deadline notice, 5 minutes before, or the deadline itself).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:13:00")]
    public TimeSpan Lead { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Tickets activated at once by one silo's pass: the pass goes as fast as the silo activates, never faster, so a
    /// morning's wave of activations does not queue past the grain calls' timeout as when the deadlines' own ticks did it.
    /// </summary>
    [Range(1, 1024)]
    public int Concurrency { get; set; } = 64;
}
