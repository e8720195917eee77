namespace Hotline.Benchmarks;

/// <summary>Percentiles of the search and report timings (the open loop keeps its own over sorted latencies).</summary>
public static class Percentiles
{
    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
    }
}
