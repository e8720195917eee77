namespace Hotline.Kernel;

/// <summary>
/// Turns local wall-clock readings of a zone into instants, defined even across DST switches. In the kernel so the
/// duty calendar (Tickets) and report periods (Reporting) start a local day at the same instant.
/// </summary>
public static class ZoneClock
{
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The first instant at which the zone's clock reads <paramref name="local"/> or later: a repeated
    /// reading (clocks turned back) counts at its first occurrence; a skipped one (clocks turned
    /// forward) at the moment of the jump. Monotonic in <paramref name="local"/>, so windows never invert.
    /// </summary>
    public static DateTimeOffset FirstInstantAtOrAfter(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max()).ToUniversalTime();
        }

        return zone.IsInvalidTime(local) ? MomentOfJumpOver(local, zone) : new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    // TimeZoneInfo does not expose transition instants, so bisect between the readings on either side of the gap.
    private static DateTimeOffset MomentOfJumpOver(DateTime local, TimeZoneInfo zone)
    {
        var offsetBefore = zone.GetUtcOffset(local.AddHours(-12));
        var offsetAfter = zone.GetUtcOffset(local.AddHours(12));
        var earlier = local.Ticks - offsetAfter.Ticks; // still before the jump: reads earlier than local
        var later = local.Ticks - offsetBefore.Ticks; // after the jump: reads later than local
        if (earlier >= later)
        {
            return new DateTimeOffset(later, TimeSpan.Zero);
        }

        while (later - earlier > 1)
        {
            var middle = earlier + ((later - earlier) / 2);
            var reading = TimeZoneInfo.ConvertTimeFromUtc(new DateTime(middle, DateTimeKind.Utc), zone);
            if (reading >= local)
            {
                later = middle;
            }
            else
            {
                earlier = middle;
            }
        }

        return new DateTimeOffset(later, TimeSpan.Zero);
    }
}
