namespace Hotline.WebConsole.Session;

/// <summary>Dates and times in the business time zone (the host's <see cref="TimeZoneInfo"/>), and countdowns from the injected clock.</summary>
public sealed class ConsoleTime(TimeZoneInfo zone, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public TimeProvider Clock => clock;

    /// <summary>Today's date in the business time zone (not the server's, not UTC: before 08:00 there, UTC is still on yesterday).</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    /// <summary>
    /// A wall-clock time typed in the business time zone (a datetime-local input carries no zone), as the instant the API
    /// takes. The one conversion for every console form (the ticket's and the warning board's had one each).
    /// </summary>
    public DateTimeOffset Instant(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUniversalTime();
    }

    public string Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"h:mm:ss" to go until <paramref name="due"/>, or how long past it (with <paramref name="overdue"/> true).</summary>
    public string Countdown(DateTimeOffset due, DateTimeOffset now, out bool overdue)
    {
        var left = due - now;
        overdue = left < TimeSpan.Zero;
        var span = overdue ? -left : left;
        return $"{(long)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}";
    }
}
