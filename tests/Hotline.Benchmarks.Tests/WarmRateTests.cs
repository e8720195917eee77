using Microsoft.Extensions.Time.Testing;

namespace Hotline.Benchmarks.Tests;

/// <summary>The warm rate counts only what completed after the first fifth, over the time from the fifth to the last.</summary>
public sealed class WarmRateTests
{
    [Fact]
    public void PerSecond_counts_the_items_after_the_first_fifth_over_their_own_time()
    {
        var time = new FakeTimeProvider();
        var rate = new WarmRate(10, time);
        // The first fifth (2 items) is slow: 10 s each; then 8 items, one every 0.5 s.
        time.Advance(TimeSpan.FromSeconds(10));
        rate.Completed();
        time.Advance(TimeSpan.FromSeconds(10));
        rate.Completed();
        Assert.Equal(0, rate.PerSecond);
        for (var i = 0; i < 8; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            rate.Completed();
        }

        // 8 items in the 4 s from the second completion to the last: 2 a second (the whole run's would be 10 / 24 s).
        Assert.Equal(2.0, rate.PerSecond, precision: 9);
    }
}
