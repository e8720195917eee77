using System.Net;
using System.Security.Cryptography;
using Hotline.TestKit;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Tests.Identity;

/// <summary>
/// Single sign-on configured by Sso:Authority alone: the host reads the issuer and its keys from the provider's
/// /.well-known/openid-configuration and jwks_uri (<see cref="OidcTestIssuer"/>), and follows a key rotation.
/// </summary>
public sealed class SingleSignOnDiscoveryTests(OidcDiscoveryFixture fixture) : IClassFixture<OidcDiscoveryFixture>
{
    private OidcTestIssuer Issuer => fixture.Issuer;

    [Fact]
    public async Task Me_TokenSignedWithAKeyFromTheDiscoveredJwks_SignsInAsThatPerson()
    {
        using var client = fixture.NewAnonymousClient();

        var me = await BearerTokenTests.Me(client, Token("cc-agent-1"));

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal("cc-agent-1", me.Body.GetProperty("personId").GetString());
        Assert.Contains(me.Body.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "CallCenterAgent");
    }

    [Fact]
    public async Task Me_KeyNotInTheJwksWrongIssuerWrongAudienceOrExpired_Answers401()
    {
        using var client = fixture.NewAnonymousClient();
        using var unpublished = RSA.Create(2048);
        var unpublishedKey = new RsaSecurityKey(unpublished) { KeyId = "not-in-the-jwks" };
        var now = fixture.Clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, Token("cc-agent-1", key: unpublishedKey))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, Token("cc-agent-1", issuer: "http://127.0.0.1:1"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, Token("cc-agent-1", audience: "someone-else"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, Token("cc-agent-1", expires: now.AddMinutes(-5)))).Status);
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(client, Token("cc-agent-1"))).Status);
    }

    [Fact]
    public async Task Me_ProviderRotatesToANewKey_TokensSignedWithItAreAcceptedAndTheOldKeyStillWorks()
    {
        // A host of its own: its metadata cache has seen no unknown key id yet, so nothing here waits out the
        // handler's RefreshInterval (5 minutes between refreshes an unknown key id may cause).
        await using var host = await fixture.StartHostAsync();
        using var client = fixture.NewAnonymousClient(host);
        var oldKey = Assert.Single(Issuer.PublishedKeys);
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(client, Token("cc-agent-1"))).Status);
        var fetchesBeforeRotation = Issuer.JwksRequests;

        var newKey = Issuer.AddKey();
        var me = await Eventually.Get(
            () => BearerTokenTests.Me(client, Token("cc-agent-1", key: newKey)),
            m => m.Status == HttpStatusCode.OK,
            timeout: TimeSpan.FromSeconds(15));

        Assert.Equal("cc-agent-1", me.Body.GetProperty("personId").GetString());
        Assert.True(Issuer.JwksRequests > fetchesBeforeRotation, "the host re-read the JWKS for the unknown key id");
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(client, Token("cc-agent-1", key: oldKey))).Status);
    }

    private string Token(string user, string? issuer = null, string audience = OidcDiscoveryFixture.Audience,
        DateTimeOffset? expires = null, RsaSecurityKey? key = null) =>
        Issuer.Token(user, audience, fixture.Clock.GetUtcNow(), issuer, expires, key);
}
