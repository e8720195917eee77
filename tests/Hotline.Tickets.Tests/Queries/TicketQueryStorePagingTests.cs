using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

public sealed class TicketQueryStorePagingTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Search_Pages_SliceNewestFirstWithTotal()
    {
        await _db.UpsertAll(Rows.Many(7));

        var first = await _db.Store.Search(new TicketSearch { PageSize = 3 });
        var third = await _db.Store.Search(new TicketSearch { Page = 3, PageSize = 3 });

        Assert.Equal(["ticket 6", "ticket 5", "ticket 4"], first.Items.Select(r => r.Text));
        Assert.Equal(["ticket 0"], third.Items.Select(r => r.Text));
        Assert.Equal((7, 1, 3), (first.Total, first.Page, first.PageSize));
        Assert.Equal((7, 3, 3), (third.Total, third.Page, third.PageSize));
    }

    [Fact]
    public async Task Search_PagePastTheEnd_ReturnsNoItemsButTheTotal()
    {
        await _db.UpsertAll(Rows.Many(4));

        var page = await _db.Store.Search(new TicketSearch { Page = 9, PageSize = 2 });

        Assert.Empty(page.Items);
        Assert.Equal(4, page.Total);
    }

    [Fact]
    public async Task Search_EmptyStore_ReturnsEmptyPage()
    {
        var page = await _db.Store.Search(new TicketSearch());

        Assert.Empty(page.Items);
        Assert.Equal((0, 1, TicketSearch.DefaultPageSize), (page.Total, page.Page, page.PageSize));
    }

    [Fact]
    public async Task Search_SameRegisteredAt_PagesByIdWithoutGapsOrRepeats()
    {
        var tied = Enumerable.Range(0, 11).Select(_ => Rows.Ticket("tie")).ToArray();
        await _db.UpsertAll(tied);

        var seen = new List<Guid>();
        for (var page = 1; page <= 4; page++)
        {
            seen.AddRange((await _db.Store.Search(new TicketSearch { Page = page, PageSize = 3 })).Items.Select(r => r.Id));
        }

        var again = (await _db.Store.Search(new TicketSearch { PageSize = 200 })).Items.Select(r => r.Id);
        Assert.Equal(tied.Select(r => r.Id).OrderDescending(), seen);
        Assert.Equal(seen, again);
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 0)]
    [InlineData(1, 201)]
    public async Task Search_PageOrSizeOutOfRange_Throws(int page, int pageSize)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _db.Store.Search(new TicketSearch { Page = page, PageSize = pageSize }));
    }
}
