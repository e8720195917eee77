using System.Diagnostics;

namespace Hotline.Benchmarks;

/// <summary>
/// Registrations sent at a fixed rate whatever the answers (open loop), each timed from the moment it was due, so a host
/// that falls behind shows it in the latency instead of slowing the sender (no coordinated omission).
/// </summary>
public sealed class OpenLoop(HotlineApi api, Complaints complaints)
{
    public sealed record Outcome(int Sent, int Errors, double P50Ms, double P99Ms);

    public async Task<Outcome> MeasureAsync(double perSecond, TimeSpan window, CancellationToken ct)
    {
        var count = Math.Max(1, (int)(perSecond * window.TotalSeconds));
        var latencies = new double[count];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var requests = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, ct);
            }

            var slot = i;
            var body = complaints.Next();
            requests.Add(Task.Run(async () =>
            {
                bool ok;
                try
                {
                    ok = await api.RegisterAsync(body, ct);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    api.Failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                    ok = false;
                }

                latencies[slot] = (clock.Elapsed - due).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }, ct));
        }

        await Task.WhenAll(requests);
        Array.Sort(latencies);
        return new Outcome(count, errors, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
