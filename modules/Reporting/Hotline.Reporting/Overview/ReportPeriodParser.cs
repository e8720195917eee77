using System.Globalization;
using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.Overview;

/// <summary>
/// A report's period from <c>from</c> and <c>to</c>: local dates (YYYY-MM-DD, business time zone) with <c>to</c> inclusive,
/// or ISO 8601 date-times with an offset, <c>to</c> exclusive. Defaults: from the first day of this month to today. At
/// most <see cref="MaxDays"/> days; a bad value or range is an error against its field.
/// </summary>
public static class ReportPeriodParser
{
    public const int MaxDays = 366;

    public static (ReportPeriod? Period, Dictionary<string, string[]> Errors) Parse(string? from, string? to, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var start = Instant(from, "from", errors, zone, endOfDay: false) ?? ReportPeriod.StartOf(new DateOnly(today.Year, today.Month, 1), zone);
        var end = Instant(to, "to", errors, zone, endOfDay: true) ?? ReportPeriod.StartOf(today.AddDays(1), zone);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (end <= start)
        {
            errors["to"] = ["must not be before 'from'"];
        }
        else if (end - start > TimeSpan.FromDays(MaxDays) + TimeSpan.FromHours(1))
        {
            // An hour of slack: a local day around a daylight-saving change is 25 hours long.
            errors["to"] = [$"the period must not be longer than {MaxDays} days"];
        }

        return errors.Count > 0 ? (null, errors) : (new ReportPeriod(start, end), errors);
    }

    /// <summary>A date means the start of that local day (<paramref name="endOfDay"/>: of the next day, so the date is included).</summary>
    private static DateTimeOffset? Instant(string? text, string field, Dictionary<string, string[]> errors, TimeZoneInfo zone, bool endOfDay)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day == DateOnly.MaxValue && endOfDay ? Invalid() : ReportPeriod.StartOf(endOfDay ? day.AddDays(1) : day, zone);
        }

        if (value.Length > 10 && value[10] == 'T'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            && HasOffset(value))
        {
            return time.ToUniversalTime();
        }

        return Invalid();

        DateTimeOffset? Invalid()
        {
            errors[field] = ["must be a date (YYYY-MM-DD) or an ISO 8601 date-time with its offset"];
            return null;
        }
    }

    /// <summary>A date-time without an offset would be read in the server's zone: it is refused instead.</summary>
    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || value.LastIndexOfAny(['+', '-']) > 10;
}
