using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hotline.Reporting.Weeks;

/// <summary>Builds the <see cref="WeekCalendar"/> from configuration, strictly: a bad value stops the start naming its key.</summary>
public static class WeekCalendars
{
    public static WeekCalendar From(IConfiguration configuration, TimeZoneInfo zone)
    {
        var weekly = configuration.GetSection(WeeklySummaryOptions.SectionName).Get<WeeklySummaryOptions>() ?? new();
        var calendar = configuration.GetSection(ReportCalendarOptions.SectionName).Get<ReportCalendarOptions>() ?? new();
        return From(weekly, calendar, zone);
    }

    public static WeekCalendar From(WeeklySummaryOptions weekly, ReportCalendarOptions calendar, TimeZoneInfo zone)
    {
        var problems = new List<string>();
        if (!Enum.TryParse<DayOfWeek>(weekly.DueDay, ignoreCase: true, out var dueDay) || int.TryParse(weekly.DueDay, out _))
            problems.Add($"{WeeklySummaryOptions.SectionName}:{nameof(weekly.DueDay)}: '{weekly.DueDay}' is not a day of the week (e.g. Friday)");
        if (!TimeOnly.TryParseExact(weekly.DueTime?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dueTime))
            problems.Add($"{WeeklySummaryOptions.SectionName}:{nameof(weekly.DueTime)}: '{weekly.DueTime}' is not a time of day (HH:mm)");

        var holidays = new List<DateOnly>();
        for (var i = 0; i < calendar.Holidays.Count; i++)
        {
            if (DateOnly.TryParseExact(calendar.Holidays[i]?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                holidays.Add(day);
            else
                problems.Add($"{ReportCalendarOptions.SectionName}:{nameof(calendar.Holidays)}:{i}: '{calendar.Holidays[i]}' is not a date (yyyy-MM-dd)");
        }

        if (problems.Count > 0)
            throw new OptionsValidationException(WeeklySummaryOptions.SectionName, typeof(WeeklySummaryOptions), problems);
        return new WeekCalendar(zone, dueDay, dueTime, holidays);
    }
}
