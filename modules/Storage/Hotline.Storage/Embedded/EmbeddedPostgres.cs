using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hotline.Storage.Embedded;

/// <summary>
/// A private PostgreSQL cluster on a loopback port: initialised on first use, reused afterwards
/// (data survives restarts), run as an unprivileged user when this process is root. Several hosts on one
/// data folder share one server (see <see cref="ServerUsers"/>); the last one to stop (or dispose) stops it.
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "hotline";

    // How long to wait for another host holding the folder lock: on top of the start timeout when starting, alone when leaving.
    private static readonly TimeSpan LockSlack = TimeSpan.FromSeconds(60);
    private readonly PostgresBinaries _binaries;
    private readonly string? _runAs;
    private readonly ServerUsers _users;
    private readonly (string Entry, IDisposable Membership) _joined;
    private readonly ILogger _logger;
    private readonly EmbeddedPostgresOptions _options;
    private bool _stopped;

    private EmbeddedPostgres(
        PostgresBinaries binaries, string dataFolder, string? runAs, int port, string connectionString,
        ServerUsers users, (string Entry, IDisposable Membership) joined, ILogger logger, EmbeddedPostgresOptions options)
    {
        _binaries = binaries;
        _options = options;
        DataFolder = dataFolder;
        _runAs = runAs;
        Port = port;
        ConnectionString = connectionString;
        _users = users;
        _joined = joined;
        _logger = logger;
    }

    public string DataFolder { get; }

    public int Port { get; }

    /// <summary>Connection string to the application database.</summary>
    public string ConnectionString { get; }

    /// <summary>Whether the server process recorded in the data folder is alive and listening on <see cref="Port"/> (operators' view).</summary>
    public bool IsServerRunning => !_stopped && RunningPort(DataFolder) == Port;

    /// <summary>How many live hosts use this server now, this one included.</summary>
    public int LiveHosts => _users.Recorded().Count(u => u.Alive);

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct = default)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new EmbeddedPostgresException("The embedded PostgreSQL runs on Linux and macOS; on Windows configure ConnectionStrings:Hotline.");
        }

        var binaries = PostgresBinaries.Locate(options.BinFolder);
        var runAs = UnixUser.IsRoot ? options.ServiceUser : null;
        var dataFolder = ResolveDataFolder(options.DataFolder, runAs, logger);
        var passwordFile = dataFolder + ".password";
        var users = new ServerUsers(dataFolder);
        int port;
        string password;
        (string Entry, IDisposable Membership) joined;
        // One host at a time initialises, starts or joins: two first starts must not both run initdb or pg_ctl start.
        using (await users.LockAsync(options.StartTimeout + LockSlack, ct))
        {
            await PrepareFolderAsync(dataFolder, runAs, ct);
            password = await EnsurePasswordAsync(passwordFile, runAs, ct);
            if (!File.Exists(Path.Combine(dataFolder, "PG_VERSION")))
            {
                logger.LogInformation("Initialising embedded PostgreSQL cluster in {DataFolder}", dataFolder);
                await RunCheckedAsync(binaries.InitDb, ["-D", dataFolder, "-U", SuperUser, "-E", "UTF8", "--locale=C",
                    "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "--pwfile", passwordFile], runAs, "initdb", ct);
            }

            var running = RunningPort(dataFolder);
            if (running is { } shared)
            {
                LogSharing(users, dataFolder, shared, logger);
            }

            port = running ?? await StartServerAsync(binaries, dataFolder, options, options.Port > 0 ? options.Port : FreeLoopbackPort(), runAs, logger, ct);
            joined = users.Join();
        }

        var server = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = SuperUser, Password = password, Database = "postgres",
            Pooling = false, Timeout = 5,
        };
        var app = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = options.Database, Pooling = true, Timeout = 15 };
        var embedded = new EmbeddedPostgres(binaries, dataFolder, runAs, port, app.ConnectionString, users, joined, logger, options);
        try
        {
            await WaitForConnectionsAsync(server.ConnectionString, options.StartTimeout, ct);
            await EnsureDatabaseAsync(server.ConnectionString, options.Database, ct);
        }
        catch
        {
            await embedded.StopAsync();
            throw;
        }

        logger.LogInformation("Embedded PostgreSQL ready on 127.0.0.1:{Port}, data in {DataFolder}", port, dataFolder);
        return embedded;
    }

    /// <summary>Creates an empty database on this server (tests use one per fixture).</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken ct = default)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await EnsureDatabaseAsync(admin.ConnectionString, name, ct);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Leaves the server: stops it when no other live host uses it, else leaves it running for them.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var gate = await _users.LockAsync(LockSlack, CancellationToken.None);
            var decision = LeaveDecision.For(_joined.Entry, _users.Recorded());
            _joined.Membership.Dispose();
            _users.Forget(decision.StaleEntries);
            if (decision.StopServer)
            {
                await StopServerAsync();
            }
            else
            {
                _logger.LogInformation(
                    "Embedded PostgreSQL left running: still used by host pid {Pids} (the last host to exit stops it)",
                    string.Join(", ", decision.StillUsedBy));
            }
        }
        catch (Exception e) when (e is EmbeddedPostgresException or IOException or UnauthorizedAccessException)
        {
            _joined.Membership.Dispose();
            _logger.LogWarning("Embedded PostgreSQL left running: {Reason}", e.Message);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StopServerAsync()
    {
        var result = await ProcessRunner.RunAsync(_binaries.PgCtl, ["stop", "-D", DataFolder, "-m", "fast", "-w", "-t", "30"], _runAs, CancellationToken.None);
        if (result.ExitCode == 0)
        {
            _logger.LogInformation("Embedded PostgreSQL stopped");
        }
        else
        {
            _logger.LogWarning("Embedded PostgreSQL did not stop cleanly: {Output}", result.Output);
        }
    }

    /// <summary>
    /// Stops whatever server still runs on <paramref name="dataFolder"/> (e.g. left by a killed process), whoever
    /// is recorded as using it: for sweeping up after dead test runs; never throws.
    /// </summary>
    public static async Task<bool> StopOrphanAsync(string dataFolder, EmbeddedPostgresOptions? options = null)
    {
        try
        {
            var binaries = PostgresBinaries.Locate(options?.BinFolder);
            var runAs = !OperatingSystem.IsWindows() && UnixUser.IsRoot ? (options ?? new()).ServiceUser : null;
            var result = await ProcessRunner.RunAsync(binaries.PgCtl, ["stop", "-D", dataFolder, "-m", "immediate", "-w", "-t", "10"], runAs, CancellationToken.None);
            return result.ExitCode == 0;
        }
        catch (Exception e) when (e is EmbeddedPostgresException or System.ComponentModel.Win32Exception or IOException)
        {
            return false;
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string ResolveDataFolder(string configured, string? runAs, ILogger logger)
    {
        var full = Path.GetFullPath(configured);
        if (runAs is null || UnixUser.AncestorsTraversableByOthers(full))
        {
            return full;
        }

        // The service user cannot reach the configured folder (e.g. under /root): keep the data in a
        // stable place it can reach, derived from the configured path so restarts find it again.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12].ToLowerInvariant();
        var fallback = Path.Combine("/var/tmp/hotline-pg", hash, Path.GetFileName(full));
        logger.LogWarning(
            "User '{User}' cannot reach {Configured}; embedded PostgreSQL data goes to {Fallback} instead (set Hotline:EmbeddedPostgres:DataFolder to choose)",
            runAs, full, fallback);
        return fallback;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static async Task PrepareFolderAsync(string dataFolder, string? runAs, CancellationToken ct)
    {
        var parent = Path.GetDirectoryName(dataFolder)!;
        Directory.CreateDirectory(parent);
        if (!Directory.Exists(dataFolder))
        {
            Directory.CreateDirectory(dataFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (runAs is not null)
        {
            await RunCheckedAsync("chown", ["-R", $"{runAs}:", dataFolder], null, "chown", ct);
            // The service user passes through the parents the host created for it.
            for (var dir = new DirectoryInfo(parent); dir.FullName != "/" && dir.Exists; dir = dir.Parent!)
            {
                if ((dir.UnixFileMode & UnixFileMode.OtherExecute) != 0)
                {
                    break;
                }

                dir.UnixFileMode |= UnixFileMode.OtherExecute;
            }
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static async Task<string> EnsurePasswordAsync(string passwordFile, string? runAs, CancellationToken ct)
    {
        if (!File.Exists(passwordFile))
        {
            await File.WriteAllTextAsync(passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), ct);
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            if (runAs is not null)
            {
                await RunCheckedAsync("chown", [$"{runAs}:", passwordFile], null, "chown", ct);
            }
        }

        return (await File.ReadAllTextAsync(passwordFile, ct)).Trim();
    }

    private static void LogSharing(ServerUsers users, string dataFolder, int port, ILogger logger)
    {
        var live = users.Recorded().Where(u => u.Alive).Select(u => u.ProcessId).Distinct().Order().ToList();
        if (live.Count > 0)
        {
            logger.LogInformation(
                "Embedded PostgreSQL in {DataFolder} is already running on 127.0.0.1:{Port}, used by host pid {Pids}: sharing it (the last host to exit stops it)",
                dataFolder, port, string.Join(", ", live));
        }
        else
        {
            logger.LogInformation("Embedded PostgreSQL in {DataFolder} was left running on 127.0.0.1:{Port} by a host that is gone: using it", dataFolder, port);
        }
    }

    /// <summary>The port of a server already running on this folder (another host's, or left by a killed one).</summary>
    private static int? RunningPort(string dataFolder) => RunningServer(dataFolder)?.Port;

    /// <summary>The postmaster's pid and port from the folder's postmaster.pid, when that process is alive.</summary>
    private static (int ProcessId, int Port)? RunningServer(string dataFolder)
    {
        var pidFile = Path.Combine(dataFolder, "postmaster.pid");
        string[] lines;
        try
        {
            lines = File.ReadAllLines(pidFile);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // No server, or it removed its pid file while we looked (a clean stop).
            return null;
        }

        return lines.Length > 3 && int.TryParse(lines[0], out var pid) && ProcessExists(pid) && int.TryParse(lines[3], out var port)
            ? (pid, port)
            : null;
    }

    // A pid file can outlive its server and the pid be reused: only a live postgres process counts.
    private static bool ProcessExists(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited && p.ProcessName.StartsWith("postgres", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<int> StartServerAsync(PostgresBinaries binaries, string dataFolder, EmbeddedPostgresOptions options, int port, string? runAs, ILogger logger, CancellationToken ct)
    {
        var log = Path.Combine(dataFolder, "server.log");
        var socketFolder = Path.GetTempPath().TrimEnd('/');
        logger.LogInformation("Starting embedded PostgreSQL on 127.0.0.1:{Port}", port);
        var timeout = ((int)options.StartTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await RunCheckedAsync(binaries.PgCtl,
            ["start", "-D", dataFolder, "-l", log, "-w", "-t", timeout, "-o", $"-p {port} -h 127.0.0.1 -k {socketFolder} -c max_connections={options.MaxConnections}"],
            runAs, $"pg_ctl start (see {log})", ct);
        return port;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForConnectionsAsync(string connectionString, TimeSpan timeout, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException) when (waited.Elapsed < timeout)
            {
                await Task.Delay(200, ct);
            }
        }
    }

    private static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            // Identifiers cannot be parameters; quote it so any name is safe.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\" ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task RunCheckedAsync(string program, string[] args, string? runAs, string what, CancellationToken ct)
    {
        var result = await ProcessRunner.RunAsync(program, args, runAs, ct);
        if (result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"Embedded PostgreSQL: {what} failed (exit {result.ExitCode}): {result.Output}");
        }
    }
}
