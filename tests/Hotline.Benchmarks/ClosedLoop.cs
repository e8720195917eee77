using System.Diagnostics;

namespace Hotline.Benchmarks;

/// <summary>
/// <see cref="Clients"/> clients, each sending its next registration as soon as the last one is answered: the peak rate.
/// Only registrations completed inside the measured window count; the warm-up's are not counted.
/// </summary>
public sealed class ClosedLoop(HotlineApi api, Complaints complaints, int clients)
{
    public int Clients => clients;

    public sealed record Outcome(int Created, int Errors, double PerSecond);

    public async Task<Outcome> MeasureAsync(TimeSpan warmup, TimeSpan window, CancellationToken ct)
    {
        // A window in which nothing completed measures nothing (a cold host on a loaded machine, as in CI's smoke run):
        // it goes on, for two minutes at most, until one registration completes, and the rate is over its real length.
        var clock = Stopwatch.StartNew();
        var end = warmup + window;
        var longest = end + TimeSpan.FromMinutes(2);
        var created = 0;
        var errors = 0;
        var lastCounted = end;
        bool Open(TimeSpan at) => at < end || (Volatile.Read(ref created) == 0 && at < longest);
        await RunAsync(() => Open(clock.Elapsed), ok =>
        {
            var at = clock.Elapsed;
            if (at >= warmup && Open(at))
            {
                Interlocked.Increment(ref ok ? ref created : ref errors);
                if (at > end)
                {
                    lastCounted = at;
                }
            }
        }, ct);
        var measured = lastCounted - warmup;
        return new Outcome(created, errors, created / measured.TotalSeconds);
    }

    /// <summary>
    /// Registers until <paramref name="target"/> were created or <paramref name="budget"/> ran out; prints progress every 15 s.
    /// <paramref name="warm"/>, when given, times the registrations after the first fifth.
    /// </summary>
    public async Task<(int Created, int Errors)> PreloadAsync(int target, TimeSpan budget, Action<string> progress, CancellationToken ct, WarmRate? warm = null)
    {
        var clock = Stopwatch.StartNew();
        var created = 0;
        var errors = 0;
        using var ticker = new CancellationTokenSource();
        var report = Task.Run(async () =>
        {
            var last = 0;
            var interval = TimeSpan.FromSeconds(15);
            while (!ticker.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(interval, ticker.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                var now = Volatile.Read(ref created);
                progress($"preload {now}/{target} after {clock.Elapsed.TotalSeconds:0} s: {(now - last) / interval.TotalSeconds:0.0} registrations/s in the last {interval.TotalSeconds:0} s, {Volatile.Read(ref errors)} errors");
                last = now;
            }
        });
        var started = 0;
        // A failed registration gives its slot back, so the step ends at the target unless the budget runs out.
        await RunAsync(() => Interlocked.Increment(ref started) <= target && clock.Elapsed < budget, ok =>
        {
            Interlocked.Increment(ref ok ? ref created : ref errors);
            if (ok)
            {
                warm?.Completed();
            }
            else
            {
                Interlocked.Decrement(ref started);
            }
        }, ct);
        await ticker.CancelAsync();
        await report;
        return (created, errors);
    }

    private async Task RunAsync(Func<bool> more, Action<bool> done, CancellationToken ct)
    {
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (more())
            {
                bool ok;
                try
                {
                    ok = await api.RegisterAsync(complaints.Next(), ct);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    api.Failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                    ok = false;
                }

                done(ok);
            }
        }, ct)));
    }
}
