using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.Tests.Overview;

/// <summary>
/// A local day starts at the first instant the clock reads its midnight or later, as in the duty calendar. A zone at
/// UTC−3 that springs forward at 00:00 on 4 October (00:00 → 01:00) and falls back at 01:00 on 15 February
/// (01:00 → 00:00, so 00:00–01:00 is read twice); instants worked by hand.
/// </summary>
public sealed class ReportPeriodDstTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone(
        "Test/MidnightDst", TimeSpan.FromHours(-3), "Test midnight DST", "Test standard", "Test daylight",
        [TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2000, 1, 1), new DateTime(2099, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 10, 4),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 1, 0, 0), 2, 15))]);

    [Fact]
    public void A_skipped_midnight_starts_the_day_at_the_jump()
    {
        Assert.True(Zone.IsInvalidTime(new DateTime(2026, 10, 4, 0, 0, 0)));
        // 23:59:59.999… at UTC−3 is 02:59:59Z; the clock then reads 01:00 at UTC−2, i.e. 03:00Z.
        Assert.Equal(new DateTimeOffset(2026, 10, 4, 3, 0, 0, TimeSpan.Zero), ReportPeriod.StartOf(new DateOnly(2026, 10, 4), Zone));
    }

    [Fact]
    public void A_repeated_midnight_starts_the_day_at_its_first_reading()
    {
        Assert.True(Zone.IsAmbiguousTime(new DateTime(2027, 2, 15, 0, 0, 0)));
        // First read at UTC−2 (still daylight): 02:00Z, not 03:00Z (its second reading at UTC−3).
        Assert.Equal(new DateTimeOffset(2027, 2, 15, 2, 0, 0, TimeSpan.Zero), ReportPeriod.StartOf(new DateOnly(2027, 2, 15), Zone));

        // 14 February runs from 00:00 at UTC−2 (02:00Z on the 14th) to 02:00Z on the 15th: 24 hours, not 25.
        var day = ReportPeriod.OfDays(new DateOnly(2027, 2, 14), new DateOnly(2027, 2, 14), Zone);
        Assert.Equal(new DateTimeOffset(2027, 2, 14, 2, 0, 0, TimeSpan.Zero), day.From);
        Assert.Equal(TimeSpan.FromHours(24), day.To - day.From);
    }
}
