using Hotline.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Notifications.Tests.Support;

/// <summary>Moves the shared fake clock forward to a Shanghai time of day (it never goes back).</summary>
internal static class BusinessClock
{
    /// <summary>To the next <paramref name="hour"/>:<paramref name="minute"/> Shanghai, unless the clock is within 20 minutes after it.</summary>
    public static DateTimeOffset AdvanceToNext(FakeTimeProvider clock, int hour, int minute = 0)
    {
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Demo.Zone);
        var target = new DateTimeOffset(now.Date.AddHours(hour).AddMinutes(minute), now.Offset);
        if (now >= target && now - target < TimeSpan.FromMinutes(20))
        {
            return now;
        }

        clock.Advance(target > now ? target - now : target.AddDays(1) - now);
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Demo.Zone);
    }
}
