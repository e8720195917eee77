using Hotline.TestKit;
using Hotline.Tickets.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>Rebuilds the list from ticket grains of a real host (its own database, so truncating is safe).</summary>
public sealed class TicketQueryRebuildTests : IAsyncLifetime
{
    private readonly HostFixture _fixture = new();
    private NpgsqlDataSource _db = null!;

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        _db = NpgsqlDataSource.Create(_fixture.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Fact]
    public async Task StoredTicketKeys_WrittenByTheHost_SplitAsOrleansGuidKeyDescribes()
    {
        var ticket = await _fixture.Http.Register(TicketApi.Complaint("5棟門口積水"));
        var (n0, n1) = OrleansGuidKey.Split(ticket.Id);

        await using var command = _db.CreateCommand(
            "select count(*) from orleans_storage where serviceid = $1 and statename = $2 and grainidn0 = $3 and grainidn1 = $4 and grainidextension is null");
        command.Parameters.Add(new() { Value = _fixture.ServiceId });
        command.Parameters.Add(new() { Value = TicketQueryRebuilder.StateName });
        command.Parameters.Add(new() { Value = n0 });
        command.Parameters.Add(new() { Value = n1 });
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Rebuild_AfterListTruncated_RestoresARowPerTicket()
    {
        var tickets = new[]
        {
            await _fixture.Http.Register(TicketApi.Complaint("3號樓電梯壞了")),
            await _fixture.Http.Register(TicketApi.Complaint("垃圾桶滿了沒人清理")),
            await _fixture.Http.Register(TicketApi.Complaint("保安晚上不巡邏", projectId: "p-harbour")),
        };
        await using (var truncate = _db.CreateCommand("truncate ticket_list"))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        var result = await Rebuilder().Rebuild();

        Assert.Equal(new TicketRebuildResult(3, 3, 0, 0), result);
        var page = await new PostgresTicketQueryStore(_db).Search(new TicketSearch());
        foreach (var ticket in tickets)
        {
            var live = await _fixture.Http.GetTicket(ticket.Id);
            var row = Assert.Single(page.Items, r => r.Id == ticket.Id);
            Assert.Equal(TicketListRow.From(live, row.UpdatedAt), row);
        }
    }

    [Fact]
    public async Task Rebuild_RunTwice_WritesTheSameRows()
    {
        await _fixture.Http.Register(TicketApi.Complaint("水管爆了"));
        var store = new PostgresTicketQueryStore(_db);

        await Rebuilder().Rebuild();
        var first = await store.Search(new TicketSearch());
        var again = await Rebuilder().Rebuild();

        Assert.Equal((1, 1), (again.Scanned, again.Written));
        Assert.Equal(first.Items.Select(r => r with { UpdatedAt = default }), (await store.Search(new TicketSearch())).Items.Select(r => r with { UpdatedAt = default }));
    }

    /// <summary>The host's own rebuilder once it is wired; until then, one built from the host's services.</summary>
    private TicketQueryRebuilder Rebuilder()
    {
        var services = _fixture.Host.App.Services;
        return services.GetService<TicketQueryRebuilder>() ?? new TicketQueryRebuilder(
            _db, _fixture.Grains, services.GetRequiredService<IOptions<ClusterOptions>>(), new PostgresTicketQueryStore(_db),
            _fixture.Clock, NullLogger<TicketQueryRebuilder>.Instance);
    }
}
