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
                $"--preload-budget-minutes {options.PreloadBudget.TotalMinutes} --memory-tickets {options.MemoryTickets}");
            postgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataFolder = Path.Combine(_folder, "pg") }, NullLogger.Instance, ct);
            var tps = await PgBench.RunAsync(await postgres.CreateDatabaseAsync("pgbench", ct), _folder, options.Clients, options.PgBench, ct);
            report.Add("pgbench_tps", tps, "tx/s", $"single-row upsert, {options.Clients} clients, {options.PgBench.TotalSeconds:0} s");

            var organisation = Path.Combine(_folder, "organisation.json");
            var projects = GeneratedOrganisation.Write(organisation, options.Projects, options.Households);
            report.Note($"organisation: {projects.Count} projects, {projects.Sum(p => p.Households)} households");
            var intake = new IntakeMeasurements(options, report, postgres.ConnectionString, new Complaints(projects), tps);
            var hostLog = Path.Combine(_folder, "host.log");
            string password;
            await using (var host = await HostChild.StartAsync(postgres.ConnectionString, organisation, _signingKey, hostLog, ct))
            {
                password = await WaitForPasswordAsync(host, ct);
                await intake.RunVolumesAsync(host, password, ct);
            }

            // A fresh host: only the tickets the probe reads are activated, so the heap grows by them alone.
            await using (var host = await HostChild.StartAsync(postgres.ConnectionString, organisation, _signingKey, hostLog, ct))
            {
                await intake.ProbeMemoryAsync(host, password, ct);
            }

            report.PrintSummary();
        }
        catch when (File.Exists(Path.Combine(_folder, "host.log")))
        {
            Console.Error.WriteLine("[bench] last lines of the host's log:");
            foreach (var line in File.ReadLines(Path.Combine(_folder, "host.log")).TakeLast(40))
            {
                Console.Error.WriteLine("  " + line);
            }

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
                TryDelete(_folder);
            }
        }
    }

    private static async Task<string> WaitForPasswordAsync(HostChild host, CancellationToken ct)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (host.AgentPassword is { } password)
            {
                return password;
            }

            await Task.Delay(100, ct);
        }

        throw new InvalidOperationException($"the host printed no password for {GeneratedOrganisation.Agent} within 60 s");
    }

    private static string RuntimeInformation() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"[bench] could not remove {folder}: {e.Message}");
        }
    }
}
