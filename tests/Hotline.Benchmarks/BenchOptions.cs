using System.Globalization;

namespace Hotline.Benchmarks;

/// <summary>What one run measures and for how long; <c>--quick</c> is the CI smoke size, the defaults are the full run.</summary>
public sealed record BenchOptions
{
    public bool Quick { get; init; }

    /// <summary>Ticket volumes (cumulative) at which intake is measured again after the empty one.</summary>
    public IReadOnlyList<int> Preload { get; init; } = [100_000, 1_000_000];

    public int Clients { get; init; } = 64;

    public int Projects { get; init; } = 500;

    public int Households { get; init; } = 200_000;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Measure { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan PgBench { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest time the deadline wave's registration step may take (the intake preload is SQL and has no budget).</summary>
    public TimeSpan PreloadBudget { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Tickets activated (after a host restart) to measure managed memory per activated ticket grain.</summary>
    public int MemoryTickets { get; init; } = 5_000;

    public bool KeepFolder { get; init; }

    /// <summary>List rows the search step fills <c>ticket_list</c> up to (by SQL) before measuring search again.</summary>
    public int SearchRows { get; init; } = 1_000_000;

    /// <summary>
    /// On by default (<c>--no-reports</c> turns it off): the run fills the query store with <see cref="ReportTickets"/> tickets
    /// over 12 months and measures the reports (ReportingMeasurements).
    /// </summary>
    public bool Reports { get; init; } = true;

    /// <summary>Tickets written straight into the query store (12 months before now) for the report measurements.</summary>
    public int ReportTickets { get; init; } = 1_000_000;

    /// <summary>Measured rounds of the bulletin and of the weekly drafting (a distinct week each); the overviews run ten times as many.</summary>
    public int ReportRounds { get; init; } = 5;

    /// <summary>Issue 14's deadline wave instead of the intake run: this many start clocks (0: no wave), see WaveRun.</summary>
    public int Wave { get; init; }

    /// <summary>Silo processes the wave runs on (one PostgreSQL, one cluster); the registrations go to their APIs in turn.</summary>
    public int WaveSilos { get; init; } = 1;

    /// <summary>How many of the silos take the registrations (the first ones); 0: every silo.</summary>
    public int WaveDoors { get; init; }

    /// <summary>Over how many seconds the wave's due times are spread (0: all due at one instant).</summary>
    public int WaveSpread { get; init; }

    /// <summary>How long after the host is ready the duty window opens (the wave's tickets are registered before); null: worked out from the wave size.</summary>
    public TimeSpan? WaveLead { get; init; }

    /// <summary>How long after the last due time a deadline not yet recorded still counts as late rather than missed (both Hotline and the peer).</summary>
    public TimeSpan WavePatience { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Whether the wave's tickets name a household (<c>--wave-without-households</c>: none, so no same-issue counting) and
    /// an owner's phone (<c>--wave-without-owner-phones</c>: none, so no owner message): to measure what each costs a registration.
    /// </summary>
    public bool WaveHouseholds { get; init; } = true;

    /// <inheritdoc cref="WaveHouseholds"/>
    public bool WaveOwnerPhones { get; init; } = true;

    /// <summary>
    /// Whether the host has an SMS gateway (a stand-in in the harness that accepts every message), so that owners'
    /// acknowledgements and staff notices also go out by SMS as in a deployment with one; <c>--wave-without-sms</c>: none,
    /// the shape of the runs before 2026-12-08 (owner messages fail at their one attempt, staff get inbox items only).
    /// </summary>
    public bool WaveSms { get; init; } = true;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--quick")
            ? new BenchOptions
            {
                Quick = true, Preload = [1_000], Warmup = TimeSpan.FromSeconds(2), Measure = TimeSpan.FromSeconds(6),
                PgBench = TimeSpan.FromSeconds(5), PreloadBudget = TimeSpan.FromSeconds(45), MemoryTickets = 500,
                SearchRows = 100_000, ReportTickets = 20_000, ReportRounds = 2,
            }
            : new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            TimeSpan Seconds() => TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture));
            options = args[i] switch
            {
                "--quick" => options,
                "--preload" => options with { Preload = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).Order()] },
                "--clients" => options with { Clients = Int() },
                "--projects" => options with { Projects = Int() },
                "--households" => options with { Households = Int() },
                "--warmup" => options with { Warmup = Seconds() },
                "--seconds" => options with { Measure = Seconds() },
                "--pgbench-seconds" => options with { PgBench = Seconds() },
                "--preload-budget-minutes" => options with { PreloadBudget = TimeSpan.FromMinutes(Int()) },
                "--memory-tickets" => options with { MemoryTickets = Int() },
                "--search-rows" => options with { SearchRows = Int() },
                "--no-reports" => options with { Reports = false },
                "--report-tickets" => options with { ReportTickets = Int() },
                "--report-rounds" => options with { ReportRounds = Int() },
                "--wave" => options with { Wave = Int() },
                "--wave-spread" => options with { WaveSpread = Int() },
                "--wave-silos" => options with { WaveSilos = Int() },
                "--wave-doors" => options with { WaveDoors = Int() },
                "--wave-lead" => options with { WaveLead = Seconds() },
                "--wave-patience" => options with { WavePatience = Seconds() },
                "--wave-without-households" => options with { WaveHouseholds = false },
                "--wave-without-owner-phones" => options with { WaveOwnerPhones = false },
                "--wave-without-sms" => options with { WaveSms = false },
                "--keep" => options with { KeepFolder = true },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options.Projects <= 0 || options.Households < options.Projects || options.Clients <= 0 || options.ReportTickets <= 0 || options.ReportRounds <= 0
            || options.Wave < 0 || options.WaveSpread < 0 || options.WaveSilos <= 0 || options.WaveDoors < 0 || options.WaveDoors > options.WaveSilos
            ? throw new ArgumentException("--projects, --clients, --report-tickets, --report-rounds and --wave-silos must be positive, --wave and --wave-spread not negative, --wave-doors at most --wave-silos and --households at least --projects")
            : options;
    }

    public const string Usage =
        "usage: ./hotline bench [--quick] [--preload 100000,1000000] [--clients 64] [--projects 500] [--households 200000]\n" +
        "         [--warmup s] [--seconds s] [--pgbench-seconds s] [--memory-tickets n] [--search-rows n]\n" +
        "         [--no-reports] [--report-tickets n] [--report-rounds n] [--keep]\n" +
        "       ./hotline bench --wave N [--wave-spread 0|600] [--wave-silos n] [--wave-doors n] [--wave-lead s] [--wave-patience s] [--wave-without-households] [--wave-without-owner-phones] [--wave-without-sms] [--projects n] [--clients n] [--pgbench-seconds s] [--keep]";
}
