using Hotline.Storage.ContractTests.Support;
using Hotline.Storage.Migrations;
using Hotline.TestKit;

namespace Hotline.Storage.ContractTests.Schema;

public sealed class SchemaMigratorTests
{
    private readonly SchemaMigrator _migrator = HotlineSchema.Migrator();

    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesAllMigrationsInOrderAndRecordsThem()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("migrator_empty");

        var result = await _migrator.MigrateAsync(connectionString);

        Assert.Equal(0, result.PreviousVersion);
        Assert.Equal(HotlineSchema.LatestVersion, result.CurrentVersion);
        Assert.Equal(["0001_orleans_query_catalog", "0002_orleans_persistence", "0003_orleans_reminders", "0004_orleans_clustering"],
            result.Applied.Take(4));
        Assert.Equal(HotlineSchema.LatestVersion, result.Applied.Count);
        Assert.Equal(HotlineSchema.LatestVersion, await _migrator.CurrentVersionAsync(connectionString));
        Assert.Equal((long)HotlineSchema.LatestVersion, await Sql.ScalarAsync<long>(connectionString,
            "select count(*) from hotline_schema_migrations where checksum ~ '^[0-9a-f]{64}$' and applied_at <= now() and name <> ''"));
    }

    [Fact]
    public async Task CurrentVersion_EmptyDatabase_IsZero()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("migrator_version");

        Assert.Equal(0, await _migrator.CurrentVersionAsync(connectionString));
    }

    [Fact]
    public async Task Migrate_Twice_SecondRunIsNoOp()
    {
        var connectionString = await MigratedDatabase.CreateAsync("migrator_twice");
        var journalBefore = await JournalAsync(connectionString);

        var result = await _migrator.MigrateAsync(connectionString);

        Assert.Empty(result.Applied);
        Assert.False(result.ChangedSchema);
        Assert.Equal((HotlineSchema.LatestVersion, HotlineSchema.LatestVersion), (result.PreviousVersion, result.CurrentVersion));
        Assert.Equal(journalBefore, await JournalAsync(connectionString));
    }

    [Fact]
    public async Task Migrate_ConcurrentMigrators_ApplyEachMigrationOnce()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("migrator_race");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => HotlineSchema.Migrator().MigrateAsync(connectionString))));

        Assert.Single(results, r => r.ChangedSchema);
        Assert.Equal(HotlineSchema.LatestVersion, results.Sum(r => r.Applied.Count));
        Assert.All(results, r => Assert.Equal(HotlineSchema.LatestVersion, r.CurrentVersion));
        Assert.Equal(HotlineSchema.LatestVersion, (await JournalAsync(connectionString)).Count);
    }

    [Fact]
    public async Task Migrate_DatabaseNewerThanThisBuild_RefusesWithUpgradeMessage()
    {
        var connectionString = await MigratedDatabase.CreateAsync("migrator_newer");
        var newer = HotlineSchema.LatestVersion + 1;
        await Sql.ExecuteAsync(connectionString,
            "insert into hotline_schema_migrations (version, name, checksum) values (@version, 'from_the_future', 'x')", ("version", newer));

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => _migrator.MigrateAsync(connectionString));

        Assert.Contains($"database schema is at version {newer}, this Hotline knows up to {HotlineSchema.LatestVersion}; upgrade Hotline", error.Message);
        Assert.Equal(newer, await _migrator.CurrentVersionAsync(connectionString));
    }

    [Fact]
    public async Task Migrate_AppliedMigrationChanged_RefusesNamingIt()
    {
        var connectionString = await MigratedDatabase.CreateAsync("migrator_changed");
        await Sql.ExecuteAsync(connectionString, "update hotline_schema_migrations set checksum = 'edited' where version = 2");

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => _migrator.MigrateAsync(connectionString));

        Assert.Contains("0002_orleans_persistence was changed after it was applied", error.Message);
    }

    /// <summary>
    /// The journal rows a database got before each module owned its migrations (all files in Hotline.Storage): the
    /// move kept every number, name and byte, so such a database is up to date, not "changed" nor "newer".
    /// </summary>
    [Fact]
    public async Task Migrate_JournalWrittenBeforeMigrationsMovedToModules_AppliesNothing()
    {
        // Rows of later migrations (added after the move) stay as this build wrote them.
        var connectionString = await MigratedDatabase.CreateAsync("migrator_moved");
        await Sql.ExecuteAsync(connectionString, "delete from hotline_schema_migrations where version <= 12");
        foreach (var (version, name, checksum) in JournalBeforeTheMove)
        {
            await Sql.ExecuteAsync(connectionString,
                "insert into hotline_schema_migrations (version, name, checksum) values (@version, @name, @checksum)",
                ("version", version), ("name", name), ("checksum", checksum));
        }

        var result = await _migrator.MigrateAsync(connectionString);

        Assert.Empty(result.Applied);
        Assert.Equal(HotlineSchema.LatestVersion, result.CurrentVersion);
    }

    private static readonly (int Version, string Name, string Checksum)[] JournalBeforeTheMove =
    [
        (1, "orleans_query_catalog", "65c79fb7160e3598d9fd234d4568e00545b65d832d42057e2bb6a2efa4827c2a"),
        (2, "orleans_persistence", "da31474a8b3608f84e8cc60665e7decd25e18c3f4be3f0c88a446edf8bc51a57"),
        (3, "orleans_reminders", "46be92ba401b627e96d22583a5d05fda760ee89187b3db8de5a0e48bf30a3674"),
        (4, "orleans_clustering", "d56c0c423194d01668d146520ca7f9124c2c15a9a30cfc5b3b8e71c20f697859"),
        (5, "ticket_query_store", "5bb7476a90d30a425af0ac6438d01b682e31542dbc6791bc6bffe80d17efa639"),
        (6, "penalty_ledger", "829cb62be129b202ddce4e4d8ff280969007ecc5b7d7f6eb48959ebb146600ce"),
        (7, "notification_deliveries", "4c2f0ceef4c227826c21be777be11a8a7b10f342dd5aea70f27393b4c6459d39"),
        (8, "staff_accounts", "22d0fd8c53f253e7f25606dac8db141a66505d925b1c69d52b314c3e6cbbd451"),
        (9, "owner_privacy", "9cab4c91bff4261ea9eec02f135456b873c11dec23a528f911c71b874abd7337"),
        (10, "ticket_photos", "d493d1d244f1903a3820e4bd978af3952f56c47aa1e6735dc416b4eb2c33bf9a"),
        (11, "same_issue_reports", "66e6f81ef073a4827e4caec56259fdf2c944e45dbe1de974c669ca5a37917e85"),
        (12, "inbox_items", "c778b0addaf15ad4c74a9dd717428ca689b823a94799ca9fb41198f9dec0ab83"),
    ];

    private static Task<IReadOnlyList<string>> JournalAsync(string connectionString) => Sql.ColumnAsync(connectionString,
        "select concat_ws('|', version, name, checksum, applied_at) from hotline_schema_migrations order by version");
}
