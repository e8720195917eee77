using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Security.Tests.Identity;

/// <summary>
/// Issue 10, no revocation: POST /api/auth/sign-out revokes every token of the caller at once on this host (a new
/// security stamp, as the console's sign-out gives), a copy of the token included; a token issued afterwards works.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SignOutTests(SecurityFixture fixture)
{
    // A person of the demo organisation (so /api/auth/me answers 200 while the token is good) no other test here signs in as.
    private const string PersonId = "greenhill-manager";

    [Fact]
    public async Task ApiSignOut_RevokesTheCallersTokensAtOnce_AndATokenIssuedAfterwardsWorks()
    {
        await fixture.SetPasswordAsync("sign-out-api", PersonId, "right-password-s");
        using var client = fixture.NewAnonymousClient();
        var token = await SignIn(client, "sign-out-api", "right-password-s");
        var copy = await SignIn(client, "sign-out-api", "right-password-s");
        // Both good, and the host now caches the person's stamp: only a revocation can make them fail below.
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(client, token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(client, copy)).Status);

        using var signedOut = await SignOut(client, token);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, token)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, copy)).Status);
        using var again = await SignOut(client, token);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);

        var fresh = await SignIn(client, "sign-out-api", "right-password-s");
        var me = await BearerTokenTests.Me(client, fresh);
        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(PersonId, me.Body.GetProperty("personId").GetString());
    }

    [Fact]
    public async Task ApiSignOut_WithoutAToken_Is401()
    {
        using var client = fixture.NewAnonymousClient();

        using var response = await client.PostAsync("/api/auth/sign-out", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SignOut(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-out");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static async Task<string> SignIn(HttpClient client, string username, string password)
    {
        using var response = await BackoffTests.Token(client, username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
