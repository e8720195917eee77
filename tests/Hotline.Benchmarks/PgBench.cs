using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>
/// The machine's limit for one durable write: pgbench's single-row upsert at the same client count, on the same server
/// the host will use. The script is <see cref="Script"/>, verbatim in BENCHMARKS.md.
/// </summary>
public static partial class PgBench
{
    public const string Table = "create table bench_upsert (id integer primary key, payload text not null, updated_at timestamptz not null)";

    public const string Script =
        "\\set id random(1, 100000)\n" +
        "insert into bench_upsert (id, payload, updated_at) values (:id, 'registration', now())\n" +
        "  on conflict (id) do update set payload = excluded.payload, updated_at = excluded.updated_at;\n";

    public static async Task<double> RunAsync(string connectionString, string folder, int clients, TimeSpan duration, CancellationToken ct)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand(Table, connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        var scriptFile = Path.Combine(folder, "upsert.sql");
        await File.WriteAllTextAsync(scriptFile, Script, ct);
        var db = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Locate())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "-n", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
                     "-T", ((int)Math.Ceiling(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture), "-f", scriptFile,
                     "-h", db.Host!, "-p", db.Port.ToString(CultureInfo.InvariantCulture), "-U", db.Username!, db.Database!,
                 })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PGPASSWORD"] = db.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var text = await output + await errors;
        var tps = TpsLine().Match(text);
        return process.ExitCode == 0 && tps.Success
            ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"pgbench failed (exit {process.ExitCode}):\n{text}");
    }

    /// <summary>pgbench from PATH, else from the newest Debian PostgreSQL install.</summary>
    private static string Locate()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "pgbench")).FirstOrDefault(File.Exists);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pgbench")).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return onPath ?? debian ?? throw new InvalidOperationException("pgbench not found (Debian package postgresql-contrib or postgresql)");
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();
}
