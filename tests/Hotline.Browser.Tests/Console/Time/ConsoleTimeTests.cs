using Hotline.WebConsole.Session;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Browser.Tests.Console.Time;

/// <summary>The console's one conversion between the business time zone (Asia/Shanghai, UTC+8) and instants, worked by hand.</summary>
public sealed class ConsoleTimeTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void I13_Today_IsTheBusinessDate_NotUtcs()
    {
        // 16:30 UTC on 5 Dec is 00:30 on 6 Dec in Shanghai; 15:59 UTC is still 23:59 on 5 Dec there.
        var afterMidnight = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 12, 6), new ConsoleTime(Shanghai, afterMidnight).Today);
        var beforeMidnight = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 12, 5), new ConsoleTime(Shanghai, beforeMidnight).Today);
    }

    [Fact]
    public void I13_ATypedWallClockTime_IsReadInTheBusinessZone_WhateverItsKind()
    {
        var time = new ConsoleTime(Shanghai, new FakeTimeProvider());
        // 08:00 in Shanghai is midnight UTC, both for a browser's zone-less value and for one a binder marked local or UTC.
        var midnightUtc = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(midnightUtc, time.Instant(new DateTime(2026, 12, 7, 8, 0, 0, DateTimeKind.Unspecified)));
        Assert.Equal(midnightUtc, time.Instant(new DateTime(2026, 12, 7, 8, 0, 0, DateTimeKind.Local)));
        Assert.Equal(midnightUtc, time.Instant(new DateTime(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.Zero, time.Instant(new DateTime(2026, 12, 7, 8, 0, 0)).Offset);
        // Seen again on the page, it is the time that was typed.
        Assert.Equal("2026-12-07 08:00", time.Local(midnightUtc));
    }
}
