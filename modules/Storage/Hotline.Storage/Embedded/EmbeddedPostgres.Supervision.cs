using System.Diagnostics;
using Npgsql;

namespace Hotline.Storage.Embedded;

/// <summary>
/// What a supervisor needs to bring the server back after it died (issue 14): a watch on its process, and a restart on
/// the same data folder and port, so every connection string this host handed out stays valid.
/// </summary>
public sealed partial class EmbeddedPostgres
{
    /// <summary>
    /// Completes when the server process this host uses exits (a crash, kill -9, an operator's stop): a watch on the
    /// postmaster's pid, not queries. Returns why, for the log; at once when no server runs on the folder now.
    /// </summary>
    public async Task<string> WaitForServerExitAsync(CancellationToken ct)
    {
        if (RunningServer(DataFolder) is not { } server)
        {
            return $"no server process is running on {DataFolder}";
        }

        Process process;
        try
        {
            process = Process.GetProcessById(server.ProcessId);
        }
        catch (ArgumentException)
        {
            return $"the server process (pid {server.ProcessId}) is gone";
        }

        using (process)
        {
            // Not our child (pg_ctl daemonises it), so no exit code: the runtime watches the pid until it is gone.
            await process.WaitForExitAsync(ct);
        }

        return server.Port == Port
            ? $"the server process (pid {server.ProcessId}) exited"
            : $"the server process (pid {server.ProcessId}) on port {server.Port}, not this host's {Port}, exited";
    }

    /// <summary>
    /// Starts the server again on the same data folder and port and waits until it accepts connections (PostgreSQL
    /// replays its write-ahead log first, so every committed transaction is back). Another host sharing the folder
    /// may have restarted it already: then this one only uses it. Returns whether this host started it. Throws
    /// <see cref="EmbeddedPostgresException"/> when the start fails (e.g. the old processes still hold the folder).
    /// </summary>
    public async Task<bool> RestartServerAsync(CancellationToken ct)
    {
        bool startedHere;
        using (await _users.LockAsync(_options.StartTimeout + LockSlack, ct))
        {
            // A host that has left the server must not bring it back (its stop holds this lock while it stops it).
            if (_stopped)
            {
                throw new EmbeddedPostgresException("Embedded PostgreSQL: not restarted, this host has left it.");
            }

            var running = RunningPort(DataFolder);
            if (running is { } other && other != Port)
            {
                throw new EmbeddedPostgresException(
                    $"Embedded PostgreSQL: the server on {DataFolder} now runs on port {other}, this host connects to {Port}; restart this host.");
            }

            startedHere = running is null;
            if (startedHere)
            {
                await StartServerAsync(_binaries, DataFolder, _options, Port, _runAs, _logger, ct);
            }
        }

        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false, Timeout = 5 };
        await WaitForConnectionsAsync(admin.ConnectionString, _options.StartTimeout, ct);
        // Pooled connections to the dead server are broken: drop them so the next open makes a new one.
        NpgsqlConnection.ClearAllPools();
        return startedHere;
    }
}
