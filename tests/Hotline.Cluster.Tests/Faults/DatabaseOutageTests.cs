using System.Diagnostics;
using Hotline.Cluster.Tests.Crash;
using Xunit.Abstractions;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// The database unreachable under load (issue 14), through a gate in front of it that cuts every silo's connections:
/// requests fail fast with 503 and Retry-After (no 500, none hung), every silo's readiness says so, and when the
/// database is back the cluster recovers by itself: readiness, new registrations, and the start deadlines (A10.1.3.1)
/// that fell due during the outage breached once; nothing acknowledged before is lost.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    /// <summary>The CI's outage; the soak runs 30 s.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(FaultRun.Number("HOTLINE_FAULT_OUTAGE_SECONDS", 12));

    [Fact]
    public async Task A10_1_3_1_DatabaseOutageUnderLoad_503WithRetryAfter_ReadinessReports_RecoversByItself_NothingLost()
    {
        await using var run = await FaultRun.StartAsync("dboutage", output, gated: true);
        await run.Load(24, FaultSettings.StartLimit); // the first unstarted tickets fall due from now on

        run.Driver.Phase = "outage";
        var from = DateTimeOffset.UtcNow;
        var outage = Stopwatch.StartNew();
        run.Gate!.Close();
        run.Log("database gate closed");
        await Task.WhenAll(run.Cluster.Clients.Select(c => Readiness.Wait(c, 503, TimeSpan.FromSeconds(60))));
        run.Log("every silo's readiness answers 503");
        if (Outage - outage.Elapsed is { Ticks: > 0 } rest)
        {
            await Task.Delay(rest); // the outage's length: how long the fault lasts, not a wait before an assertion
        }

        run.Gate.Open();
        run.Driver.Phase = "recovered";
        var to = DateTimeOffset.UtcNow;
        run.Log($"database gate open again after {outage.Elapsed.TotalSeconds:0.0} s");
        var recovery = Stopwatch.StartNew();
        await Task.WhenAll(run.Cluster.Clients.Select(c => Readiness.Wait(c, 200, TimeSpan.FromSeconds(120))));
        run.Results.Add("dboutage_ready_after_database_back", recovery.Elapsed.TotalSeconds, "s");
        await run.Load(24);
        run.Results.Add("dboutage_24_registrations_after_database_back", recovery.Elapsed.TotalSeconds, "s");
        var problems = await run.StopAndCheck((from, to));

        // A 500 is a storage failure the host did not classify as an outage (issue 14 asks for none): its evidence first.
        var errors = run.Driver.Samples.Count(s => s.Outcome == "500");
        run.Results.Add("dboutage_500_answers", errors, "requests");
        foreach (var line in errors > 0 ? run.Cluster.Lines("unhandled exception", 6) : [])
        {
            run.Log(line);
        }

        Assert.True(problems.Count == 0, run.Explain(problems));
        Assert.True(errors == 0, $"{errors} request(s) answered 500 (see the silos' unhandled exception lines above)");
        var during = run.Driver.Samples.Where(s => s.Phase == "outage").ToList();
        Assert.Contains(during, s => s.Outcome == "503");
        // None hangs: every attempt during the outage got an answer.
        Assert.All(during, s => Assert.True(s.Outcome is "503" or "200" or "201", $"{s.Command} to slot {s.Silo} answered {s.Outcome} after {s.Latency} during the outage"));
        Assert.All(during.Where(s => s.Outcome == "503"), s => Assert.True(s.RetryAfter, $"a 503 to {s.Command} without Retry-After"));
    }
}
