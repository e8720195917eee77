using System.Net;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Tests.Identity;

/// <summary>
/// Single sign-on by configuration only: the fixture configures the host with a test issuer and its public key;
/// tokens signed here, as the group's identity provider would, sign in as the mapped Hotline person.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SingleSignOnTests(SecurityFixture fixture)
{
    [Fact]
    public async Task Me_TokenFromTheGroupProvider_SignsInAsThePersonOfThatUsername()
    {
        using var client = fixture.NewAnonymousClient();

        var me = await BearerTokenTests.Me(client, SsoToken("sunrise-liaison"));

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal("sunrise-liaison", me.Body.GetProperty("personId").GetString());
        Assert.Contains(me.Body.GetProperty("roles").EnumerateArray(), r => r.GetProperty("scopeId").GetString() == "p-sunrise");
    }

    [Fact]
    public async Task Me_ProviderUsernameOfAnAccount_MapsToTheAccountsPerson()
    {
        await fixture.SetPasswordAsync("wang.xiaomei@group.example", "cc-agent-1", "agent-test-password");
        using var client = fixture.NewAnonymousClient();

        var me = await BearerTokenTests.Me(client, SsoToken("Wang.Xiaomei@group.example"));

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal("cc-agent-1", me.Body.GetProperty("personId").GetString());
    }

    [Fact]
    public async Task Me_WrongIssuerAudienceKeyExpiredOrUnknownUser_Answers401()
    {
        using var client = fixture.NewAnonymousClient();
        using var otherKey = System.Security.Cryptography.RSA.Create(2048);

        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("qd-staff", issuer: "https://other.example"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("qd-staff", audience: "someone-else"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("qd-staff", key: otherKey))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("qd-staff", expires: fixture.Clock.GetUtcNow().AddMinutes(-5)))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("not-a-member-of-staff"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(client, SsoToken("qd-staff"))).Status);
    }

    private string SsoToken(string user, string issuer = SecurityFixture.SsoIssuer, string audience = SecurityFixture.SsoAudience,
        DateTimeOffset? expires = null, System.Security.Cryptography.RSA? key = null) =>
        OidcTestIssuer.Sign(user, issuer, audience, fixture.Clock.GetUtcNow(), expires, new RsaSecurityKey(key ?? fixture.SsoKey));
}
