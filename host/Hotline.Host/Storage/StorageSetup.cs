using Hotline.Hosting;
using Hotline.Storage.Embedded;
using Hotline.Storage.Migrations;
using Npgsql;

namespace Hotline.Host.Storage;

public static class StorageSetup
{
    /// <summary>
    /// Opens the database before the silo is configured: starts the embedded server when no
    /// connection string is set, then brings the schema up to date, retrying an unreachable server.
    /// </summary>
    public static WebApplicationBuilder AddHotlineStorage(this WebApplicationBuilder builder)
    {
        // The host's loggers do not exist yet: the same "Logging" settings drive this one (json or simple console).
        using var loggers = LoggerFactory.Create(l => l.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var logger = loggers.CreateLogger("Hotline.Storage");
        using var stop = StartupCancellation.Create();

        var configured = builder.Configuration[HotlineDatabase.ConnectionStringKey];
        var embedded = string.IsNullOrWhiteSpace(configured) ? StartEmbedded(builder, logger, stop.Token) : null;
        var connectionString = embedded?.ConnectionString ?? Checked(configured!);
        try
        {
            MigrateWithRetry(connectionString, logger, stop.Token);
        }
        catch
        {
            embedded?.StopAsync().GetAwaiter().GetResult();
            throw;
        }

        var database = new HotlineDatabase(connectionString, embedded);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        if (embedded is not null)
        {
            // Registered before the silo, so it stops after the silo has left the cluster.
            builder.Services.AddHostedService(_ => new EmbeddedPostgresLifetime(embedded));
        }

        return builder;
    }

    private static EmbeddedPostgres StartEmbedded(WebApplicationBuilder builder, ILogger logger, CancellationToken ct)
    {
        var options = builder.Services.BindChecked<EmbeddedPostgresOptions>(builder.Configuration, EmbeddedPostgresOptions.SectionName);
        logger.LogInformation("No {Key} configured: using the embedded PostgreSQL", HotlineDatabase.ConnectionStringKey);
        return EmbeddedPostgres.StartAsync(options, logger, ct).GetAwaiter().GetResult();
    }

    private static string Checked(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return connectionString;
        }
        catch (ArgumentException e)
        {
            throw StartupProblem.For(HotlineDatabase.ConnectionStringKey, $"not a valid PostgreSQL connection string ({e.Message})");
        }
    }

    private static void MigrateWithRetry(string connectionString, ILogger logger, CancellationToken ct)
    {
        var migrator = new SchemaMigrator(logger);
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                migrator.MigrateAsync(connectionString, ct).GetAwaiter().GetResult();
                return;
            }
            catch (Exception e) when (IsTransient(e))
            {
                // One line per attempt, no stack trace: an operator waiting for the database needs only this.
                logger.LogWarning("Database not reachable (attempt {Attempt}): {Reason}; retrying in {DelaySeconds} s", attempt, e.Message, delay.TotalSeconds);
                Task.Delay(delay, ct).GetAwaiter().GetResult();
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    private static bool IsTransient(Exception e) =>
        e is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException
        || (e is NpgsqlException && e.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException);
}
