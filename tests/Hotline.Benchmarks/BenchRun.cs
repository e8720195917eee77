using System.Security.Cryptography;
using Hotline.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Benchmarks;

/// <summary>
/// One run: its own embedded PostgreSQL in a temp folder, pgbench on it, then the host as a child process on a generated
/// organisation, measured through HTTP at each volume, then restarted for the memory probe. Everything it started is
/// stopped and the folder removed at the end, also when a step fails or the run is cancelled.
/// </summary>
public sealed class BenchRun(BenchOptions options, Report report)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"hotline-bench-{Environment.ProcessId}");
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public async Task RunAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(_folder);
        EmbeddedPostgres? postgres = null;
        try
        {
            report.Note($"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB, {RuntimeInformation()}; folder {_folder}; " +
                $"started {TimeProvider.System.GetUtcNow():u} (minute clocks run 08:00-20:00 Asia/Shanghai only, so the time of day changes the reminder load)");
            report.Note($"options: {(options.Quick ? "--quick " : "")}--preload {string.Join(',', options.Preload)} --clients {options.Clients} --projects {options.Projects} " +
                $"--households {options.Households} --warmup {options.Warmup.TotalSeconds} --seconds {options.Measure.TotalSeconds} --pgbench-seconds {options.PgBench.TotalSeconds} " +
                $"--memory-tickets {options.MemoryTickets} --search-rows {options.SearchRows}" +
                (options.Reports ? $" --report-tickets {options.ReportTickets} --report-rounds {options.ReportRounds}" : " --no-reports"));
            postgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataFolder = Path.Combine(_folder, "pg") }, NullLogger.Instance, ct);
            var tps = await PgBench.RunAsync(await postgres.CreateDatabaseAsync("pgbench", ct), _folder, options.Clients, options.PgBench, ct);
            report.Add("pgbench_tps", tps, "tx/s", $"single-row upsert, {options.Clients} clients, {options.PgBench.TotalSeconds:0} s");

            var organisation = Path.Combine(_folder, "organisation.json");
            var projects = GeneratedOrganisation.Write(organisation, options.Projects, options.Households);
            report.Note($"organisation: {projects.Count} projects, {projects.Sum(p => p.Households)} households");
            var intake = new IntakeMeasurements(options, report, postgres.ConnectionString, projects, tps);
            var hostLog = Path.Combine(_folder, "host.log");
            // Passwords are printed by the first start only (demo accounts seeding); the reports sign in as two more people.
            var passwords = new Dictionary<string, string>(StringComparer.Ordinal);
            await using (var host = await HostChild.StartAsync(postgres.ConnectionString, organisation, _signingKey, hostLog, ct))
            {
                // The liaison also takes the preload's template tickets through their life.
                string[] people = options.Reports ? [GeneratedOrganisation.Agent, GeneratedOrganisation.Quality, GeneratedOrganisation.Liaison] : [GeneratedOrganisation.Agent, GeneratedOrganisation.Liaison];
                foreach (var person in people)
                {
                    passwords[person] = await WaitForPasswordAsync(host, person, ct);
                }

                await intake.RunVolumesAsync(host, passwords[GeneratedOrganisation.Agent], passwords[GeneratedOrganisation.Liaison], ct);
            }

            // A fresh host: only the tickets the probe reads are activated, so the heap grows by them alone.
            await using (var host = await HostChild.StartAsync(postgres.ConnectionString, organisation, _signingKey, hostLog, ct, TicketActivations.ScrapeFromLoopback))
            {
                await intake.ProbeMemoryAsync(host, passwords[GeneratedOrganisation.Agent], ct);
                if (options.Reports)
                {
                    // After the probe, so the report grains and rows cannot move its heap figure.
                    await new ReportingMeasurements(options, report, postgres.ConnectionString, projects).RunAsync(host, id => passwords[id], intake.Preloaded, ct);
                }
            }

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

    private static async Task<string> WaitForPasswordAsync(HostChild host, string personId, CancellationToken ct)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (host.PasswordOf(personId) is { } password)
            {
                return password;
            }

            await Task.Delay(100, ct);
        }

        throw new InvalidOperationException($"the host printed no password for {personId} within 60 s");
    }

    private static string RuntimeInformation() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
