using System.Net;
using System.Net.Http.Json;

namespace Hotline.Security.Tests.Identity;

/// <summary>Five wrong passwords lock an account for 15 minutes (defaults), even against the right password.</summary>
[Collection(SecurityCollection.Name)]
public sealed class LockoutTests(SecurityFixture fixture)
{
    [Fact]
    public async Task Token_FiveWrongPasswords_LocksUntilTheClockPassesTheLock()
    {
        await fixture.SetPasswordAsync("lockout-user", "lockout-person", "right-password-1");
        using var client = fixture.NewAnonymousClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Token(client, "lockout-user", "wrong")).StatusCode);
        }

        var fifth = await Token(client, "lockout-user", "wrong");
        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        using var rightButLocked = await Token(client, "LOCKOUT-user", "right-password-1");
        Assert.Equal(HttpStatusCode.Locked, rightButLocked.StatusCode);
        Assert.True(rightButLocked.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14));
        Assert.Contains("locked until", await rightButLocked.Content.ReadAsStringAsync());

        fixture.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        using var afterLock = await Token(client, "lockout-user", "right-password-1");
        Assert.Equal(HttpStatusCode.OK, afterLock.StatusCode);
    }

    [Fact]
    public async Task Token_RightPasswordBeforeTheLimit_StartsTheCountAgain()
    {
        await fixture.SetPasswordAsync("lockout-reset-user", "lockout-reset-person", "right-password-2");
        using var client = fixture.NewAnonymousClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await Token(client, "lockout-reset-user", "wrong");
        }

        Assert.Equal(HttpStatusCode.OK, (await Token(client, "lockout-reset-user", "right-password-2")).StatusCode);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Token(client, "lockout-reset-user", "wrong")).StatusCode);
        }
    }

    [Fact]
    public async Task Token_UnknownUserAndWrongPassword_AnswerTheSame()
    {
        await fixture.SetPasswordAsync("known-user", "known-person", "right-password-3");
        using var client = fixture.NewAnonymousClient();

        using var unknown = await Token(client, "nobody-by-this-name", "whatever");
        using var wrong = await Token(client, "known-user", "whatever");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var unknownProblem = await unknown.Content.ReadFromJsonAsync<Problem>();
        var wrongProblem = await wrong.Content.ReadFromJsonAsync<Problem>();
        Assert.Equal(unknownProblem, wrongProblem);
        Assert.DoesNotContain("password is wrong", unknownProblem!.Detail);
    }

    private sealed record Problem(int Status, string Title, string Detail);

    private static Task<HttpResponseMessage> Token(HttpClient client, string username, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { username, password });
}
