using System.Net;
using System.Text.Json;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Tests.Support;

namespace Hotline.Notifications.Tests.Inbox;

/// <summary>GET /api/inbox: newest first, a page at a time, each page continuing exactly where the last one ended.</summary>
[Collection(NotificationCollection.Name)]
public sealed class InboxPagingTests(NotificationFixture fixture)
{
    private InboxDriver Inboxes => new(fixture);

    [Fact]
    public async Task Page_ByTwos_NewestFirstWithoutDuplicatesOrGapsAcrossEqualTimes()
    {
        var person = $"paging-{Guid.NewGuid():N}";
        var t0 = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));
        var t1 = t0.AddMinutes(5).AddTicks(5); // finer than PostgreSQL keeps: the cursor must carry what is stored
        var t2 = t0.AddMinutes(9);
        (string Id, DateTimeOffset At)[] delivered = [("b", t1), ("m", t0), ("y", t2), ("a", t1), ("x", t2), ("c", t1), ("n", t0)];
        foreach (var (id, at) in delivered)
        {
            Assert.True(await fixture.Inbox.Deliver(person, Item(id, at)));
        }

        var pages = new List<IReadOnlyList<string>>();
        string? before = null;
        do
        {
            var page = await Inboxes.Page(person, before, limit: 2);
            pages.Add([.. page.Items.Select(i => i.Id)]);
            Assert.Equal(7, page.Unread);
            before = page.Next;
        }
        while (before is not null && pages.Count < 10);

        // Newest time first; within one time, the greater item id first.
        Assert.Equal<IReadOnlyList<string>>([["y", "x"], ["c", "b"], ["a", "n"], ["m"]], pages);
    }

    [Fact]
    public async Task Page_DefaultLimit_Is50AndTheLastPageHasNoCursor()
    {
        var person = $"paging-{Guid.NewGuid():N}";
        var at = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(51, await fixture.Inbox.DeliverAll(person, [.. Enumerable.Range(0, 51).Select(i => Item($"item-{i:D2}", at.AddSeconds(i)))]));

        var first = await Inboxes.Page(person);
        var second = await Inboxes.Page(person, first.Next);

        Assert.Equal(50, first.Items.Count);
        Assert.Equal("item-50", first.Items[0].Id);
        Assert.Equal("item-01", first.Items[^1].Id);
        Assert.Equal(["item-00"], second.Items.Select(i => i.Id));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task Deliver_SameItemManyTimesAtOnce_LeavesOneItemCountedOnce()
    {
        var person = $"paging-{Guid.NewGuid():N}";
        var item = Item("once", fixture.Clock.GetUtcNow());

        var added = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fixture.Inbox.Deliver(person, item)));

        Assert.Single(added, a => a);
        var page = await Inboxes.Page(person);
        Assert.Equal(["once"], page.Items.Select(i => i.Id));
        Assert.Equal(1, page.Unread);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("before=not%20a%20cursor", "before")]
    [InlineData("before=YWJj", "before")] // base64url of "abc": no time, no id
    [InlineData("before=MTIzfA", "before")] // "123|": no id
    public async Task Get_BadPagingValue_400NamingTheField(string query, string field)
    {
        var response = await fixture.Http.GetAsync($"/api/inbox?personId=cs-hotline&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{field} not in {errors}");
    }

    [Fact]
    public async Task Get_CursorTooLong_400NamingBefore()
    {
        var response = await fixture.Http.GetAsync($"/api/inbox?before={new string('A', 5000)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("before", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static InboxItem Item(string id, DateTimeOffset at) =>
        new(id, at, null, null, InboxItemKind.DeadlineSoon, $"【測試】{id}", Guid.NewGuid());
}
