namespace Hotline.Cluster.Tests.Faults;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile (p in 0..1) of the values; 0 when there are none.</summary>
    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
