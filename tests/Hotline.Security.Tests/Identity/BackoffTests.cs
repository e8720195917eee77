using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Security.Events;
using Hotline.Security.Identity;
using Hotline.Security.Identity.Accounts;
using Hotline.Security.Identity.Backoff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Tests.Identity;

/// <summary>
/// Issue 10, lockout as denial of service: wrong passwords back off the name (existing or not) and the address
/// instead of locking the account; the right password from a device that signed in to the name before still passes.
/// Defaults: a name backs off after 5 failures, for 30 s, doubling with each further failure.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class BackoffTests(SecurityFixture fixture)
{
    [Fact]
    public async Task Stranger_GuessingTheAdministratorsPassword_CannotLockTheAdministratorOut()
    {
        await fixture.SetPasswordAsync("backoff-admin", "admin", "right-password-1");
        using var client = fixture.NewAnonymousClient();
        using var first = await Token(client, "backoff-admin", "right-password-1");
        var device = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deviceToken").GetString();
        Assert.False(string.IsNullOrEmpty(device));

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Token(client, "backoff-admin", "wrong")).StatusCode);
        }

        using var sixth = await Token(client, "backoff-admin", "wrong");
        using var strangerWithTheRightPassword = await Token(client, "backoff-admin", "right-password-1");
        using var ownerFromTheKnownDevice = await Token(client, "backoff-admin", "right-password-1", device);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, strangerWithTheRightPassword.StatusCode);
        Assert.InRange(strangerWithTheRightPassword.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, ownerFromTheKnownDevice.StatusCode);
    }

    [Fact]
    public async Task Backoff_Ends_AndTheRightPasswordFromAnyDeviceSignsInAgain()
    {
        await fixture.SetPasswordAsync("backoff-ends", "backoff-ends-person", "right-password-2");
        using var client = fixture.NewAnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await Token(client, "backoff-ends", "wrong");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Token(client, "backoff-ends", "right-password-2")).StatusCode);
        fixture.Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(HttpStatusCode.OK, (await Token(client, "backoff-ends", "right-password-2")).StatusCode);
    }

    [Fact]
    public async Task UnknownName_BacksOffExactlyLikeAnAccountsName()
    {
        await fixture.SetPasswordAsync("backoff-real", "backoff-real-person", "right-password-3");
        using var client = fixture.NewAnonymousClient();

        var real = new List<HttpStatusCode>();
        var ghost = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            real.Add((await Token(client, "backoff-real", "wrong")).StatusCode);
            ghost.Add((await Token(client, "backoff-ghost-nobody", "wrong")).StatusCode);
        }

        HttpStatusCode[] expected = [.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests];
        Assert.Equal(expected, real);
        Assert.Equal(expected, ghost);
    }

    [Fact]
    public async Task Address_ManyNamesFailing_BacksOffThatAddressOnly()
    {
        // The service itself, with addresses of its own (every HTTP test here comes from 127.0.0.1): 3 free failures per address.
        var service = Service(o => o.Backoff.AddressFreeFailures = 3);
        var guesser = new SignInSource("203.0.113.7", null, "test");
        for (var name = 1; name <= 3; name++)
        {
            Assert.Equal(SignInStatus.Rejected, (await service.SignInAsync($"address-guess-{name}", "wrong", guesser)).Status);
        }

        await fixture.SetPasswordAsync("address-owner", "address-owner-person", "right-password-4");
        Assert.Equal(SignInStatus.BackingOff, (await service.SignInAsync("address-owner", "right-password-4", guesser)).Status);
        Assert.Equal(SignInStatus.SignedIn, (await service.SignInAsync("address-owner", "right-password-4", new SignInSource("198.51.100.20", null, "test"))).Status);
    }

    [Fact]
    public async Task PasswordChecks_BeyondTheHostsCap_AreRefusedBusyWithoutHashing()
    {
        var options = Options(o => { o.Backoff.MaxConcurrentPasswordChecks = 1; o.Backoff.PasswordCheckQueue = 0; });
        using var gate = new PasswordCheckGate(options);
        var service = Service(options, gate);
        using var held = await gate.EnterAsync();
        Assert.True(held.IsAcquired);

        var outcome = await service.SignInAsync("busy-name", "whatever", new SignInSource("192.0.2.1", null, "test"));

        Assert.Equal(SignInStatus.Busy, outcome.Status);
    }

    private IOptions<SecurityOptions> Options(Action<SecurityOptions> change)
    {
        var options = new SecurityOptions();
        change(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    private SignInService Service(Action<SecurityOptions> change) => Service(Options(change), null);

    private SignInService Service(IOptions<SecurityOptions> options, PasswordCheckGate? gate)
    {
        var services = fixture.Host.App.Services;
        return new SignInService(
            services.GetRequiredService<AccountStore>(), services.GetRequiredService<StaffPasswords>(), services.GetRequiredService<SignInBackoffStore>(),
            services.GetRequiredService<KnownDevices>(), gate ?? new PasswordCheckGate(options), services.GetRequiredService<SecurityEvents>(), options, fixture.Clock);
    }

    internal static Task<HttpResponseMessage> Token(HttpClient client, string username, string password, string? device = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { username, password }) };
        if (device is not null)
        {
            request.Headers.Add(KnownDevices.HeaderName, device);
        }

        return client.SendAsync(request);
    }
}
