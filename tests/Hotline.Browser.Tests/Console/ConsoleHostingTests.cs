using System.Net;

namespace Hotline.Browser.Tests.Console;

/// <summary>Issue 13: the console and the owners' portal are two component roots in one host; the host serves the console's files itself.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConsoleHostingTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("/_framework/blazor.web.js", "Blazor")]
    [InlineData("/_content/Hotline.WebConsole/console.css", "header.top")]
    public async Task I13_TheConsolesFiles_AreServedByTheHost_ToAnyone(string path, string content)
    {
        using var response = await fixture.Host.Anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task I13_TheFrameworksRedirectHelper_IsNotAmbiguousBetweenTheTwoRoots()
    {
        // Both roots map it; a request must reach one of them (the helper answers 400 to a missing url), never a 500
        // (ambiguous match) nor a refusal before it (then it reached neither).
        using var response = await fixture.Host.Anonymous.GetAsync("/_framework/opaque-redirect");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [BrowserFact]
    public async Task I13_AVisitorWithoutASession_IsSentToTheSignInForm_AndBack()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Address };
        using var response = await client.GetAsync("/console/tickets");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains("returnUrl=%2Fconsole%2Ftickets", response.Headers.Location.Query, StringComparison.OrdinalIgnoreCase);
    }
}
