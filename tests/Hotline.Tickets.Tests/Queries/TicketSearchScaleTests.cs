using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>Text search stays indexed and counting stays bounded, whatever the list's size.</summary>
public sealed class TicketSearchScaleTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Search_MoreMatchesThanTheCap_CountsToTheCapAndSaysSo()
    {
        await Insert(TicketSearch.CountCap);
        var exact = await _db.Store.Search(new TicketSearch { PageSize = 10 });
        await Insert(1);

        var capped = await _db.Store.Search(new TicketSearch { PageSize = 10 });

        Assert.Equal((1000, false), (exact.Total, exact.TotalCapped));
        Assert.Equal((1000, true), (capped.Total, capped.TotalCapped));
        Assert.Equal(10, capped.Items.Count);
    }

    [Theory]
    [InlineData("電梯")]
    [InlineData("地下車庫漏水")]
    [InlineData("Heater")]
    public async Task Search_TextOfTwoCharactersOrMore_ReadsTheBigramIndex(string q)
    {
        await _db.UpsertAll(Rows.Ticket("地下車庫漏水"), Rows.Ticket("3號樓電梯壞了"), Rows.Ticket("room heater broken"));

        // With sequential scans priced out, a plan that can use the index does; one that cannot still scans.
        var plan = await Plan($"explain select id from ticket_list where search_bigrams @> ticket_search_bigrams('{q}') and text ilike '%{q}%'");
        var page = await _db.Store.Search(new TicketSearch { Text = q });

        Assert.Contains("ticket_list_search", plan, StringComparison.Ordinal);
        Assert.Single(page.Items);
    }

    [Fact]
    public async Task Bigrams_AreTheDistinctLowerCasedCharacterPairs()
    {
        var bigrams = await Plan("select array_to_string(array(select unnest(ticket_search_bigrams('AbAb漏水')) order by 1), '|')");

        Assert.Equal("ab|ba|b漏|漏水", bigrams);
    }

    private async Task<string> Plan(string sql)
    {
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "set enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }

    private async Task Insert(int count)
    {
        await using var command = _db.DataSource.CreateCommand($"""
            insert into ticket_list (id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text, registered_at, breached, updated_at)
            select gen_random_uuid(), 1, 'Complaint', 'p-sunrise', 'north', 'engineering', 'General', 'Dispatched', 'k', 'call-center',
                   'ticket ' || i, now(), false, now()
            from generate_series(1, {count}) i
            """);
        await command.ExecuteNonQueryAsync();
    }
}
