using Hotline.Storage.Migrations;
using Hotline.TestKit;
using Npgsql;

namespace Hotline.Host.Tests.Deployment;

/// <summary>Hotline:Database:MigrateAtStart=false: a start reads the schema version only; `migrate` still migrates.</summary>
public sealed class MigrateAtStartTests
{
    private static string[] Args(string database, params string[] more) =>
        [$"--ConnectionStrings:Hotline={database}", $"--Hotline:Security:SigningKey={HotlineTestHost.SigningKey}", .. more];

    [Fact]
    public async Task Off_SchemaBehindTheBuild_RefusesNamingTheMigrateCommandAndCreatesNothing()
    {
        var database = await TestPostgres.CreateDatabaseAsync("nomigrate");
        await using var app = HotlineApp.Build(Args(database, "--Hotline:Database:MigrateAtStart=false"));

        var refusal = await Assert.ThrowsAsync<SchemaMigrationException>(() => HotlineApp.OpenDatabase(app));

        Assert.Contains("at version 0", refusal.Message);
        Assert.Contains("hotline migrate", refusal.Message);
        Assert.Contains("Hotline:Database:MigrateAtStart", refusal.Message);
        Assert.Equal(0L, await TableCount(database));
    }

    [Fact]
    public async Task Off_SchemaNewerThanTheBuild_RefusesAsAMigratingStartDoes()
    {
        var database = await TestPostgres.CreateDatabaseAsync("nomigratenewer");
        await HotlineSchema.Migrator().MigrateAsync(database);
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "insert into hotline_schema_migrations (version, name, checksum) values (9999, 'from_the_future', 'x')", connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var app = HotlineApp.Build(Args(database, "--Hotline:Database:MigrateAtStart=false"));
        var refusal = await Assert.ThrowsAsync<SchemaMigrationException>(() => HotlineApp.OpenDatabase(app));

        Assert.Contains("9999", refusal.Message);
        Assert.Contains("upgrade Hotline", refusal.Message);
    }

    [Fact]
    public async Task MigrateCommand_WithTheSettingOff_StillAppliesEveryMigration()
    {
        var database = await TestPostgres.CreateDatabaseAsync("migrateoverrides");

        await HotlineApp.Migrate(Args(database, "--Hotline:Database:MigrateAtStart=false"));

        Assert.Equal(HotlineSchema.LatestVersion, await HotlineSchema.Migrator().CurrentVersionAsync(database));
    }

    private static async Task<long> TableCount(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_tables where schemaname = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
