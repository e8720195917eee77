using System.Net;
using System.Text.RegularExpressions;
using Hotline.Security.Identity.Accounts;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Operations.Tests.Support;

/// <summary>One host with the demo organisation; people sign in to the console as a browser does (form, antiforgery, cookie).</summary>
public sealed partial class OperationsFixture : HostFixture
{
    public const string Admin = "admin";
    public const string AgentId = "cc-agent-1";

    /// <summary>A client holding the console's cookie session of <paramref name="personId"/> (no bearer token, no redirects followed).</summary>
    public async Task<HttpClient> ConsoleSession(string personId)
    {
        var password = $"pw-{Guid.NewGuid():N}";
        var accounts = Host.App.Services.GetRequiredService<AccountStore>();
        var hash = Host.App.Services.GetRequiredService<StaffPasswords>().Hash(password);
        if (!await accounts.CreateAsync(personId, personId, hash, Clock.GetUtcNow()))
        {
            await accounts.SetPasswordAsync(personId, hash, Clock.GetUtcNow());
        }

        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Http.BaseAddress };
        var html = await client.GetStringAsync("/account/sign-in");
        var token = WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
        using var signedIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = personId, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
