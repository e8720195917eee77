using System.Collections.Immutable;
using System.Net.Http.Json;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Inbox;
using Hotline.TestKit;

namespace Hotline.Notifications.Tests.Support;

/// <summary>Reads inboxes through GET /api/inbox as its users do, a page at a time.</summary>
internal sealed class InboxDriver(HostFixture fixture)
{
    public async Task<InboxPage> Page(string personId, string? before = null, int? limit = null, HttpClient? client = null)
    {
        var query = $"personId={Uri.EscapeDataString(personId)}"
            + (before is null ? "" : $"&before={Uri.EscapeDataString(before)}")
            + (limit is null ? "" : $"&limit={limit}");
        // As the administrator, who may read anyone's inbox (the test people need not be in the organisation).
        return (await (client ?? fixture.Host.ClientAs("admin")).GetFromJsonAsync<InboxPage>($"/api/inbox?{query}", Json.Options))!;
    }

    /// <summary>The whole inbox, newest first: every page, following each page's cursor.</summary>
    public async Task<ImmutableArray<InboxEntry>> All(string personId, int limit = 200)
    {
        var items = ImmutableArray.CreateBuilder<InboxEntry>();
        string? before = null;
        do
        {
            var page = await Page(personId, before, limit);
            items.AddRange(page.Items);
            before = page.Next;
        }
        while (before is not null);

        return items.ToImmutable();
    }

    /// <summary>The whole inbox as the items delivered.</summary>
    public async Task<ImmutableArray<InboxItem>> Inbox(string personId) =>
        [.. (await All(personId)).Select(e => new InboxItem(e.Id, e.At, e.WarningId, e.Level, e.Kind, e.Title, e.TicketId) { OnBehalfOf = e.OnBehalfOf })];

    public async Task<ImmutableArray<InboxItem>> Inbox(string personId, Guid warningId) =>
        [.. (await Inbox(personId)).Where(i => i.WarningId == warningId)];
}
