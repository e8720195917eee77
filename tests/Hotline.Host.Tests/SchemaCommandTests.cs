using Hotline.Storage.Migrations;
using Hotline.TestKit;
using Npgsql;

namespace Hotline.Host.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public async Task MigrateCommand_EmptyDatabase_AppliesEveryMigrationAndExits()
    {
        var database = await TestPostgres.CreateDatabaseAsync("migratecmd");
        await using var host = HostProcess.Start(["migrate", $"--ConnectionStrings:Hotline={database}"], RepoPaths.Root);

        Assert.Equal(0, await host.WaitForExit());
        Assert.Equal(HotlineSchema.LatestVersion, await HotlineSchema.Migrator().CurrentVersionAsync(database));
    }

    [Fact]
    public async Task Start_DatabaseNewerThanBinary_RefusesWithClearMessage()
    {
        var database = await TestPostgres.CreateDatabaseAsync("newerschema");
        await HotlineSchema.Migrator().MigrateAsync(database);
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "insert into hotline_schema_migrations (version, name, checksum) values (9999, 'from_the_future', 'x')", connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var host = HostProcess.Start([$"--ConnectionStrings:Hotline={database}", .. StartupConfigurationTests.FreePorts()], RepoPaths.Root);

        Assert.Equal(4, await host.WaitForExit());
        var line = Assert.Single(host.Output.Split('\n'), l => l.StartsWith("Hotline cannot start:", StringComparison.Ordinal));
        Assert.Contains("9999", line);
        Assert.DoesNotContain("   at ", host.Output);
    }
}
