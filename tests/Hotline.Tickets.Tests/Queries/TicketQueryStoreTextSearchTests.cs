using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

public sealed class TicketQueryStoreTextSearchTests : IAsyncLifetime
{
    private const string Injection = "'; drop table ticket_list; --";
    private readonly QueryStoreDatabase _db = new();

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        await _db.UpsertAll(
            Rows.Ticket("3號樓電梯壞了，有人被困", minutes: 0),
            Rows.Ticket("垃圾桶滿了沒人清理", minutes: 1),
            Rows.Ticket("水費多收了 50% 的費用", minutes: 2),
            Rows.Ticket("Room A_1 heater broken", minutes: 3),
            Rows.Ticket("Room AB1 heater broken", minutes: 4),
            Rows.Ticket("業主說 \"O'Brien\" 的車位被佔", minutes: 5),
            Rows.Ticket(@"path C:\temp\x leaking", minutes: 6),
            Rows.Ticket($"someone typed {Injection} into the form", minutes: 7));
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    [Theory]
    [InlineData("電梯", "3號樓電梯壞了，有人被困")]
    [InlineData("沒人清理", "垃圾桶滿了沒人清理")]
    [InlineData("  被困 ", "3號樓電梯壞了，有人被困")]
    [InlineData("50%", "水費多收了 50% 的費用")]
    [InlineData("A_1", "Room A_1 heater broken")]
    [InlineData("o'brien", "業主說 \"O'Brien\" 的車位被佔")]
    [InlineData("\"O'", "業主說 \"O'Brien\" 的車位被佔")]
    [InlineData(@"C:\temp", @"path C:\temp\x leaking")]
    [InlineData(Injection, $"someone typed {Injection} into the form")]
    public async Task Search_Text_MatchesLiteralSubstringOnly(string q, string expected)
    {
        var page = await _db.Store.Search(new TicketSearch { Text = q });

        Assert.Equal([expected], page.Items.Select(r => r.Text));
        Assert.Equal(1, page.Total);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("%電梯%")]
    [InlineData("A%1")]
    [InlineData(@"\")]
    [InlineData("電 梯")]
    public async Task Search_TextWithWildcards_MatchesOnlyWhereTheCharactersAppear(string q)
    {
        var page = await _db.Store.Search(new TicketSearch { Text = q, PageSize = 200 });

        var expected = (await _db.Store.Search(new TicketSearch { PageSize = 200 })).Items
            .Where(r => r.Text.Contains(q, StringComparison.OrdinalIgnoreCase)).Select(r => r.Text);
        Assert.Equal(expected, page.Items.Select(r => r.Text));
    }

    [Fact]
    public async Task Search_TextWithSqlAndEveryFilter_RaisesNoErrorAndLeavesTableIntact()
    {
        var page = await _db.Store.Search(new TicketSearch
        {
            Text = "x'); delete from ticket_list; --", ProjectId = Injection, BranchId = "' or '1'='1", Category = "\\'",
        });

        Assert.Empty(page.Items);
        Assert.Equal(8, await _db.Scalar("select count(*) from ticket_list"));
    }

    [Fact]
    public async Task Search_BlankText_IsNoFilter()
    {
        var page = await _db.Store.Search(new TicketSearch { Text = "   " });

        Assert.Equal(8, page.Total);
    }
}
