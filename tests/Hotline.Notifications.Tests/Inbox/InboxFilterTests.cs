using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Inbox;
using Hotline.Notifications.Tests.Support;

namespace Hotline.Notifications.Tests.Inbox;

/// <summary>Issue 10 item 14: GET /api/inbox?unread=&amp;kind= filters, and keyset paging stays exact under a filter.</summary>
[Collection(NotificationCollection.Name)]
public sealed class InboxFilterTests(NotificationFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Get_UnreadOfOneKind_PagesThroughExactlyThoseNewestFirst()
    {
        var person = $"filter-{Guid.NewGuid():N}";
        // Seven items: kinds alternate, and "d3", "v3" share a time (the cursor must split equal times exactly).
        (string Id, InboxItemKind Kind, DateTimeOffset At)[] delivered =
        [
            ("d1", InboxItemKind.DeadlineSoon, T0), ("v1", InboxItemKind.VerifyRequest, T0.AddMinutes(1)),
            ("d2", InboxItemKind.DeadlineSoon, T0.AddMinutes(2)), ("d3", InboxItemKind.DeadlineSoon, T0.AddMinutes(3)),
            ("d4", InboxItemKind.DeadlineSoon, T0.AddMinutes(3)), ("v2", InboxItemKind.VerifyRequest, T0.AddMinutes(4)),
            ("d5", InboxItemKind.DeadlineSoon, T0.AddMinutes(5)),
        ];
        Assert.Equal(7, await fixture.Inbox.DeliverAll(person, [.. delivered.Select(d => Item(d.Id, d.Kind, d.At))]));
        await fixture.Inbox.MarkRead(person, ["d2", "v1"], fixture.Clock.GetUtcNow());

        // Unread deadline notices, newest first, two a page: d5 | d4 d3 | d1 (d2 is read, v* are another kind).
        var pages = await Pages(person, "unread=true&kind=DeadlineSoon", limit: 2);
        Assert.Equal<IReadOnlyList<string>>([["d5", "d4"], ["d3", "d1"]], pages.Select(p => p.Ids).ToList());
        Assert.All(pages, p => Assert.Equal(5, p.Unread)); // the count stays the whole inbox's

        Assert.Equal<IReadOnlyList<string>>([["d2", "v1"]], (await Pages(person, "unread=false", limit: 5)).Select(p => p.Ids).ToList());
        Assert.Equal<IReadOnlyList<string>>([["v2", "v1"]], (await Pages(person, "kind=verifyrequest", limit: 5)).Select(p => p.Ids).ToList());
        Assert.Equal<IReadOnlyList<string>>([["d5", "v2", "d4"], ["d3", "d2", "v1"], ["d1"]],
            (await Pages(person, "kind=DeadlineSoon,VerifyRequest", limit: 3)).Select(p => p.Ids).ToList());
    }

    [Theory]
    [InlineData("unread=yes", "unread")]
    [InlineData("unread=1", "unread")]
    [InlineData("kind=Nonsense", "kind")]
    [InlineData("kind=6", "kind")] // by name only, not the stored number
    [InlineData("kind=DeadlineSoon,Nonsense", "kind")]
    public async Task Get_BadFilterValue_400NamingTheField(string query, string field)
    {
        var response = await fixture.Http.GetAsync($"/api/inbox?personId=cs-hotline&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{field} not in {errors}");
    }

    private async Task<List<(IReadOnlyList<string> Ids, int Unread)>> Pages(string person, string filter, int limit)
    {
        var pages = new List<(IReadOnlyList<string>, int)>();
        string? before = null;
        do
        {
            var query = $"personId={person}&limit={limit}&{filter}" + (before is null ? "" : $"&before={Uri.EscapeDataString(before)}");
            var page = (await fixture.Host.ClientAs("admin").GetFromJsonAsync<InboxPage>($"/api/inbox?{query}", Json.Options))!;
            pages.Add(([.. page.Items.Select(i => i.Id)], page.Unread));
            before = page.Next;
        }
        while (before is not null && pages.Count < 10);

        return pages;
    }

    private static InboxItem Item(string id, InboxItemKind kind, DateTimeOffset at) =>
        new(id, at, null, null, kind, $"【測試】{id}", Guid.NewGuid());
}
