using System.Security.Cryptography;
using Hotline.Security.Identity.Accounts;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Security.Tests;

/// <summary>
/// One real host with the demo organisation for the security tests, with single sign-on configured against a local
/// test issuer: <see cref="SsoKey"/> plays the group's identity provider. Tests only move its clock forward.
/// </summary>
public sealed class SecurityFixture : HostFixture, IAsyncLifetime
{
    public const string SsoIssuer = "https://sso.test.group.example";
    public const string SsoAudience = "hotline";
    private readonly string _ssoKeyFile = Path.Combine(Path.GetTempPath(), $"hotline-sso-{Guid.NewGuid():N}.pem");

    public SecurityFixture()
    {
        File.WriteAllText(_ssoKeyFile, SsoKey.ExportSubjectPublicKeyInfoPem());
        Settings = new Dictionary<string, string?>
        {
            ["Hotline:Security:Sso:Issuer"] = SsoIssuer,
            ["Hotline:Security:Sso:Audience"] = SsoAudience,
            ["Hotline:Security:Sso:SigningKeysFile"] = _ssoKeyFile,
            // Every test here signs in from 127.0.0.1: the per-address window and back-off are tested on their own
            // (SignInFloodTests: a host of its own; BackoffTests: the service with an address of its own).
            ["Hotline:RateLimits:SignInPerAddress:PermitLimit"] = "100000",
            ["Hotline:Security:Backoff:AddressFreeFailures"] = "100000",
        };
    }

    /// <summary>The test identity provider's private key; the host knows only its public half.</summary>
    public RSA SsoKey { get; } = RSA.Create(2048);

    protected override IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Gives <paramref name="personId"/> an account with a known password (creating or replacing it).</summary>
    public async Task SetPasswordAsync(string username, string personId, string password)
    {
        var accounts = Host.App.Services.GetRequiredService<AccountStore>();
        var hash = Host.App.Services.GetRequiredService<StaffPasswords>().Hash(password);
        if (!await accounts.CreateAsync(username, personId, hash, Clock.GetUtcNow()))
        {
            await accounts.SetPasswordAsync(username, hash, Clock.GetUtcNow());
        }
    }

    /// <summary>A client without credentials (and without the test kit's act-as handler) on the fixture's host.</summary>
    public HttpClient NewAnonymousClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler()) { BaseAddress = Http.BaseAddress };

    // Re-implemented so the key file goes too; the host stops first.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_ssoKeyFile);
        SsoKey.Dispose();
    }
}
