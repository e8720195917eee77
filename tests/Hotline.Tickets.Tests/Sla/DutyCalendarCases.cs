using Hotline.Tickets.Sla;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>Calendars and deterministic random cases for the property tests (fixed seed: failures reproduce).</summary>
internal static class DutyCalendarCases
{
    public const int Count = 2000;
    private static readonly DateTimeOffset From = new(2024, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly[] ChineseHolidays2025 =
    [
        .. Days(new(2025, 1, 28), 8), .. Days(new(2025, 5, 1), 5), .. Days(new(2025, 10, 1), 8), new(2025, 6, 2),
    ];

    public static readonly TheoryData<string> Names = ["shanghai", "shanghai-holidays", "shanghai-all-day", "shanghai-office", "berlin", "berlin-early-hours"];

    public static DutyCalendar Named(string name) => name switch
    {
        "shanghai" => new DutyCalendar(SlaTime.Shanghai),
        "shanghai-holidays" => new DutyCalendar(SlaTime.Shanghai, holidays: ChineseHolidays2025),
        "shanghai-all-day" => new DutyCalendar(SlaTime.Shanghai, TimeOnly.MinValue, TimeOnly.MinValue, ChineseHolidays2025),
        "shanghai-office" => new DutyCalendar(SlaTime.Shanghai, new TimeOnly(8, 30), new TimeOnly(17, 30), ChineseHolidays2025),
        "berlin" => new DutyCalendar(SlaTime.Berlin, holidays: [new(2025, 3, 30), new(2025, 12, 25), new(2025, 12, 26)]),
        "berlin-early-hours" => new DutyCalendar(SlaTime.Berlin, new TimeOnly(1, 30), new TimeOnly(3, 30)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static Random Seeded(string name) => new(20250610 + name.Sum(c => c));

    /// <summary>Any second of the range; one case in five on a whole local hour, to hit window edges.</summary>
    public static DateTimeOffset Instant(Random random, TimeZoneInfo zone)
    {
        var instant = From.AddSeconds(random.NextInt64((long)(To - From).TotalSeconds));
        if (random.Next(5) != 0)
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.AddMinutes(-local.Minute).AddSeconds(-local.Second);
    }

    /// <summary>From zero to three days, in minutes; sometimes whole hours.</summary>
    public static TimeSpan Duration(Random random) =>
        random.Next(4) == 0 ? TimeSpan.FromHours(random.Next(0, 73)) : TimeSpan.FromMinutes(random.Next(0, 3 * 24 * 60));

    private static IEnumerable<DateOnly> Days(DateOnly first, int count) => Enumerable.Range(0, count).Select(first.AddDays);
}
