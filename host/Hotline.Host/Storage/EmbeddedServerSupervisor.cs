using System.Diagnostics;
using Hotline.BuildingBlocks.Observability;
using Hotline.Storage.Embedded;
using Npgsql;

namespace Hotline.Host.Storage;

/// <summary>
/// Issue 14: the embedded PostgreSQL is supervised. When its server process exits (a crash, kill -9, an operator's
/// pg_ctl stop) the host starts it again on the same data folder and port, with back-off, until it is back; it gives up
/// only when the host stops. A configured (external) database is its operator's to run: nothing is supervised then.
/// Registered after <see cref="DatabaseLifetime"/>, so it stops first and never fights the host's own stop of the server.
/// </summary>
internal sealed class EmbeddedServerSupervisor(
    HotlineDatabase database, EmbeddedServerWatch watch, IServiceProvider services, ILogger<EmbeddedServerSupervisor> logger) : BackgroundService
{
    private const string Store = "embedded-server";

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if ((await database.OpenAsync(stopping)).Embedded is not { } server)
        {
            return;
        }

        var delay = RestartBackOff.First;
        while (!stopping.IsCancellationRequested)
        {
            var watching = Stopwatch.GetTimestamp();
            var reason = await WaitForExit(server, stopping);
            // A server that dies again soon after a restart keeps the back-off where it was: no restart every second.
            if (Stopwatch.GetElapsedTime(watching) >= RestartBackOff.Longest)
            {
                delay = RestartBackOff.First;
            }

            delay = await Restart(server, reason, delay, stopping);
        }
    }

    private static async Task<string> WaitForExit(EmbeddedPostgres server, CancellationToken stopping)
    {
        try
        {
            return await server.WaitForServerExitAsync(stopping);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // The pid file or process could not be read: a restart attempt finds out whether the server still runs.
            return $"its process could not be watched ({e.Message})";
        }
    }

    /// <summary>Tries until the server is back (or the host stops); returns the back-off reached, for a quick relapse.</summary>
    private async Task<TimeSpan> Restart(EmbeddedPostgres server, string reason, TimeSpan delay, CancellationToken stopping)
    {
        var metrics = services.GetService<HotlineMetrics>();
        var down = Stopwatch.GetTimestamp();
        logger.LogWarning("Embedded PostgreSQL on 127.0.0.1:{Port} went down: {Reason}; restarting it on the same data folder and port", server.Port, reason);
        watch.WentDown(reason);
        metrics?.StorageError(Store);
        for (var attempt = 1; ; attempt++)
        {
            // The machine's timer, not the business clock: a test's stopped clock must not stop a restart.
            await Task.Delay(delay, stopping);
            metrics?.StorageRetry(Store);
            try
            {
                var startedHere = await server.RestartServerAsync(stopping);
                // The host's own data source pools apart from the connection-string pools the restart cleared.
                services.GetService<NpgsqlDataSource>()?.Clear();
                watch.Restarted();
                logger.LogWarning(
                    "Embedded PostgreSQL restarted on 127.0.0.1:{Port} by {Who} after {Attempts} attempt(s), {Seconds:0.0} s down (it went down: {Reason})",
                    server.Port, startedHere ? "this host" : "another host sharing it", attempt, Stopwatch.GetElapsedTime(down).TotalSeconds, reason);
                return delay;
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                // Any failure is one more attempt: the supervisor gives up only when the host stops.
                delay = RestartBackOff.Next(delay);
                watch.AttemptFailed(e.Message, failed: delay >= RestartBackOff.Longest);
                logger.LogWarning("Embedded PostgreSQL restart attempt {Attempt} failed: {Error}; next attempt in {DelaySeconds} s", attempt, e.Message, delay.TotalSeconds);
            }
        }
    }
}
