using Hotline.TestKit;
using Npgsql;

namespace Hotline.Host.Tests.Deployment;

/// <summary>
/// docs/operations.md's split of database roles, on a real PostgreSQL: the owner migrates, the silos run with the role
/// deploy/postgres/silo-role.sql grants (data rights, no DDL) and Hotline:Database:MigrateAtStart=false.
/// </summary>
public sealed class LeastPrivilegeRoleTests
{
    private const string Password = "silo-role-test-password";

    [Fact]
    public async Task SiloRole_OwnerMigratedFirst_HostStartsWithoutDdlRightsAndRegistersATicket()
    {
        var owner = await TestPostgres.CreateDatabaseAsync("leastprivilege");
        // Roles belong to the whole server, which other tests share: a name of this test's own.
        var role = $"hotline_silo_{Guid.NewGuid():N}"[..28];
        await Execute(owner, $"create role {role} login password '{Password}'");
        // As the file says: run by the migrating role before its first migration, then migrate with that role.
        await Execute(owner, (await File.ReadAllTextAsync(DeployFiles.SiloRoleSql)).Replace("hotline_silo", role, StringComparison.Ordinal));
        await HotlineSchema.Migrator().MigrateAsync(owner);
        var silo = new NpgsqlConnectionStringBuilder(owner) { Username = role, Password = Password }.ConnectionString;

        var denied = await Assert.ThrowsAsync<PostgresException>(() => Execute(silo, "create table silo_may_not (id integer)"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);

        await using var host = await HotlineTestHost.StartAsync(silo, $"leastpriv-{Guid.NewGuid():N}"[..20], DemoClock.Create(),
            new Dictionary<string, string?> { ["Hotline:Database:MigrateAtStart"] = "false" });
        var ticket = await host.Http.Register(TicketApi.Complaint());

        Assert.Equal(ticket.Id, (await host.Http.GetTicket(ticket.Id)).Id);
        // The list row is the silo's write too (no clock moved: Eventually only polls).
        await Eventually.Get(() => Scalar(owner, $"select count(*) from ticket_list where id = '{ticket.Id}'"), n => n is 1L);
    }

    [Fact]
    public async Task SiloRole_WithMigrateAtStartOn_CannotStartBecauseMigratingNeedsDdl()
    {
        // The reason the switch exists: the default start migrates, which this role may not.
        var owner = await TestPostgres.CreateDatabaseAsync("leastprivmig");
        var role = $"hotline_silo_{Guid.NewGuid():N}"[..28];
        await Execute(owner, $"create role {role} login password '{Password}'");
        await Execute(owner, (await File.ReadAllTextAsync(DeployFiles.SiloRoleSql)).Replace("hotline_silo", role, StringComparison.Ordinal));
        var silo = new NpgsqlConnectionStringBuilder(owner) { Username = role, Password = Password }.ConnectionString;

        await using var app = HotlineApp.Build([$"--ConnectionStrings:Hotline={silo}", $"--Hotline:Security:SigningKey={HotlineTestHost.SigningKey}"]);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => HotlineApp.OpenDatabase(app));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(0, await HotlineSchema.Migrator().CurrentVersionAsync(owner));
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
