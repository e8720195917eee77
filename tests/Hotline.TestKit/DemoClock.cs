using Microsoft.Extensions.Time.Testing;

namespace Hotline.TestKit;

public static class DemoClock
{
    /// <summary>A fake clock at a fixed, ordinary working moment: Friday 2026-11-27 10:00 Asia/Shanghai.</summary>
    public static FakeTimeProvider Create() => new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
}
