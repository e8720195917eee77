using System.ComponentModel.DataAnnotations;

namespace Hotline.CallCenter;

/// <summary>The agent workspace's settings (section <c>Hotline:CallCenter</c>).</summary>
public sealed class CallCenterOptions
{
    public const string SectionName = "Hotline:CallCenter";

    /// <summary>A caller's closed tickets shown as "recent" when registered within this many days (open ones always show).</summary>
    [Range(1, 3650)]
    public int RecentDays { get; set; } = 90;

    /// <summary>At most this many tickets per household in one answer, newest first.</summary>
    [Range(1, 500)]
    public int MaxTicketsPerHousehold { get; set; } = 50;

    /// <summary>How long a call stays in the call log; older rows are deleted as new calls arrive.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan CallLogRetention { get; set; } = TimeSpan.FromDays(30);
}
