using Hotline.Escalation;
using Hotline.Host.Plugins;
using Hotline.Host.Silo;
using Hotline.Live;
using Hotline.Notifications;
using Hotline.Organization;
using Hotline.Storage.Migrations;
using Hotline.TestKit;
using Hotline.Tickets;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;

namespace Hotline.Cluster.Tests;

/// <summary>
/// Orleans' own in-process test cluster, two silos, with Hotline's modules, plugins, grain state and
/// reminders on a real PostgreSQL: a ticket written through one silo is read back through the other.
/// </summary>
public sealed class TestingHostClusterTests : IAsyncLifetime
{
    private InProcessTestCluster _cluster = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        var connectionString = _connectionString = await TestPostgres.CreateDatabaseAsync("testinghost");
        await HotlineSchema.Migrator().MigrateAsync(connectionString);
        var clock = DemoClock.Create();

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSiloHost((_, host) =>
        {
            PluginCatalogLoader.Load(RepoPaths.PluginsFolder, host.Services, NullLogger.Instance, HostVersion.Current);
            host.Services.AddSingleton(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
            // A factory, so the container disposes the data source with the silo.
            host.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            host.AddTicketsModule();
            host.AddOrganizationModule();
            host.AddEscalationModule();
            host.AddNotificationsModule();
            host.AddLiveModule();
            host.Services.AddFakeBusinessClock(clock);
        });
        // Membership stays the test cluster's own (it replaces any clustering provider); the two-host
        // tests cover ADO.NET clustering. Grain state and reminders here are Hotline's, on PostgreSQL.
        builder.ConfigureSilo((_, silo) => silo.UseHotlineStorage(connectionString));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Tickets_WrittenThroughTheCluster_AreRowsAndRemindersInPostgres()
    {
        var client = _cluster.Client;
        for (var i = 0; i < 4; i++)
        {
            await client.GetGrain<ITicketGrain>(Guid.NewGuid()).Register(new RegisterTicket(
                $"pg-{i}", TicketKind.Complaint, "p-sunrise", "north", "電梯壞了", null, null, null, "call-center", null));
        }

        Assert.Equal(4L, await CountAsync("select count(*) from orleans_storage where serviceid = @id and statename = 'ticket'"));
        Assert.Equal(4L, await CountAsync("select count(*) from orleans_reminders where serviceid = @id and remindername = 'deadline'"));
    }

    private async Task<object?> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", _cluster.Options.ServiceId);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Tickets_WrittenThroughEachSilo_AreReadThroughEitherSilo()
    {
        var silos = _cluster.Silos.ToArray();
        Assert.Equal(2, silos.Length);
        var factories = silos.Select(s => s.ServiceProvider.GetRequiredService<IGrainFactory>()).ToArray();
        var ids = new List<Guid>();

        for (var i = 0; i < 20; i++)
        {
            var id = Guid.NewGuid();
            var outcome = await factories[i % 2].GetGrain<ITicketGrain>(id).Register(new RegisterTicket(
                $"th-{i}", TicketKind.Repair, "p-greenhill", "south", $"{i}號樓水管漏水", null, null, $"{i}號樓", "call-center", "cc-agent-1"));
            Assert.True(outcome.Accepted, outcome.Rejection);
            ids.Add(id);
        }

        foreach (var factory in factories)
        {
            foreach (var id in ids)
            {
                var ticket = await factory.GetGrain<ITicketGrain>(id).Get();
                Assert.NotNull(ticket);
                Assert.Equal("engineering", ticket.Category);
            }
        }

        // State lives in PostgreSQL, not in an activation: after every activation is gone it is still there.
        var management = _cluster.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var reread = await _cluster.Client.GetGrain<ITicketGrain>(ids[0]).Get();
        Assert.Equal("p-greenhill", reread!.ProjectId);
    }
}
