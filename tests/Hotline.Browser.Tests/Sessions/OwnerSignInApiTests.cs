using System.Net;
using System.Net.Http.Json;
using Hotline.Plugins.Abstractions;

namespace Hotline.Browser.Tests.Sessions;

/// <summary>The portal's sign-in rules over HTTP (no browser): who gets a code, how long and how often it works, which session opens what.</summary>
[Collection(PortalCollection.Name)]
public sealed class OwnerSignInApiTests(PortalFixture fixture)
{
    [BrowserFact]
    public async Task A2_UnknownNumber_GetsTheSameAnswer_ButNoText()
    {
        var unknown = "13999990000";

        using var response = await RequestCode(unknown);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(fixture.Codes.To(unknown));
    }

    [BrowserFact]
    public async Task A2_MalformedNumber_IsA400NamingPhone()
    {
        using var response = await RequestCode("not-a-phone");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"phone\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A2_Code_IsTextedAsASignInCode_OpensAnOwnerSession_AndWorksOnce()
    {
        var phone = PortalFixture.Phones[4];
        Assert.Equal(HttpStatusCode.Accepted, (await RequestCode("+86 138-0013-8005")).StatusCode);
        var sent = Assert.Single(fixture.Codes.To(phone));
        Assert.Equal(OwnerMessageKind.SignInCode, sent.Kind);
        var code = fixture.Codes.LastCode(phone);

        using var client = NewClient(out var cookies);
        using var first = await client.PostAsJsonAsync("/portal/api/sign-in", new { phone, code });
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hotline.owner=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        using var again = await NewClient(out _).PostAsJsonAsync("/portal/api/sign-in", new { phone, code });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("\"code\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The owner session opens the portal's pages and nothing of the staff API.
        using var mine = await client.GetAsync("/portal/tickets");
        Assert.Equal("/portal/tickets", mine.RequestMessage!.RequestUri!.AbsolutePath);
        using var ownerCookie = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        ownerCookie.Headers.Add("Cookie", cookies.GetCookieHeader(new Uri(fixture.Address, "/portal/")));
        using var staffApi = await fixture.Host.Anonymous.SendAsync(ownerCookie);
        Assert.Equal(HttpStatusCode.Unauthorized, staffApi.StatusCode);
    }

    [BrowserFact]
    public async Task A2_StaffToken_DoesNotOpenThePortal()
    {
        using var response = await fixture.Host.ClientAs("admin").GetAsync("/portal/tickets");

        Assert.Equal("/portal/sign-in", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [BrowserFact]
    public async Task A2_FiveWrongTries_VoidTheCode()
    {
        var phone = PortalFixture.Phones[5];
        await RequestCode(phone);
        var code = fixture.Codes.LastCode(phone);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await NewClient(out _).PostAsJsonAsync("/portal/api/sign-in", new { phone, code = wrong })).StatusCode);
        }

        using var right = await NewClient(out _).PostAsJsonAsync("/portal/api/sign-in", new { phone, code });

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
    }

    [BrowserFact]
    public async Task A2_Code_ExpiresAfterFiveMinutes()
    {
        var phone = PortalFixture.Phones[6];
        await RequestCode(phone);
        var code = fixture.Codes.LastCode(phone);

        fixture.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var late = await NewClient(out _).PostAsJsonAsync("/portal/api/sign-in", new { phone, code });

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    [BrowserFact]
    public async Task A2_Codes_AreRateLimitedPerNumber_OnePer60Seconds_FivePerHour()
    {
        var phone = PortalFixture.Phones[7];
        Assert.Equal(HttpStatusCode.Accepted, (await RequestCode(phone)).StatusCode);
        using var tooSoon = await RequestCode(phone);
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal("60", tooSoon.Headers.RetryAfter?.ToString());

        for (var i = 2; i <= 5; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(61));
            Assert.Equal(HttpStatusCode.Accepted, (await RequestCode(phone)).StatusCode);
        }

        fixture.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await RequestCode(phone)).StatusCode);
        Assert.Equal(5, fixture.Codes.To(phone).Count);
    }

    private Task<HttpResponseMessage> RequestCode(string phone) =>
        fixture.Host.Anonymous.PostAsJsonAsync("/portal/api/sign-in/code", new { phone });

    private HttpClient NewClient(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = fixture.Address };
    }
}
