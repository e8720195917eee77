using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hotline.Security.Tests.Identity;

/// <summary>The console's cookie session: a form with an antiforgery token, an HttpOnly SameSite=Strict cookie, local redirects only.</summary>
[Collection(SecurityCollection.Name)]
public sealed partial class ConsoleSignInTests(SecurityFixture fixture)
{
    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Answers400AndSetsNoSession()
    {
        await fixture.SetPasswordAsync("cc-supervisor", "cc-supervisor", "supervisor-test-password");
        var (client, cookies) = NewBrowser();
        using (client)
        {
            using var response = await client.PostAsync("/account/sign-in", Form("cc-supervisor", "supervisor-test-password", "/"));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == "hotline.session");
        }
    }

    [Fact]
    public async Task SignIn_WithTokenFromTheForm_SetsSessionCookieThatSignsInOnMe()
    {
        await fixture.SetPasswordAsync("cc-supervisor", "cc-supervisor", "supervisor-test-password");
        var (client, cookies) = NewBrowser();
        using (client)
        {
            var token = await FormToken(client, "/account/sign-in?returnUrl=%2Ftickets");
            using var response = await client.PostAsync("/account/sign-in", Form("cc-supervisor", "supervisor-test-password", "/tickets", token));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/tickets", response.Headers.Location?.OriginalString);
            var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hotline.session=", StringComparison.Ordinal));
            Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);

            using var me = await client.GetAsync("/api/auth/me");
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Equal("cc-supervisor", JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement.GetProperty("personId").GetString());

            var signOutToken = await FormToken(client, "/account/sign-in");
            using var signOut = await client.PostAsync("/account/sign-out", Form(null, null, null, signOutToken));
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
            using var afterSignOut = await client.GetAsync("/api/auth/me");
            Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.StatusCode);
            Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == "hotline.session" && !c.Expired);
        }
    }

    [Fact]
    public async Task SignIn_ForeignReturnUrlOrWrongPassword_StaysLocalAndEncodesTheForm()
    {
        await fixture.SetPasswordAsync("cc-supervisor", "cc-supervisor", "supervisor-test-password");
        var (client, _) = NewBrowser();
        using (client)
        {
            var page = await (await client.GetAsync("/account/sign-in?returnUrl=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>", page);

            var token = await FormToken(client, "/account/sign-in");
            using var wrong = await client.PostAsync("/account/sign-in", Form("cc-supervisor", "not-it", "/", token));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("username or password is not correct", await wrong.Content.ReadAsStringAsync());

            token = await FormToken(client, "/account/sign-in");
            using var foreign = await client.PostAsync("/account/sign-in", Form("cc-supervisor", "supervisor-test-password", "//evil.example/", token));
            Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode);
            Assert.Equal("/", foreign.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task ConsoleSession_ApiChange_NeedsTheAntiforgeryHeaderButReadsDoNot()
    {
        await fixture.SetPasswordAsync("cc-supervisor", "cc-supervisor", "supervisor-test-password");
        var (client, _) = NewBrowser();
        using (client)
        {
            var token = await FormToken(client, "/account/sign-in");
            (await client.PostAsync("/account/sign-in", Form("cc-supervisor", "supervisor-test-password", "/", token))).Dispose();
            var ticket = new { kind = "Complaint", projectId = "p-sunrise", text = "垃圾桶滿了", householdNotGiven = true };

            using var read = await client.GetAsync("/api/tickets?projectId=p-sunrise");
            using var forged = await client.PostAsJsonAsync("/api/tickets", ticket);
            var header = JsonDocument.Parse(await client.GetStringAsync("/account/antiforgery")).RootElement;
            using var withToken = new HttpRequestMessage(HttpMethod.Post, "/api/tickets") { Content = JsonContent.Create(ticket) };
            withToken.Headers.Add(header.GetProperty("headerName").GetString()!, header.GetProperty("token").GetString());
            using var genuine = await client.SendAsync(withToken);

            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains("X-Hotline-Antiforgery", await forged.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Created, genuine.StatusCode);
        }
    }

    [Fact]
    public async Task SignIn_NonAsciiReturnUrl_RedirectsThereWithThePathPercentEncoded()
    {
        // Issue 10: a Location header with "工单" in it made the sign-in answer 500 after the password was right.
        await fixture.SetPasswordAsync("cc-supervisor", "cc-supervisor", "supervisor-test-password");
        var (client, _) = NewBrowser();
        using (client)
        {
            var token = await FormToken(client, "/account/sign-in");
            using var response = await client.PostAsync("/account/sign-in", Form("cc-supervisor", "supervisor-test-password", "/工单?q=水", token));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            // 工 U+5DE5 = E5 B7 A5, 单 U+5355 = E5 8D 95, 水 U+6C34 = E6 B0 B4 in UTF-8.
            Assert.Equal("/%E5%B7%A5%E5%8D%95?q=%E6%B0%B4", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task SignOut_RevokesTheSessionCopiesAndThePersonsBearerTokens()
    {
        await fixture.SetPasswordAsync("qd-head", "qd-head", "qd-head-test-password");
        var (client, cookies) = NewBrowser();
        using (client)
        {
            using var api = fixture.NewAnonymousClient();
            using var tokenAnswer = await BackoffTests.Token(api, "qd-head", "qd-head-test-password");
            var bearer = JsonDocument.Parse(await tokenAnswer.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
            var token = await FormToken(client, "/account/sign-in");
            (await client.PostAsync("/account/sign-in", Form("qd-head", "qd-head-test-password", "/", token))).Dispose();
            var session = cookies.GetAllCookies().Single(c => c.Name == "hotline.session").Value;
            Assert.Contains(cookies.GetAllCookies(), c => c.Name == "hotline.device");
            Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(api, bearer)).Status);

            var signOutToken = await FormToken(client, "/account/sign-in");
            (await client.PostAsync("/account/sign-out", Form(null, null, null, signOutToken))).Dispose();

            // A copy of the session cookie taken before the sign-out (a stolen one) no longer works, nor does the token.
            using var copy = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
            copy.Headers.Add("Cookie", $"hotline.session={session}");
            using var stolen = await api.SendAsync(copy);
            Assert.Equal(HttpStatusCode.Unauthorized, stolen.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(api, bearer)).Status);
        }
    }

    private (HttpClient Client, CookieContainer Cookies) NewBrowser()
    {
        var cookies = new CookieContainer();
        return (fixture.NewAnonymousClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }), cookies);
    }

    private static async Task<string> FormToken(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
    }

    private static FormUrlEncodedContent Form(string? username, string? password, string? returnUrl, string? antiforgery = null)
    {
        var fields = new Dictionary<string, string>();
        Add("username", username);
        Add("password", password);
        Add("returnUrl", returnUrl);
        Add("__RequestVerificationToken", antiforgery);
        return new FormUrlEncodedContent(fields);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                fields[name] = value;
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
