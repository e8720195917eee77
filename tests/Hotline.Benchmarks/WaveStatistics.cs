namespace Hotline.Benchmarks;

/// <summary>
/// The wave's figures over its deadlines: lateness (recorded − due, in ms; a firing before its due time counts as
/// negative so an early one shows) at p50, p99 and max over the recorded ones, how many were never recorded (missed) or
/// recorded more than once (doubled), and how long after the first due time the last one was recorded.
/// </summary>
public sealed record WaveStatistics(int Deadlines, double P50Ms, double P99Ms, double MaxMs, int Missed, int Doubled, double LastRecordedAfterFirstDueMs)
{
    public static WaveStatistics Of(IReadOnlyCollection<WaveSample> samples)
    {
        var recorded = samples.Where(s => s.RecordedAt is not null).ToArray();
        var lateness = recorded.Select(s => (s.RecordedAt!.Value - s.DueAt).TotalMilliseconds).Order().ToArray();
        var missed = samples.Count - recorded.Length;
        var doubled = samples.Count(s => s.Records > 1);
        if (lateness.Length == 0)
        {
            return new WaveStatistics(samples.Count, double.NaN, double.NaN, double.NaN, missed, doubled, double.NaN);
        }

        var firstDue = samples.Min(s => s.DueAt);
        var lastRecorded = recorded.Max(s => s.RecordedAt!.Value);
        return new WaveStatistics(samples.Count, Rank(lateness, 0.50), Rank(lateness, 0.99), lateness[^1], missed, doubled, (lastRecorded - firstDue).TotalMilliseconds);
    }

    /// <summary>Nearest rank: the smallest value with at least p of the values at or below it.</summary>
    private static double Rank(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
