using Hotline.BuildingBlocks;
using Hotline.Storage.Embedded;
using Npgsql;

namespace Hotline.Host.Storage;

public static class StorageSetup
{
    /// <summary>
    /// Registers the database without touching it: the settings are checked now (a bad one stops the start naming its
    /// key), while starting the embedded server and migrating happen when the host starts (<see cref="DatabaseLifetime"/>,
    /// or <see cref="HotlineApp"/>'s explicit open step). Every module adds its migrations with AddMigrations.
    /// </summary>
    public static WebApplicationBuilder AddHotlineStorage(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[HotlineDatabase.ConnectionStringKey];
        EmbeddedPostgresOptions? embeddedOptions = null;
        if (string.IsNullOrWhiteSpace(configured))
        {
            embeddedOptions = builder.Services.BindChecked<EmbeddedPostgresOptions>(builder.Configuration, EmbeddedPostgresOptions.SectionName);
        }
        else
        {
            Check(configured);
        }

        var database = builder.Services.BindChecked<DatabaseOptions>(builder.Configuration, DatabaseOptions.SectionName);
        builder.Services.AddSingleton(new StorageGate(database.MaxConcurrentStorageCalls));
        builder.Services.AddSingleton(sp => new HotlineDatabase(
            configured,
            embeddedOptions,
            database.MigrateAtStart,
            () => sp.GetServices<MigrationSource>().Select(s => s.Assembly),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline.Storage"),
            sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping,
            sp.GetService<Hotline.BuildingBlocks.Observability.HotlineMetrics>()));
        builder.Services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<HotlineDatabase>().ConnectionString));
        builder.Services.AddSingleton<EmbeddedServerWatch>();
        builder.Services.AddSingleton<Hotline.Operations.Contracts.IEmbeddedDatabase, EmbeddedDatabase>();
        // Registered before the silo: opens the database before it starts and leaves it after the silo has stopped.
        builder.Services.AddHostedService<DatabaseLifetime>();
        // After it, so it stops before the host leaves the server: an embedded server that dies is started again.
        builder.Services.AddHostedService<EmbeddedServerSupervisor>();
        return builder;
    }

    private static void Check(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw StartupProblem.For(HotlineDatabase.ConnectionStringKey, $"not a valid PostgreSQL connection string ({e.Message})");
        }
    }
}
