using System.Net;
using Hotline.Security.Identity.Accounts;
using Hotline.Security.Identity.Sso;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Tests.Identity;

/// <summary>
/// Single sign-on by configuration only: the fixture configures the host with a test issuer and its public key;
/// tokens signed here, as the group's identity provider would, sign in as the person of the account their subject
/// (iss + sub) is explicitly linked to, and as nobody else (issue 10).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SingleSignOnTests(SecurityFixture fixture)
{
    [Fact]
    public async Task Me_SubjectLinkedToAnAccount_SignsInAsThatAccountsPerson()
    {
        await Link("sso-liaison", "sunrise-liaison", "idp-0001");
        using var client = fixture.NewAnonymousClient();

        var me = await BearerTokenTests.Me(client, SsoToken("idp-0001"));

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal("sunrise-liaison", me.Body.GetProperty("personId").GetString());
        Assert.Contains(me.Body.GetProperty("roles").EnumerateArray(), r => r.GetProperty("scopeId").GetString() == "p-sunrise");
    }

    [Fact]
    public async Task Me_SubjectNamingAnAccountOrAPersonButNotLinked_Is401()
    {
        // Before issue 10 a provider user named "Wang.Xiaomei@…" (any case) or "qd-staff" signed in as that account or person.
        await fixture.SetPasswordAsync("wang.xiaomei@group.example", "cc-agent-2", "agent-test-password");
        using var client = fixture.NewAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("Wang.Xiaomei@group.example"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("qd-staff"))).Status);
    }

    [Fact]
    public async Task Me_LinkedAccountLockedOrTokenIssuedBeforeARevocation_Is401()
    {
        await Link("sso-locked", "greenhill-liaison", "idp-0002");
        await Link("sso-revoked", "riverside-liaison", "idp-0003");
        using var client = fixture.NewAnonymousClient();
        var services = fixture.Host.App.Services;
        var revokedToken = SsoToken("idp-0003"); // issued half an hour before now

        await services.GetRequiredService<AccountStore>().SetLockedAsync("sso-locked", true, fixture.Clock.GetUtcNow());
        await services.GetRequiredService<SecurityStamps>().RevokeAsync("riverside-liaison");

        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("idp-0002"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, revokedToken)).Status);
    }

    [Fact]
    public async Task Me_WrongIssuerAudienceKeyExpiredOrUnlinkedSubject_Answers401()
    {
        await Link("sso-qd", "qd-staff", "idp-0004");
        using var client = fixture.NewAnonymousClient();
        using var otherKey = System.Security.Cryptography.RSA.Create(2048);

        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("idp-0004", issuer: "https://other.example"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("idp-0004", audience: "someone-else"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("idp-0004", key: otherKey))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("idp-0004", expires: fixture.Clock.GetUtcNow().AddMinutes(-5)))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, SsoToken("not-a-member-of-staff"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(client, SsoToken("idp-0004"))).Status);
    }

    private async Task Link(string username, string personId, string subject)
    {
        await fixture.SetPasswordAsync(username, personId, StaffPasswords.Generate());
        await fixture.Host.App.Services.GetRequiredService<SsoLinkStore>().LinkAsync(username, SecurityFixture.SsoIssuer, subject, fixture.Clock.GetUtcNow());
    }

    private string SsoToken(string subject, string issuer = SecurityFixture.SsoIssuer, string audience = SecurityFixture.SsoAudience,
        DateTimeOffset? expires = null, System.Security.Cryptography.RSA? key = null) =>
        OidcTestIssuer.Sign(subject, issuer, audience, fixture.Clock.GetUtcNow(), expires, new RsaSecurityKey(key ?? fixture.SsoKey));
}
