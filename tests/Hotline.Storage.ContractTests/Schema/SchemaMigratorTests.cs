using Hotline.Storage.ContractTests.Support;
using Hotline.Storage.Migrations;
using Hotline.TestKit;

namespace Hotline.Storage.ContractTests.Schema;

public sealed class SchemaMigratorTests
{
    private readonly SchemaMigrator _migrator = new();

    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesAllMigrationsInOrderAndRecordsThem()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("migrator_empty");

        var result = await _migrator.MigrateAsync(connectionString);

        Assert.Equal(0, result.PreviousVersion);
        Assert.Equal(SchemaMigrator.LatestVersion, result.CurrentVersion);
        Assert.Equal(["0001_orleans_query_catalog", "0002_orleans_persistence", "0003_orleans_reminders", "0004_orleans_clustering"],
            result.Applied.Take(4));
        Assert.Equal(SchemaMigrator.LatestVersion, result.Applied.Count);
        Assert.Equal(SchemaMigrator.LatestVersion, await _migrator.CurrentVersionAsync(connectionString));
        Assert.Equal((long)SchemaMigrator.LatestVersion, await Sql.ScalarAsync<long>(connectionString,
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
        Assert.Equal((SchemaMigrator.LatestVersion, SchemaMigrator.LatestVersion), (result.PreviousVersion, result.CurrentVersion));
        Assert.Equal(journalBefore, await JournalAsync(connectionString));
    }

    [Fact]
    public async Task Migrate_ConcurrentMigrators_ApplyEachMigrationOnce()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("migrator_race");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new SchemaMigrator().MigrateAsync(connectionString))));

        Assert.Single(results, r => r.ChangedSchema);
        Assert.Equal(SchemaMigrator.LatestVersion, results.Sum(r => r.Applied.Count));
        Assert.All(results, r => Assert.Equal(SchemaMigrator.LatestVersion, r.CurrentVersion));
        Assert.Equal(SchemaMigrator.LatestVersion, (await JournalAsync(connectionString)).Count);
    }

    [Fact]
    public async Task Migrate_DatabaseNewerThanThisBuild_RefusesWithUpgradeMessage()
    {
        var connectionString = await MigratedDatabase.CreateAsync("migrator_newer");
        var newer = SchemaMigrator.LatestVersion + 1;
        await Sql.ExecuteAsync(connectionString,
            "insert into hotline_schema_migrations (version, name, checksum) values (@version, 'from_the_future', 'x')", ("version", newer));

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => _migrator.MigrateAsync(connectionString));

        Assert.Contains($"database schema is at version {newer}, this Hotline knows up to {SchemaMigrator.LatestVersion}; upgrade Hotline", error.Message);
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

    private static Task<IReadOnlyList<string>> JournalAsync(string connectionString) => Sql.ColumnAsync(connectionString,
        "select concat_ws('|', version, name, checksum, applied_at) from hotline_schema_migrations order by version");
}
