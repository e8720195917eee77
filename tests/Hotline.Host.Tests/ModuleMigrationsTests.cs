using System.Globalization;
using Hotline.Host.Storage;
using Hotline.BuildingBlocks;
using Hotline.Storage.Migrations;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Host.Tests;

/// <summary>Each module registers its own migrations; registering touches no database, the host's start opens and migrates it.</summary>
public sealed class ModuleMigrationsTests
{
    [Fact]
    public async Task Build_EveryModule_RegistersItsMigrations_TheHostRunsOneToLatest()
    {
        await using var app = HotlineApp.Build(Settings("--ConnectionStrings:Hotline=Host=127.0.0.1;Port=1;Username=u;Password=p;Database=d"));

        var registered = app.Services.GetServices<MigrationSource>().Select(s => s.Assembly).Prepend(SchemaMigrator.StorageSchema).ToList();
        var labels = new SchemaMigrator(registered).Labels;

        Assert.Equal(HotlineSchema.Sources.Select(a => a.GetName().Name).Order(), registered.Select(a => a.GetName().Name).Order());
        Assert.Equal(
            [
                "0001_orleans_query_catalog", "0002_orleans_persistence", "0003_orleans_reminders", "0004_orleans_clustering",
                "0005_ticket_query_store", "0006_penalty_ledger", "0007_notification_deliveries", "0008_staff_accounts",
                "0009_owner_privacy", "0010_ticket_photos", "0011_same_issue_reports", "0012_inbox_items",
            ],
            labels.Take(12));
        Assert.Equal(Enumerable.Range(1, labels.Count), labels.Select(l => int.Parse(l[..4], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Build_ConfiguredDatabase_NotMigratedUntilTheHostOpensIt()
    {
        var database = await TestPostgres.CreateDatabaseAsync("lazyopen");

        await using var app = HotlineApp.Build(Settings($"--ConnectionStrings:Hotline={database}"));
        var journalAfterBuild = await JournalExists(database);
        await app.Services.GetRequiredService<HotlineDatabase>().OpenAsync(CancellationToken.None);

        Assert.False(journalAfterBuild);
        Assert.Equal(HotlineSchema.LatestVersion, await HotlineSchema.Migrator().CurrentVersionAsync(database));
    }

    [Fact]
    public async Task Build_NoConnectionString_StartsNoEmbeddedServer()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), $"hotline-lazy-{Guid.NewGuid():N}");

        await using var app = HotlineApp.Build(Settings($"--Hotline:EmbeddedPostgres:DataFolder={dataFolder}"));

        Assert.False(Directory.Exists(dataFolder));
        Assert.Null(app.Services.GetRequiredService<HotlineDatabase>().Embedded);
    }

    private static string[] Settings(string database) =>
    [
        database,
        "--urls=http://127.0.0.1:0",
        $"--Hotline:Cluster:SiloPort={FreePort.Next()}",
        $"--Hotline:Cluster:GatewayPort={FreePort.Next()}",
        $"--Hotline:Plugins:Folder={RepoPaths.PluginsFolder}",
        $"--Hotline:Security:SigningKey={HotlineTestHost.SigningKey}",
    ];

    private static async Task<bool> JournalExists(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select to_regclass('hotline_schema_migrations') is not null", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
