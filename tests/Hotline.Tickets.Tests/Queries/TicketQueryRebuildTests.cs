using Hotline.TestKit;
using Hotline.Tickets.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

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
    public async Task Rebuild_ListRowsCorrupted_RestoresEveryRowFromItsGrain()
    {
        var tickets = new[]
        {
            await _fixture.Http.Register(TicketApi.Complaint("3號樓電梯壞了")),
            await _fixture.Http.Register(TicketApi.Complaint("垃圾桶滿了沒人清理")),
            await _fixture.Http.Register(TicketApi.Complaint("保安晚上不巡邏", projectId: "p-harbour")),
        };
        // Same version, wrong content: what a projection bug leaves behind. Only the grains still know the truth.
        await Execute("update ticket_list set status = 'Closed', category = 'wrong', text = 'wrong', breached = not breached, next_due_at = null, clock_start = 'wrong'");

        var result = await Rebuilder().Rebuild();

        Assert.Equal(new TicketRebuildResult(3, 3, 0, 0), result);
        var page = await new PostgresTicketQueryStore(_db).Search(new TicketSearch());
        foreach (var ticket in tickets)
        {
            var live = await _fixture.Http.GetTicket(ticket.Id);
            var row = Assert.Single(page.Items, r => r.Id == ticket.Id);
            Assert.Equal(TicketListRow.From(live, row.UpdatedAt) with { Report = null }, row with { Number = null });
            // Lists do not read the report facts: the restored one is checked by SQL.
            await using var command = _db.CreateCommand($"select clock_start from ticket_list where id = '{ticket.Id}'");
            Assert.Equal(TicketReportFacts.From(live).ClockStart, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Rebuild_WithoutOrleansStorageRows_FindsEveryListedTicket()
    {
        // The ids come from Tickets' own table: Orleans' storage table (Storage's) is not read.
        var ticket = await _fixture.Http.Register(TicketApi.Complaint("車庫燈不亮"));
        await Execute("update ticket_list set status = 'Closed'");
        await Execute("delete from orleans_storage");

        var result = await Rebuilder().Rebuild();

        Assert.Equal(new TicketRebuildResult(1, 1, 0, 0), result);
        var row = Assert.Single((await new PostgresTicketQueryStore(_db).Search(new TicketSearch())).Items);
        Assert.Equal(TicketListRow.From(await _fixture.Http.GetTicket(ticket.Id), row.UpdatedAt) with { Report = null }, row with { Number = null });
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
    private TicketQueryRebuilder Rebuilder() =>
        _fixture.Host.App.Services.GetService<TicketQueryRebuilder>() ?? new TicketQueryRebuilder(
            _db, _fixture.Grains, new PostgresTicketQueryStore(_db), _fixture.Clock, NullLogger<TicketQueryRebuilder>.Instance);

    private async Task Execute(string sql)
    {
        await using var command = _db.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
