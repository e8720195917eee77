namespace Hotline.Tickets.Sla;

/// <summary>One limit in configuration. In an override, a value left out is inherited from a less specific rule.</summary>
public sealed class LimitOptions
{
    /// <summary>A TimeSpan ("00:10:00", "1.00:00:00").</summary>
    public TimeSpan? Duration { get; set; }

    /// <summary>true: counts only duty time (the duty window); false: calendar time (1 day = 24 hours).</summary>
    public bool? DutyTimeOnly { get; set; }

    internal static LimitOptions OfDutyTime(TimeSpan duration) => new() { Duration = duration, DutyTimeOnly = true };

    internal static LimitOptions OfCalendarTime(TimeSpan duration) => new() { Duration = duration, DutyTimeOnly = false };
}
