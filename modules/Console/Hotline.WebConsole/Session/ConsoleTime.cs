namespace Hotline.WebConsole.Session;

/// <summary>Dates and times in the business time zone (the host's <see cref="TimeZoneInfo"/>), and countdowns from the injected clock.</summary>
public sealed class ConsoleTime(TimeZoneInfo zone, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public TimeProvider Clock => clock;

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
