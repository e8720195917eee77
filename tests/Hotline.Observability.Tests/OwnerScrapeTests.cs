using System.Net;
using System.Text;
using Hotline.Portal.Sessions;
using Hotline.Portal.SignIn;
using Hotline.TestKit;
using Microsoft.AspNetCore.Http;

namespace Hotline.Observability.Tests;

/// <summary>Issue 14: the metrics are the operators', never the owners'. A real owner session (the portal's own cookie) is refused.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class OwnerScrapeTests(ObservabilityFixture fixture)
{
    private const string Phone = "13800138099";

    [Fact]
    public async Task Metrics_OwnersSession_OpensThePortal_ButNotMetrics()
    {
        // The number is a registered household's, so the cookie below is a working owner session.
        using (var import = await fixture.Host.ClientAs(ObservabilityFixture.Admin).PostAsync($"/api/organization/projects/{Demo.Sunrise}/households/import",
            new StringContent($"building,unit,room,phones\n9,1,901,{Phone}\n", Encoding.UTF8, "text/csv")))
        {
            import.EnsureSuccessStatusCode();
        }

        var cookie = await OwnerCookie();

        using var portal = await Send("/portal/tickets", cookie);
        using var metrics = await Send("/metrics", cookie);

        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Equal("/portal/tickets", portal.RequestMessage!.RequestUri!.AbsolutePath); // not sent to the owners' sign-in
        Assert.Equal(HttpStatusCode.Unauthorized, metrics.StatusCode);
        Assert.DoesNotContain("hotline_", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The host's own owner sign-in writes the cookie (as the portal's sign-in endpoint does after a right code).
    private async Task<string> OwnerCookie()
    {
        var context = new DefaultHttpContext { RequestServices = fixture.Host.App.Services };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1");
        await OwnerSessions.SignIn(context, OwnerIdentity.From(Phone)!);
        var set = context.Response.Headers.SetCookie.ToString();
        Assert.StartsWith("hotline.owner=", set, StringComparison.Ordinal);
        return set.Split(';')[0];
    }

    private Task<HttpResponseMessage> Send(string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return fixture.Host.Anonymous.SendAsync(request);
    }
}
