using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>Item 14: every ticket has a short number, unique, given once and kept by every later write.</summary>
public sealed class TicketNumberStoreTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Number_FirstTicketsOfAFreshList_AreOneTwoThreeInWriteOrder()
    {
        var rows = Rows.Many(3);

        await _db.UpsertAll(rows);

        var page = await _db.Store.Search(new TicketSearch());
        Assert.Equal(["000003", "000002", "000001"], page.Items.Select(r => r.Number));
    }

    [Fact]
    public async Task Number_LaterWritesOfATicket_KeepItsNumberAndDrawNoOther()
    {
        var first = Rows.Ticket("first");
        await _db.Store.Upsert(first);
        await _db.Store.Upsert(first with { Version = 2, Status = "Started" });
        await _db.Store.Upsert(first with { Version = 2, Status = "Started" });
        await _db.Store.Refresh(first with { Version = 2, Status = "Started" });
        await _db.Store.Upsert(first with { Version = 3, Status = "Contacted" });

        await _db.Store.Upsert(Rows.Ticket("second", minutes: 1));

        Assert.Equal("000001", await _db.Store.NumberOf(first.Id));
        Assert.Equal(["000002", "000001"], (await _db.Store.Search(new TicketSearch())).Items.Select(r => r.Number));
    }

    [Fact]
    public async Task NumberOf_ARowThisStoreWrote_IsAnsweredFromTheWriteAnotherStoreAsksTheDatabase()
    {
        var first = Rows.Ticket("first");
        await _db.Store.Upsert(Rows.Ticket("zero", minutes: -1));
        await _db.Store.Upsert(first);
        var elsewhere = new PostgresTicketQueryStore(_db.DataSource);
        Assert.Equal("000002", await elsewhere.NumberOf(first.Id));

        // Gone from the table (as no ticket ever is): the writer still knows the number it was given, the other
        // store the number it read; a third, knowing nothing, finds no row.
        await _db.Scalar($"delete from ticket_list where id = '{first.Id}'");

        Assert.Equal("000002", await _db.Store.NumberOf(first.Id));
        Assert.Equal("000002", await elsewhere.NumberOf(first.Id));
        Assert.Null(await new PostgresTicketQueryStore(_db.DataSource).NumberOf(first.Id));
    }

    [Fact]
    public async Task Upsert_AStaleWriteAfterTheRowExists_ChangesNothingAndKeepsTheNumber()
    {
        var first = Rows.Ticket("first");
        await _db.Store.Upsert(first with { Version = 3, Status = "Contacted" });

        await _db.Store.Upsert(first with { Version = 2, Status = "Started" });

        Assert.Equal("000001", await _db.Store.NumberOf(first.Id));
        Assert.Equal(["Contacted"], (await _db.Store.Search(new TicketSearch())).Items.Select(r => r.Status));
    }

    [Fact]
    public async Task FindByNumber_KnownAndUnknown()
    {
        var rows = Rows.Many(2);
        await _db.UpsertAll(rows);

        Assert.Equal(rows[1].Id, await _db.Store.FindByNumber(2));
        Assert.Null(await _db.Store.FindByNumber(3));
        Assert.Null(await _db.Store.NumberOf(Guid.NewGuid()));
    }

    [Fact]
    public async Task Search_TextIsATicketNumber_FindsThatTicketAsWellAsTextMatches()
    {
        await _db.UpsertAll(Rows.Ticket("水管漏水", minutes: 0), Rows.Ticket("電梯壞了", minutes: 1), Rows.Ticket("門牌 2 號掉了", minutes: 2));

        var byNumber = await _db.Store.Search(new TicketSearch { Text = "000002" });
        var short2 = await _db.Store.Search(new TicketSearch { Text = "2" });

        Assert.Equal(["電梯壞了"], byNumber.Items.Select(r => r.Text));
        Assert.Equal(["門牌 2 號掉了", "電梯壞了"], short2.Items.Select(r => r.Text));
    }

    [Theory]
    [InlineData("000123", 123L)]
    [InlineData("7", 7L)]
    [InlineData("123456789012", 123456789012L)]
    public void TicketNumber_Parses(string text, long expected)
    {
        Assert.True(TicketNumber.TryParse(text, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("000")]
    [InlineData("1234567890123")]
    [InlineData("12a")]
    [InlineData("-5")]
    [InlineData("１２")]
    public void TicketNumber_RefusesWhatIsNoNumber(string text) => Assert.False(TicketNumber.TryParse(text, out _));

    [Fact]
    public void TicketNumber_FormatsToSixDigitsAtLeast()
    {
        Assert.Equal("000123", TicketNumber.Format(123));
        Assert.Equal("1234567", TicketNumber.Format(1234567));
    }
}
