namespace Hotline.Tickets.Tests.Sla;

/// <summary>Local wall-clock instants for the SLA tests, written the way the regulation states them.</summary>
internal static class SlaTime
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Asia/Shanghai has no DST: always +08:00.</summary>
    public static DateTimeOffset InShanghai(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>An unambiguous Berlin wall-clock time, with the offset Berlin had then.</summary>
    public static DateTimeOffset InBerlin(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Berlin.GetUtcOffset(local));
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);

    public static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);
}
