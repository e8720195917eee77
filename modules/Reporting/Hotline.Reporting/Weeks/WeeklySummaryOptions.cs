namespace Hotline.Reporting.Weeks;

/// <summary>
/// When the weekly summary is due (section Hotline:Reporting:WeeklySummary). A10.1.3.4: every Friday before 17:00.
/// The holidays that move it back are Hotline:Reporting:Holidays (<see cref="ReportCalendarOptions"/>).
/// </summary>
public sealed class WeeklySummaryOptions
{
    public const string SectionName = "Hotline:Reporting:WeeklySummary";

    /// <summary>The nominal due day, by name ("Friday"); a week's key is the ISO week of this day.</summary>
    public string DueDay { get; set; } = nameof(DayOfWeek.Friday);

    /// <summary>Local business time "HH:mm" on the due day.</summary>
    public string DueTime { get; set; } = "17:00";
}
