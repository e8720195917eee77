using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

public sealed class TicketQueryStoreUpsertTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Upsert_NewRow_SearchReturnsItUnchanged()
    {
        var row = Rows.Ticket("地下車庫漏水") with { NextDueAt = null, Breached = true, UpdatedAt = Rows.T0.AddHours(1) };

        await _db.Store.Upsert(row);

        var page = await _db.Store.Search(new TicketSearch());
        Assert.Equal(row with { Number = "000001" }, Assert.Single(page.Items));
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Upsert_NonUtcOffsets_AreStoredAsTheSameInstants()
    {
        var eight = TimeSpan.FromHours(8);
        var row = Rows.Ticket() with { RegisteredAt = Rows.T0.ToOffset(eight), NextDueAt = Rows.T0.AddMinutes(10).ToOffset(eight) };

        await _db.Store.Upsert(row);

        var read = Assert.Single((await _db.Store.Search(new TicketSearch())).Items);
        Assert.Equal(Rows.T0, read.RegisteredAt);
        Assert.Equal(TimeSpan.Zero, read.RegisteredAt.Offset);
        Assert.Equal(Rows.T0.AddMinutes(10), read.NextDueAt);
    }

    [Fact]
    public async Task Upsert_NewerVersion_ReplacesRow()
    {
        var row = Rows.Ticket(version: 1);
        await _db.Store.Upsert(row);
        var newer = row with { Version = 2, Status = "Started", NextDueAt = null };

        await _db.Store.Upsert(newer);

        Assert.Equal(newer with { Number = "000001" }, Assert.Single((await _db.Store.Search(new TicketSearch())).Items));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Upsert_OlderOrEqualVersion_IsIgnored(int replayedVersion)
    {
        var current = Rows.Ticket(version: 5) with { Status = "Closed" };
        await _db.Store.Upsert(current);

        await _db.Store.Upsert(current with { Version = replayedVersion, Status = "Dispatched", Text = "stale" });

        Assert.Equal(current with { Number = "000001" }, Assert.Single((await _db.Store.Search(new TicketSearch())).Items));
    }

    [Fact]
    public async Task Upsert_ConcurrentVersionsInAnyOrder_NewestWins()
    {
        var row = Rows.Ticket(version: 1);
        var versions = Enumerable.Range(1, 20).Select(v => row with { Version = v, Text = $"v{v}" }).Reverse().ToArray();

        await Task.WhenAll(versions.Select(v => _db.Store.Upsert(v)));

        Assert.Equal("v20", Assert.Single((await _db.Store.Search(new TicketSearch())).Items).Text);
    }

    [Fact]
    public async Task Refresh_EqualVersion_RewritesRow()
    {
        var row = Rows.Ticket(version: 4);
        await _db.Store.Upsert(row);
        var reprojected = row with { IssueKey = "engineering/elevator/b3", UpdatedAt = Rows.T0.AddDays(1) };

        await _db.Store.Refresh(reprojected);

        Assert.Equal(reprojected with { Number = "000001" }, Assert.Single((await _db.Store.Search(new TicketSearch())).Items));
    }

    [Fact]
    public async Task Refresh_OlderVersion_IsIgnored()
    {
        var row = Rows.Ticket(version: 4);
        await _db.Store.Upsert(row);

        await _db.Store.Refresh(row with { Version = 3, Text = "stale" });

        Assert.Equal(row with { Number = "000001" }, Assert.Single((await _db.Store.Search(new TicketSearch())).Items));
    }
}
