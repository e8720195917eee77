using System.Security.Cryptography;
using Hotline.Storage.Connections;
using Hotline.Storage.Embedded;
using Hotline.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Benchmarks;

/// <summary>
/// Issue 14's deadline wave (<c>./hotline bench --wave N</c>): N tickets registered through the API before the duty window
/// opens (WaveHostSettings), so their start clocks fall due together (or spread), on the real clock, on one silo or a
/// cluster of several (<c>--wave-silos</c>); the breaches Hotline records are read back and compared with their due
/// times. The host sends its SMS to a stand-in gateway in this process (unless <c>--wave-without-sms</c>), and the owners'
/// and staff's messages are read back too (WaveOwnerMessages, WaveStaffSms). Then the silos are stopped and the same
/// due-time shape is scheduled as Quartz.NET jobs on the same PostgreSQL (QuartzPeer). Cleans up as BenchRun does.
/// </summary>
public sealed class WaveRun(BenchOptions options, Report report)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"hotline-bench-{Environment.ProcessId}");

    public async Task RunAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(_folder);
        EmbeddedPostgres? postgres = null;
        var n = options.Wave;
        var spread = options.WaveSpread;
        var name = options.WaveSilos == 1 ? $"wave{spread}"
            : options.WaveDoors is 0 || options.WaveDoors == options.WaveSilos ? $"wave{spread}_silos{options.WaveSilos}"
            : $"wave{spread}_silos{options.WaveSilos}_doors{options.WaveDoors}";
        try
        {
            report.Note($"{Environment.ProcessorCount} cores; wave of {n} start clocks, spread {spread} s, on {options.WaveSilos} silo(s); started {TimeProvider.System.GetUtcNow():u}; folder {_folder}");
            postgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataFolder = Path.Combine(_folder, "pg") }, NullLogger.Instance, ct);
            var tps = await PgBench.RunAsync(await postgres.CreateDatabaseAsync("pgbench", ct), _folder, options.Clients, options.PgBench, ct);
            report.Add("pgbench_tps", tps, "tx/s", $"single-row upsert, {options.Clients} clients, {options.PgBench.TotalSeconds:0} s");
            var organisation = Path.Combine(_folder, "organisation.json");
            var projects = GeneratedOrganisation.Write(organisation, options.Projects, options.Households);

            // The window opens once the tickets are in (the default lead allows 10 a second; --wave-lead for faster runs).
            var lead = options.WaveLead ?? TimeSpan.FromSeconds(90 + n / 10.0);
            var registeredFrom = TimeProvider.System.GetUtcNow();
            var opensAt = DateTimeOffset.FromUnixTimeSeconds((registeredFrom + lead).ToUnixTimeSeconds() + 1);
            var settings = WaveHostSettings.Environment(registeredFrom, opensAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), projects, spread);
            // The SMS go to a stand-in gateway that accepts them, as a real one would: each owner's acknowledgement is
            // delivered and recorded on its ticket, and each staff notification goes to the person's phone too, as part
            // of what a registration and the morning cost.
            using var gateway = options.WaveSms ? new FakeSmsGateway() : null;
            if (gateway is not null)
            {
                settings["Hotline__Channels__SmsGateway__Url"] = gateway.Url;
            }

            report.Note($"duty window opens {opensAt:HH:mm:ss} UTC; first start clocks due {opensAt + WaveHostSettings.StartLimit:HH:mm:ss} UTC");
            WaveSample[] hotline;
            Guid[] ids;
            var logs = Enumerable.Range(1, options.WaveSilos).Select(i => Path.Combine(_folder, i == 1 ? "host.log" : $"host-{i}.log")).ToArray();
            var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var hosts = new List<HostChild>();
            try
            {
                // The first silo creates the accounts and prints the agent's password; the others join once it has.
                hosts.Add(await HostChild.StartAsync(postgres.ConnectionString, organisation, signingKey, logs[0], ct, settings));
                var password = await WaitForPasswordAsync(hosts[0], ct);
                foreach (var log in logs.Skip(1))
                {
                    hosts.Add(await HostChild.StartAsync(postgres.ConnectionString, organisation, signingKey, log, ct, settings));
                }

                (ids, hotline) = await HotlineWaveAsync(hosts, password, postgres.ConnectionString, projects, opensAt, name, ct);
            }
            finally
            {
                foreach (var host in hosts)
                {
                    await host.DisposeAsync();
                }
            }

            var stats = WaveStatistics.Of(hotline);
            Add($"{name}_hotline", stats);
            await AddNoticesAsync(postgres.ConnectionString, ids, hotline, logs, name, ct);
            if (gateway is not null)
            {
                await AddSmsAsync(postgres.ConnectionString, ids, gateway, name, ct);
            }

            // The same shape of due times for the peer, starting far enough ahead for its scheduling to finish first.
            var firstDue = hotline.Min(s => s.DueAt);
            var peerStart = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(30 + n / 250.0);
            var dueTimes = hotline.Select(s => peerStart + (s.DueAt - firstDue)).ToArray();
            // The peer's connections get the same pool settings as the silos' (prepared statements, no reset on return).
            var quartzDatabase = PooledConnectionDefaults.Apply(await postgres.CreateDatabaseAsync("quartz", ct));
            var peer = await new QuartzPeer(quartzDatabase, options.Clients, report.Note).RunAsync(dueTimes, options.WavePatience, ct);
            report.Add($"{name}_quartz_scheduling_per_s", peer.SchedulingPerSecond, "jobs/s",
                $"{n} one-shot jobs by {options.Clients} callers in {peer.SchedulingTook.TotalSeconds:0.0} s; {peer.SchedulingPerSecond / tps:0.0000} x pgbench");
            report.Add($"{name}_quartz_scheduling_per_s_after_first_fifth", peer.WarmSchedulingPerSecond, "jobs/s",
                $"the same run, from the job that completed the first fifth to the last; {peer.WarmSchedulingPerSecond / tps:0.0000} x pgbench");
            if (peer.WarmCpuPerJob is { } cpu)
            {
                report.Add($"{name}_quartz_machine_cpu_per_job", cpu.MachineMs, "ms",
                    "busy CPU of every core after the first fifth, per job scheduled: Quartz and its callers (this process) and PostgreSQL");
            }

            Add($"{name}_quartz", peer.Statistics);
            report.PrintSummary();
        }
        catch when (File.Exists(Path.Combine(_folder, "host.log")))
        {
            RunFolder.ShowHostLog(_folder);

            throw;
        }
        finally
        {
            if (postgres is not null)
            {
                await postgres.StopAsync();
            }

            if (!options.KeepFolder)
            {
                RunFolder.TryDelete(_folder);
            }
        }
    }

    /// <summary>The morning's notices of the wave (<see cref="WaveNotices"/>), once the host has stopped and its log is whole.</summary>
    private async Task AddNoticesAsync(string connectionString, Guid[] ids, WaveSample[] clocks, string[] logs, string name, CancellationToken ct)
    {
        string[] people = [GeneratedOrganisation.Liaison, GeneratedOrganisation.Manager];
        var notices = WaveStatistics.Of(await WaveNotices.ReadAsync(connectionString, ids, clocks, people, WaveHostSettings.NoticeLead, ct));
        AddDelivered($"{name}_hotline_notices", notices, "notices",
            $"of {notices.Deadlines}: {ids.Length} tickets x {people.Length} people, due {WaveHostSettings.NoticeLead.TotalSeconds:0} s before each start clock",
            "must be 0", "item time - (due - lead)");
        report.Add($"{name}_hotline_grain_call_timeouts", logs.Sum(log => WaveNotices.CountLines(log, WaveNotices.TimeoutLine)), "calls",
            $"host log lines '{WaveNotices.TimeoutLine}', every silo's whole run; must be 0");
        report.Add($"{name}_hotline_expired_messages", logs.Sum(log => WaveNotices.CountLines(log, WaveNotices.ExpiredLine)), "messages",
            $"host log lines '{WaveNotices.ExpiredLine}'");
    }

    /// <summary>The owners' acknowledgements and the staff's SMS, read once the silos have stopped.</summary>
    private async Task AddSmsAsync(string connectionString, Guid[] ids, FakeSmsGateway gateway, string name, CancellationToken ct)
    {
        var receipts = gateway.Requests.GroupBy(r => r.MessageId).ToDictionary(g => g.Key, g => g.Count());
        var staff = WaveStatistics.Of(await WaveStaffSms.ReadAsync(connectionString, receipts, ct));
        AddDelivered($"{name}_hotline_staff_sms", staff, "messages",
            $"of {staff.Deadlines} staff notifications by SMS (dispatched, deadline soon, warnings) in the run", SentTwice, "delivered - recorded");
        if (!options.WaveOwnerPhones)
        {
            return;
        }

        var rows = await WaveOwnerMessages.ReadAsync(connectionString, ids, ct);
        var messages = WaveStatistics.Of(WaveOwnerMessages.Samples(ids, rows, receipts));
        AddDelivered($"{name}_hotline_owner_messages", messages, "messages",
            $"of {ids.Length} acknowledgements, one per ticket, to the stand-in gateway ({receipts.Values.Sum()} requests received)", SentTwice, "delivered - recorded");
        report.Add($"{name}_hotline_owner_messages_recorded_on_ticket", rows.Count(r => r.RecordedOnTicketAt is not null), "messages",
            "the delivery on the ticket's timeline; must equal delivered");
    }

    private const string SentTwice = "received by the gateway more than once; must be 0";

    /// <summary>What is sent once a sample (a notice, an SMS): delivered, missed, doubled, and its lateness.</summary>
    private void AddDelivered(string prefix, WaveStatistics s, string unit, string deliveredNote, string doubledNote, string latenessNote)
    {
        report.Add($"{prefix}_delivered", s.Deadlines - s.Missed, unit, deliveredNote);
        report.Add($"{prefix}_missed", s.Missed, unit, "never delivered; must be 0");
        report.Add($"{prefix}_doubled", s.Doubled, unit, doubledNote);
        report.Add($"{prefix}_lateness_p50", s.P50Ms, "ms", latenessNote);
        report.Add($"{prefix}_lateness_p99", s.P99Ms, "ms");
        report.Add($"{prefix}_lateness_max", s.MaxMs, "ms");
    }

    private async Task<(Guid[] Ids, WaveSample[] Samples)> HotlineWaveAsync(IReadOnlyList<HostChild> hosts, string password, string connectionString,
        IReadOnlyList<GeneratedProject> projects, DateTimeOffset opensAt, string name, CancellationToken ct)
    {
        var n = options.Wave;
        // One token for the whole cluster (the silos share the signing key); the registrations go to the doors in turn.
        var doors = options.WaveDoors == 0 ? hosts.Count : options.WaveDoors;
        using var api = new HotlineApi(hosts[0].Address) { KeepIds = n, RegisterAt = doors == 1 ? [] : hosts.Take(doors).Select(h => h.Address).ToArray() };
        await api.SignInAsync(GeneratedOrganisation.Agent, password, ct);
        var registering = System.Diagnostics.Stopwatch.StartNew();
        var silos = hosts.Select(h => h.ProcessId).ToArray();
        var warm = new WarmRate(n, cpu: () => CpuUse.Read(silos));
        var (created, errors) = await new ClosedLoop(api, new Complaints(projects, options.WaveHouseholds, options.WaveOwnerPhones), options.Clients).PreloadAsync(n, options.PreloadBudget, report.Note, ct, warm);
        var registeredBy = TimeProvider.System.GetUtcNow();
        report.Add($"{name}_hotline_registrations_per_s", created / registering.Elapsed.TotalSeconds, "registrations/s",
            $"{created} tickets by {options.Clients} clients in {registering.Elapsed.TotalSeconds:0} s, {errors} errors; each a whole registration, not only its deadline{Shape(options)}");
        report.Add($"{name}_hotline_registrations_per_s_after_first_fifth", warm.PerSecond, "registrations/s",
            "the same run, from the registration that completed the first fifth to the last: the host warm");
        if (warm.CpuPerItemAfterFifth() is { } cpu)
        {
            report.Add($"{name}_hotline_machine_cpu_per_registration", cpu.MachineMs, "ms",
                "busy CPU of every core (/proc/stat) after the first fifth, per registration: host, PostgreSQL and the benchmark's clients");
            report.Add($"{name}_hotline_host_cpu_per_registration", cpu.ProcessMs, "ms", "the silos' own processes, the same span");
        }

        report.Note(registeredBy < opensAt
            ? $"all registered {(opensAt - registeredBy).TotalSeconds:0} s before the window opened"
            : $"registration ended {(registeredBy - opensAt).TotalSeconds:0} s AFTER the window opened: later tickets fall due after their own registration, not in the wave (use a longer --wave-lead)");

        // Wait on the query store's breached flag (written after each breach) rather than a fixed time.
        var ids = api.Registered.ToArray();
        var lastDue = (registeredBy > opensAt ? registeredBy : opensAt) + WaveHostSettings.StartLimit + TimeSpan.FromSeconds(options.WaveSpread);
        long breached;
        while ((breached = await BenchSql.CountAsync(connectionString, "select count(*) from ticket_list where breached", ct)) < ids.Length
            && TimeProvider.System.GetUtcNow() < lastDue + options.WavePatience)
        {
            await Task.Delay(1000, ct);
        }

        report.Note($"{breached} of {ids.Length} tickets breached in the list at {TimeProvider.System.GetUtcNow():HH:mm:ss} UTC; reading their timelines");
        return (ids, await WaveTimelines.ReadAsync(api, ids, ct));
    }

    private void Add(string prefix, WaveStatistics s)
    {
        report.Add($"{prefix}_lateness_p50", s.P50Ms, "ms", $"{s.Deadlines} deadlines, recorded - due");
        report.Add($"{prefix}_lateness_p99", s.P99Ms, "ms");
        report.Add($"{prefix}_lateness_max", s.MaxMs, "ms");
        report.Add($"{prefix}_missed", s.Missed, "deadlines", "must be 0");
        report.Add($"{prefix}_doubled", s.Doubled, "deadlines", "must be 0");
        report.Add($"{prefix}_last_recorded_after_first_due", s.LastRecordedAfterFirstDueMs / 1000, "s");
    }

    private static async Task<string> WaitForPasswordAsync(HostChild host, CancellationToken ct)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (host.PasswordOf(GeneratedOrganisation.Agent) is { } password)
            {
                return password;
            }

            await Task.Delay(100, ct);
        }

        throw new InvalidOperationException("the host printed no password for the agent within 60 s");
    }

    private static string Shape(BenchOptions options) =>
        (options.WaveHouseholds, options.WaveOwnerPhones) switch
        {
            (true, true) => "",
            (false, true) => "; no households (no same-issue counting)",
            (true, false) => "; no owner phones (no owner messages)",
            (false, false) => "; no households, no owner phones",
        } + (options.WaveSms ? "; SMS to a stand-in gateway" : "; no SMS gateway");
}
