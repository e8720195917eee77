using Hotline.TestKit;
using Xunit.Abstractions;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// One fault scenario's setting: a fresh database (optionally behind a <see cref="DatabaseGate"/>), a cluster of silos,
/// and the load driver running against it from the start. <see cref="StopAndCheck"/> stops the load, reports it and
/// runs the invariant checker; disposing kills every silo.
/// </summary>
public sealed class FaultRun : IAsyncDisposable
{
    public const int Workers = 6;

    /// <summary>The soak's length of each load phase (HOTLINE_FAULT_PHASE_SECONDS); zero in CI, where phases are counted in tickets.</summary>
    public static readonly TimeSpan SoakPhase = TimeSpan.FromSeconds(Number("HOTLINE_FAULT_PHASE_SECONDS", 0));

    /// <summary>How many silos (HOTLINE_FAULT_SILOS), 3 by default.</summary>
    public static readonly int Silos = (int)Number("HOTLINE_FAULT_SILOS", 3);

    /// <summary>How long the checker waits for due deadlines still being acted on: the start limit and more than the lateness bound (<see cref="InvariantChecker.LatenessBound"/>), so a late one is reported with its lateness.</summary>
    public static readonly TimeSpan Patience = FaultSettings.StartLimit + TimeSpan.FromSeconds(120);

    private readonly CancellationTokenSource _stop = new();
    private readonly ITestOutputHelper _output;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private Task _load = Task.CompletedTask;

    private FaultRun(string scenario, ITestOutputHelper output)
    {
        Scenario = scenario;
        _output = output;
        Results = new FaultResults(Log);
    }

    public string Scenario { get; }

    public string Database { get; private set; } = "";

    public DatabaseGate? Gate { get; private set; }

    public FaultCluster Cluster { get; private set; } = null!;

    public LoadDriver Driver { get; private set; } = null!;

    public FaultResults Results { get; }

    public static double Number(string variable, double fallback) =>
        double.TryParse(System.Environment.GetEnvironmentVariable(variable), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static async Task<FaultRun> StartAsync(string scenario, ITestOutputHelper output, bool gated = false)
    {
        var silos = Silos;
        var run = new FaultRun(scenario, output);
        run.Database = await TestPostgres.CreateDatabaseAsync(scenario);
        run.Gate = gated ? new DatabaseGate(run.Database) : null;
        run.Cluster = await FaultCluster.StartAsync(silos, run.Gate?.ConnectionString ?? run.Database, FaultSettings.Environment());
        run.Log($"{silos} silos ready");
        run.Driver = new LoadDriver(() => run.Cluster.Clients);
        run._load = run.Driver.RunAsync(Workers, run._stop.Token);
        return run;
    }

    /// <summary>
    /// Keeps the load on until <paramref name="tickets"/> more registrations are acknowledged and at least
    /// <paramref name="atLeast"/> has passed (in a soak, at least <see cref="SoakPhase"/>).
    /// </summary>
    public async Task Load(int tickets, TimeSpan atLeast = default)
    {
        var phase = System.Diagnostics.Stopwatch.StartNew();
        var length = atLeast > SoakPhase ? atLeast : SoakPhase;
        await Driver.Progress(tickets, TimeSpan.FromSeconds(120) + length);
        if (length - phase.Elapsed is { Ticks: > 0 } rest)
        {
            await Task.Delay(rest); // a phase's length under load, not a wait before an assertion
        }
    }

    /// <summary>Stops the load (in-flight tickets finish), reports it, and checks every invariant; returns the problems found.</summary>
    public async Task<IReadOnlyList<string>> StopAndCheck((DateTimeOffset From, DateTimeOffset To) fault)
    {
        await _stop.CancelAsync();
        await _load;
        Log($"load stopped: {Driver.Registered} tickets acknowledged");
        LoadReport.Add(Scenario, Driver, Results);
        var problems = await InvariantChecker.Check(Scenario, Driver, Cluster.Clients[0], Database, Patience, fault, Results);
        Log("checks done");
        return problems;
    }

    /// <summary>The problems, then the silos' last lines: the message of a failed assertion.</summary>
    public string Explain(IReadOnlyList<string> problems) =>
        $"{problems.Count} problem(s):\n{string.Join('\n', problems.Take(30))}\n{Cluster.Tails(12)}";

    public void Log(string message) => _output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0} s  {message}");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAny(_load, Task.Delay(TimeSpan.FromSeconds(60)));
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        if (Gate is not null)
        {
            await Gate.DisposeAsync();
        }

        _stop.Dispose();
    }
}
