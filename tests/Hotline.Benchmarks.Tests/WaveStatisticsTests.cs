namespace Hotline.Benchmarks.Tests;

/// <summary>The wave's figures from hand-made samples, the expected values worked out by hand (nearest-rank percentiles).</summary>
public sealed class WaveStatisticsTests
{
    private static readonly DateTimeOffset T = new(2026, 12, 5, 0, 10, 0, TimeSpan.Zero);

    [Fact]
    public void Lateness_percentiles_missed_doubled_and_last_recorded_come_from_the_samples()
    {
        WaveSample[] samples =
        [
            new(T, T.AddMilliseconds(100), 1),
            new(T, T.AddMilliseconds(300), 1),
            new(T.AddSeconds(1), T.AddMilliseconds(1_200), 2), // recorded twice: doubled
            new(T.AddSeconds(2), null, 0), // never recorded: missed
            new(T.AddSeconds(2), T.AddMilliseconds(2_050), 1),
        ];

        var stats = WaveStatistics.Of(samples);

        // Recorded lateness 100, 300, 200, 50 -> sorted 50, 100, 200, 300: p50 is the 2nd, p99 the 4th.
        Assert.Equal(new WaveStatistics(5, 100, 300, 300, Missed: 1, Doubled: 1, LastRecordedAfterFirstDueMs: 2_050), stats);
    }

    [Fact]
    public void P99_of_a_hundred_is_the_99th_smallest_and_an_early_firing_counts_negative()
    {
        var samples = Enumerable.Range(1, 100).Select(ms => new WaveSample(T, T.AddMilliseconds(ms == 1 ? -5 : ms), 1)).ToArray();

        var stats = WaveStatistics.Of(samples);

        Assert.Equal((50, 99, 100, 0, 0), (stats.P50Ms, stats.P99Ms, stats.MaxMs, stats.Missed, stats.Doubled));
        Assert.Equal(100, stats.LastRecordedAfterFirstDueMs);
    }

    [Fact]
    public void A_start_clock_is_read_from_the_timeline_with_its_breach_entries_counted()
    {
        const string timeline = """
            {"ticketId":"7d8f0a52-52e4-4d36-9f4c-2b7f0a2d8c11",
             "entries":[{"at":"2026-12-05T00:00:00+00:00","actor":{},"action":"registered","note":null},
                        {"at":"2026-12-05T00:10:00.250+00:00","actor":{},"action":"breach","note":"Start"},
                        {"at":"2026-12-05T00:10:01+00:00","actor":{},"action":"breach","note":"Contact, Start"},
                        {"at":"2026-12-05T01:10:00+00:00","actor":{},"action":"breach","note":"Contact"}],
             "clocks":[{"kind":"Contact","dueAt":"2026-12-05T01:10:00+00:00","breachRecordedAt":null},
                       {"kind":"Start","dueAt":"2026-12-05T00:10:00+00:00","breachRecordedAt":"2026-12-05T00:10:00.250+00:00"}]}
            """;

        var sample = WaveTimelines.StartClock(timeline);

        Assert.Equal(new WaveSample(T, T.AddMilliseconds(250), 2), sample);
    }
}
