using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Security.Identity.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Security.Tests.Identity;

/// <summary>
/// Issue 10, no revocation: a password reset, an administrator's lock and the removal of the account revoke the
/// person's tokens at once on this host (each request checks the person's security stamp), and on every other host of
/// the cluster within Hotline:Security:StampCacheSeconds (30 s).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class RevocationTests(SecurityFixture fixture)
{
    // People of the demo organisation (so /api/auth/me answers 200 while the token is good) that no other test here signs in as.
    [Theory]
    [InlineData("reset", "legal-staff")]
    [InlineData("lock", "audit-staff")]
    [InlineData("remove", "engineering-staff")]
    public async Task Token_AfterResetLockOrRemoval_IsRefusedAtOnce(string change, string personId)
    {
        var username = $"revoke-{change}";
        await fixture.SetPasswordAsync(username, personId, "right-password-r");
        using var client = fixture.NewAnonymousClient();
        var token = await SignIn(client, username, "right-password-r");
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(client, token)).Status);

        var accounts = fixture.Host.App.Services.GetRequiredService<AccountStore>();
        var now = fixture.Clock.GetUtcNow();
        Assert.True(change switch
        {
            "reset" => await accounts.SetPasswordAsync(username, fixture.Host.App.Services.GetRequiredService<StaffPasswords>().Hash("new-password-r"), now),
            "lock" => await accounts.SetLockedAsync(username, true, now),
            _ => await accounts.RemoveAsync(username, now),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(client, token)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BackoffTests.Token(client, username, "right-password-r")).StatusCode);
    }

    [Fact]
    public async Task Token_RevokedThroughAnotherHost_IsRefusedHereWithinTheCacheBound()
    {
        await fixture.SetPasswordAsync("revoke-cluster", "security-staff", "right-password-c");
        await using var other = await fixture.StartHostAsync();
        using var here = fixture.NewAnonymousClient();
        var token = await SignIn(here, "revoke-cluster", "right-password-c");
        Assert.Equal(HttpStatusCode.OK, (await BearerTokenTests.Me(here, token)).Status); // this host now caches the stamp

        await other.App.Services.GetRequiredService<SecurityStamps>().RevokeAsync("security-staff");
        fixture.Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(HttpStatusCode.Unauthorized, (await BearerTokenTests.Me(here, token)).Status);
    }

    private static async Task<string> SignIn(HttpClient client, string username, string password)
    {
        using var response = await BackoffTests.Token(client, username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
