using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Browser.Tests.Portal;

/// <summary>An owner signed in over HTTP (no browser): their cookie session, the portal's pages as HTML, and staff's side of their tickets.</summary>
internal sealed class OwnerClient(HttpClient http, string phone) : IDisposable
{
    public HttpClient Http => http;

    public string Phone => phone;

    /// <summary>Signs <paramref name="phone"/> in with the code texted through the fixture's capturing code channel.</summary>
    public static async Task<OwnerClient> SignIn(PortalFixture fixture, string phone)
    {
        (await fixture.Host.Anonymous.PostAsJsonAsync("/portal/api/sign-in/code", new { phone })).EnsureSuccessStatusCode();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = fixture.Address };
        using var signedIn = await http.PostAsJsonAsync("/portal/api/sign-in", new { phone, code = fixture.Codes.LastCode(phone) });
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        return new OwnerClient(http, phone);
    }

    public Task<HttpResponseMessage> Prefer(string? channel) => http.PutAsJsonAsync("/portal/api/preferences", new { channel });

    /// <summary>A portal page's HTML, entities decoded (Razor may write characters as entities).</summary>
    public async Task<string> Page(string path) => WebUtility.HtmlDecode(await http.GetStringAsync(path));

    /// <summary>The call center registers a repair for the owner's household, with the owner's number.</summary>
    public static Task<Guid> CallCenterRegisters(HotlineTestHost host, int owner, string text) =>
        OwnerTickets.StaffRegisters(host, "Repair", PortalFixture.HouseholdOf(owner), text, PortalFixture.Phones[owner]);

    /// <summary>The owner outbox's rows of the ticket (operators' view), once <paramref name="done"/> holds.</summary>
    public static Task<JsonElement[]> Outbox(HotlineTestHost host, Guid ticket, Func<JsonElement[], bool> done) =>
        Eventually.Get(async () => (await host.ClientAs("admin").GetFromJsonAsync<JsonElement>($"/api/channels/outbox?ticketId={ticket}"))
            .GetProperty("items").EnumerateArray().ToArray(), done);

    public void Dispose() => http.Dispose();
}
