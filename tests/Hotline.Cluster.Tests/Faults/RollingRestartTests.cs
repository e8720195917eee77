using Hotline.Cluster.Tests.Crash;
using Xunit.Abstractions;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// A rolling restart under load (issue 14): each of three silos in turn stopped with SIGTERM (it drains and leaves
/// the cluster; exit code 0) and started again. No request fails beyond the client's one retry, nothing acknowledged
/// is lost, and every start deadline (A10.1.3.1) that fell due meanwhile is breached once.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class RollingRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A10_1_3_1_RollingRestartWithSigterm_NoRequestFailsBeyondOneRetry_NoDeadlineMissed()
    {
        await using var run = await FaultRun.StartAsync("rolling", output);
        await run.Load(18, FaultSettings.StartLimit); // the first unstarted tickets fall due from now on

        run.Driver.Phase = "rolling";
        var from = DateTimeOffset.UtcNow;
        var exitCodes = new List<int>();
        for (var slot = 0; slot < run.Cluster.Size; slot++)
        {
            var stopping = System.Diagnostics.Stopwatch.StartNew();
            exitCodes.Add(await run.Cluster[slot].Terminate());
            var stopped = stopping.Elapsed;
            run.Results.Add($"rolling_stop_silo{slot}", stopped.TotalSeconds, "s");
            var ready = await run.Cluster.Start(slot);
            run.Results.Add($"rolling_join_silo{slot}", ready.Join?.TotalSeconds ?? double.NaN, "s");
            run.Results.Add($"rolling_process_start_to_ready_silo{slot}", ready.Ready.TotalSeconds, "s");
            run.Log($"slot {slot}: stopped (exit {exitCodes[^1]}) in {stopped.TotalSeconds:0.0} s; new silo listed {ready.Listed?.TotalSeconds:0.0} s, Active {ready.Active?.TotalSeconds:0.0} s, ready {ready.Ready.TotalSeconds:0.0} s after its start");
            await run.Load(6);
        }

        run.Driver.Phase = "after";
        var to = DateTimeOffset.UtcNow;
        await run.Load(12);
        var problems = await run.StopAndCheck((from, to));

        Assert.True(problems.Count == 0, run.Explain(problems));
        Assert.All(exitCodes, code => Assert.Equal(0, code));
        var failed = run.Driver.Results.Where(r => !r.Acknowledged).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} request(s) failed after the retry: {string.Join(", ", failed.Take(10).Select(f => $"{f.Phase} {f.Command} {f.Outcome} ({f.Detail})"))}");
    }
}
