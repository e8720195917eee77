using System.Globalization;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>The driver's attempts summed up per phase (RESULT lines) and per silo within a phase (notes).</summary>
public static class LoadReport
{
    public static void Add(string scenario, LoadDriver driver, FaultResults results)
    {
        var samples = driver.Samples.ToArray();
        var ends = driver.Results.ToArray();
        foreach (var phase in samples.Select(s => s.Phase).Distinct())
        {
            var inPhase = samples.Where(s => s.Phase == phase).ToArray();
            var prefix = $"{scenario}_{phase}";
            results.Add($"{prefix}_attempts", inPhase.Length, "requests");
            results.Add($"{prefix}_error_rate", 100.0 * inPhase.Count(IsError) / inPhase.Length, "%");
            results.Add($"{prefix}_latency_p50", Percentile(inPhase, 0.50), "ms");
            results.Add($"{prefix}_latency_p99", Percentile(inPhase, 0.99), "ms");
            results.Add($"{prefix}_latency_max", inPhase.Max(s => s.Latency.TotalMilliseconds), "ms");
            results.Add($"{prefix}_failed_after_retry", ends.Count(r => r.Phase == phase && !r.Acknowledged), "requests");
            foreach (var silo in inPhase.GroupBy(s => s.Silo).OrderBy(g => g.Key))
            {
                var outcomes = string.Join(", ", silo.GroupBy(s => s.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
                results.Note(string.Create(CultureInfo.InvariantCulture,
                    $"  {phase}, silo slot {silo.Key}: {silo.Count()} attempts ({outcomes}), p99 {Percentile(silo, 0.99):0} ms, max {silo.Max(s => s.Latency.TotalMilliseconds):0} ms"));
            }
        }
    }

    public static bool IsError(RequestSample sample) => sample.Outcome is not ("200" or "201");

    private static double Percentile(IEnumerable<RequestSample> samples, double p) => Percentiles.Of(samples.Select(s => s.Latency.TotalMilliseconds), p);
}
