using System.Reflection;
using Hotline.BuildingBlocks.Observability;
using Hotline.Storage.Connections;
using Hotline.Storage.Embedded;
using Hotline.Storage.Migrations;
using Npgsql;

namespace Hotline.Host.Storage;

/// <summary>The start step of the database: embedded server (when none is configured), then every module's migrations.</summary>
internal static class DatabaseOpening
{
    private const string Store = "migrations";

    public static async Task<OpenDatabase> OpenAsync(
        string? configured, EmbeddedPostgresOptions? embeddedOptions, bool migrate, IEnumerable<Assembly> sources, ILogger logger, CancellationToken ct, HotlineMetrics? metrics = null)
    {
        // Built first: a duplicate number, a gap or a misplaced file stops the start before a server is started.
        var migrator = new SchemaMigrator([SchemaMigrator.StorageSchema, .. sources], logger);
        EmbeddedPostgres? embedded = null;
        if (embeddedOptions is not null)
        {
            logger.LogInformation("No {Key} configured: using the embedded PostgreSQL", HotlineDatabase.ConnectionStringKey);
            embedded = await EmbeddedPostgres.StartAsync(embeddedOptions, logger, ct);
        }

        var connectionString = embedded?.ConnectionString ?? configured!;
        try
        {
            Func<Task> step = migrate
                ? () => migrator.MigrateAsync(connectionString, ct)
                : () => SchemaVersionCheck.RequireCurrentAsync(migrator, connectionString, logger, ct);
            await WithRetry(step, logger, ct, metrics);
        }
        catch
        {
            if (embedded is not null)
            {
                await embedded.StopAsync();
            }

            throw;
        }

        // Migrations used the string as given; the host's pools get the tuned one.
        return new OpenDatabase(PooledConnectionDefaults.Apply(connectionString), embedded);
    }

    private static async Task WithRetry(Func<Task> step, ILogger logger, CancellationToken ct, HotlineMetrics? metrics)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await step();
                return;
            }
            catch (Exception e) when (IsTransient(e))
            {
                // One line per attempt, no stack trace: an operator waiting for the database needs only this.
                logger.LogWarning("Database not reachable (attempt {Attempt}): {Reason}; retrying in {DelaySeconds} s", attempt, e.Message, delay.TotalSeconds);
                metrics?.StorageError(Store);
                metrics?.StorageRetry(Store);
                await Task.Delay(delay, ct);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    private static bool IsTransient(Exception e) =>
        e is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException
        || (e is NpgsqlException && e.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException);
}
