using System.ComponentModel.DataAnnotations;

namespace Hotline.Tickets.Sla;

/// <summary>How long a ticket may wait on the owner before it must be followed up (section Hotline:Tickets:OwnerWait).</summary>
public sealed class OwnerWaitOptions
{
    public const string SectionName = "Hotline:Tickets:OwnerWait";

    /// <summary>
    /// A10.1.3.3 (never delayed): the furthest follow-up a wait may set. A product decision, 3 days by default: long
    /// enough for an owner away over a weekend, short enough that a wait cannot switch escalation off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromDays(3);
}
