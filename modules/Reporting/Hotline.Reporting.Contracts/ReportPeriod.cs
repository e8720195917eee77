using Hotline.Kernel;

namespace Hotline.Reporting.Contracts;

/// <summary>A half-open period [<see cref="From"/>, <see cref="To"/>): a ticket registered at <see cref="To"/> belongs to the next one.</summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>A period of whole local days in <paramref name="zone"/>: from the start of <paramref name="first"/> to the start of the day after <paramref name="last"/>.</summary>
    public static ReportPeriod OfDays(DateOnly first, DateOnly last, TimeZoneInfo zone) =>
        new(StartOf(first, zone), StartOf(last.AddDays(1), zone));

    /// <summary>One calendar month (local) in <paramref name="zone"/>.</summary>
    public static ReportPeriod OfMonth(int year, int month, TimeZoneInfo zone)
    {
        var first = new DateOnly(year, month, 1);
        return new(StartOf(first, zone), StartOf(first.AddMonths(1), zone));
    }

    /// <summary>
    /// The first instant the zone's clock reads <paramref name="day"/>'s midnight or later (<see cref="ZoneClock"/>, as
    /// the duty calendar): a midnight skipped by a DST jump starts the day at the jump, a repeated one at its first reading.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) =>
        ZoneClock.FirstInstantAtOrAfter(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
}
