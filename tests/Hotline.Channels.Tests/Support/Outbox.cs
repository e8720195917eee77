using System.Net.Http.Json;
using Hotline.Channels.Outbound;
using Hotline.Plugins.Abstractions;
using Hotline.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Channels.Tests.Support;

/// <summary>Waiting for what a door was asked to send, and reading the owner outbox as an operator.</summary>
public static class Outbox
{
    /// <summary>The one message a door delivered to the phone that <paramref name="which"/> picks, once it has (the dispatcher is woken at once).</summary>
    public static async Task<OwnerMessage> Delivered(TestDoor door, string phone, Func<OwnerMessage, bool> which, FakeTimeProvider? clock = null)
    {
        var messages = await Eventually.Get(
            () => Task.FromResult(door.Delivered.Where(m => m.To.Phone == phone && which(m)).ToList()), m => m.Count > 0, clock);
        return Assert.Single(messages);
    }

    public static Task<OwnerMessage> Acknowledgement(TestDoor door, string phone, FakeTimeProvider? clock = null) =>
        Delivered(door, phone, m => m.Kind == OwnerMessageKind.Acknowledgement, clock);

    public static async Task<IReadOnlyList<OwnerOutboxEntry>> Of(HttpClient http, Guid ticketId) =>
        (await http.GetFromJsonAsync<OwnerOutboxPage>($"/api/channels/outbox?ticketId={ticketId}&personId=cc-agent-1", TicketApi.Json))!.Items;
}
