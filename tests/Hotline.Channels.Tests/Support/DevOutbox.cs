using System.Net.Http.Json;
using Hotline.Channels.DevGateway;
using Hotline.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Channels.Tests.Support;

/// <summary>What the development SMS gateway received for one phone (GET /api/channels/dev-outbox?to=), as the console reads it.</summary>
public static class DevOutbox
{
    public static async Task<IReadOnlyList<DevSms>> To(HttpClient http, string phone) =>
        (await http.GetFromJsonAsync<List<DevSms>>($"/api/channels/dev-outbox?to={phone}&personId=cc-agent-1"))!;

    /// <summary>
    /// The one SMS to <paramref name="phone"/> that <paramref name="which"/> picks, once the real SMS plugin has posted it
    /// to the gateway; the fake clock moves in steps shorter than the dispatcher's sweep, in case the wake-up is missed.
    /// </summary>
    public static async Task<DevSms> Received(HttpClient http, string phone, Func<DevSms, bool> which, FakeTimeProvider clock)
    {
        var found = await Eventually.Get(async () => (await To(http, phone)).Where(which).ToList(), l => l.Count > 0, clock, TimeSpan.FromSeconds(5));
        return Assert.Single(found);
    }
}
