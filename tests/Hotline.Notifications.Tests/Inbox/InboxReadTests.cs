using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Inbox;
using Hotline.Notifications.Tests.Support;

namespace Hotline.Notifications.Tests.Inbox;

/// <summary>POST /api/inbox/read and /read-all: the caller marks their own items read, and the unread count follows.</summary>
[Collection(NotificationCollection.Name)]
public sealed class InboxReadTests(NotificationFixture fixture)
{
    private const string Reader = "legal-staff";

    private InboxDriver Inboxes => new(fixture);

    private HttpClient Client => fixture.Host.ClientAs(Reader);

    [Fact]
    public async Task Read_OwnItems_MarkedOnceAndTheCountFollows()
    {
        var before = (await Inboxes.Page(Reader)).Unread;
        var items = await Deliver(Reader, 3);
        Assert.Equal(before + 3, (await Inboxes.Page(Reader)).Unread);

        var first = await Read([items[0].Id, items[0].Id, $"unknown/{Guid.NewGuid():N}"]);
        var again = await Read([items[0].Id]);

        Assert.Equal(new InboxReadResult(1, before + 2), first);
        Assert.Equal(new InboxReadResult(0, before + 2), again);
        var all = await Inboxes.All(Reader);
        // Stored to the microsecond, as PostgreSQL keeps times.
        Assert.Equal(fixture.Clock.GetUtcNow().UtcTicks / 10, all.Single(i => i.Id == items[0].Id).ReadAt!.Value.UtcTicks / 10);
        Assert.All(items.Skip(1), item => Assert.Null(all.Single(i => i.Id == item.Id).ReadAt));
        Assert.Equal(all.Count(i => i.ReadAt is null), (await Inboxes.Page(Reader)).Unread);
    }

    [Fact]
    public async Task Read_AnotherPersonsItemId_LeavesTheirItemUnread()
    {
        var other = $"someone-{Guid.NewGuid():N}";
        var theirs = (await Deliver(other, 1))[0];

        var result = await Read([theirs.Id]);

        Assert.Equal(0, result.Marked);
        var page = await Inboxes.Page(other);
        Assert.Null(Assert.Single(page.Items).ReadAt);
        Assert.Equal(1, page.Unread);
    }

    [Fact]
    public async Task ReadAll_EveryUnreadItemMarked_CountIsZero()
    {
        await Deliver(Reader, 2);
        var unread = (await Inboxes.Page(Reader)).Unread;

        var response = await Client.PostAsync("/api/inbox/read-all", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new InboxReadResult(unread, 0), await response.Content.ReadFromJsonAsync<InboxReadResult>(Json.Options));
        Assert.All(await Inboxes.All(Reader), i => Assert.NotNull(i.ReadAt));
        Assert.Equal(0, (await Inboxes.Page(Reader)).Unread);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"itemIds": []}""")]
    [InlineData("""{"itemIds": [""]}""")]
    [InlineData("""{"itemIds": [null]}""")]
    public async Task Read_NoOrBlankIds_400NamingItemIds(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await Client.PostAsync("/api/inbox/read", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("itemIds", out _), errors.ToString());
    }

    [Fact]
    public async Task Read_MoreThan200Ids_400NamingItemIds()
    {
        var response = await Client.PostAsJsonAsync("/api/inbox/read", new { itemIds = Enumerable.Range(0, 201).Select(i => $"x{i}") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("itemIds", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<InboxReadResult> Read(string[] ids)
    {
        var response = await Client.PostAsJsonAsync("/api/inbox/read", new { itemIds = ids });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InboxReadResult>(Json.Options))!;
    }

    private async Task<List<InboxItem>> Deliver(string personId, int count)
    {
        var items = Enumerable.Range(0, count)
            .Select(i => new InboxItem($"read-test/{Guid.NewGuid():N}", fixture.Clock.GetUtcNow().AddSeconds(i), null, null, InboxItemKind.DeadlineSoon, "【測試】", null))
            .ToList();
        Assert.Equal(count, await fixture.Inbox.DeliverAll(personId, items));
        return items;
    }
}
