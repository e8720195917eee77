using System.ComponentModel.DataAnnotations;

namespace Hotline.Tickets.Sla;

/// <summary>How often an owner may chase (催單) one ticket (section Hotline:Tickets:Urge).</summary>
public sealed class UrgeOptions
{
    public const string SectionName = "Hotline:Tickets:Urge";

    /// <summary>
    /// The least time between two urges of one ticket. A product decision, 4 hours by default: every urge tells the
    /// liaison and the project manager at once, so repeated taps must not flood them, while an owner still waiting
    /// half a day later can chase again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromHours(4);
}
