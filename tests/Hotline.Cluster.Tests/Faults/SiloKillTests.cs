using Hotline.Cluster.Tests.Crash;
using Xunit.Abstractions;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// kill -9 of one of three silos under load (issue 14): the survivors keep serving, a silo started right after the
/// kill joins within 30 s (the Hotline:Cluster failure-detection defaults), every acknowledged ticket keeps its whole
/// timeline, and every start deadline (A10.1.3.1) that fell due, also while the silo was down, is breached once, at
/// most 90 s late (<see cref="InvariantChecker.LatenessBound"/>).
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class SiloKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan JoinBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A10_1_3_1_SiloKilledUnderLoad_NothingAcknowledgedLost_DueDeadlinesBreachedOnce_NewSiloJoinsWithin30s()
    {
        await using var run = await FaultRun.StartAsync("kill9", output);
        await run.Load(24, FaultSettings.StartLimit); // the first unstarted tickets fall due from now on

        run.Driver.Phase = "failover";
        var killedAt = DateTimeOffset.UtcNow;
        var killed = run.Cluster[1];
        await killed.Kill();
        run.Log("silo slot 1 killed with SIGKILL; starting its replacement");
        var declaredDead = run.Cluster.DeclaredDead(killed, TimeSpan.FromSeconds(120));
        var joined = await run.Cluster.Start(1);
        var backAt = DateTimeOffset.UtcNow;
        var dead = await declaredDead;
        run.Log($"killed silo declared dead after {dead.TotalSeconds:0.0} s; replacement (from its process start) listed {joined.Listed?.TotalSeconds:0.0} s, "
            + $"Active {joined.Active?.TotalSeconds:0.0} s, running {joined.Running.TotalSeconds:0.0} s, ready {joined.Ready.TotalSeconds:0.0} s");
        run.Results.Add("kill9_declared_dead_after_kill", dead.TotalSeconds, "s");
        run.Results.Add("kill9_join", joined.Join?.TotalSeconds ?? double.NaN, "s");
        run.Results.Add("kill9_process_start_to_ready", joined.Ready.TotalSeconds, "s");

        run.Driver.Phase = "after";
        await run.Load(24);
        var problems = await run.StopAndCheck((killedAt, backAt));

        Assert.True(problems.Count == 0, run.Explain(problems));
        Assert.True(joined.Join < JoinBound, $"the new silo took {joined.Join} from listed to Active, more than {JoinBound}\n{run.Cluster[1].Tail(60)}");
        var survivors = run.Driver.Samples.Where(s => s.Phase == "failover" && s.Silo != 1).ToList();
        Assert.Contains(survivors, s => !LoadReport.IsError(s));
        Assert.DoesNotContain(run.Driver.Samples, s => s.Outcome == "500");
    }
}
