using Hotline.Benchmarks;

namespace Hotline.Benchmarks.Tests;

public sealed class WaveHostSettingsTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly GeneratedProject[] Projects = [];

    [Fact]
    public void A_wave_registered_before_local_midnight_whose_window_opens_after_it_is_refused()
    {
        // 15:55 UTC is 23:55 in Shanghai; 16:05 UTC is 00:05 the next day there.
        var registeredFrom = new DateTimeOffset(2026, 12, 7, 15, 55, 0, TimeSpan.Zero);
        var opensAt = new DateTimeOffset(2026, 12, 7, 16, 5, 0, TimeSpan.Zero);

        var refused = Assert.Throws<InvalidOperationException>(() => WaveHostSettings.Environment(registeredFrom, opensAt, Shanghai, Projects, 600));
        Assert.Contains("before midnight", refused.Message);
    }

    [Fact]
    public void A_wave_registered_and_opened_on_the_same_local_day_opens_its_window_at_that_local_time()
    {
        // 16:01 UTC is 00:01 in Shanghai, 16:10 UTC is 00:10: both on 8 December there.
        var registeredFrom = new DateTimeOffset(2026, 12, 7, 16, 1, 0, TimeSpan.Zero);
        var opensAt = new DateTimeOffset(2026, 12, 7, 16, 10, 0, TimeSpan.Zero);

        var settings = WaveHostSettings.Environment(registeredFrom, opensAt, Shanghai, Projects, 600);

        Assert.Equal("00:10:00", settings["Hotline__Sla__DutyWindow__Start"]);
    }
}
