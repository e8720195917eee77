using Hotline.Security.Identity.Accounts;
using Hotline.Security.Identity.Sso;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Security.Tests.Identity;

/// <summary>
/// A host whose single sign-on is configured by Sso:Authority only: it finds the signing keys through the local
/// <see cref="OidcTestIssuer"/>'s discovery document (plain HTTP on loopback, hence Sso:RequireHttpsMetadata=false).
/// </summary>
public sealed class OidcDiscoveryFixture : HostFixture, IAsyncLifetime
{
    public const string Audience = "hotline";

    public OidcTestIssuer Issuer { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Hotline:Security:Sso:Authority"] = Issuer.Authority,
        ["Hotline:Security:Sso:Audience"] = Audience,
        ["Hotline:Security:Sso:RequireHttpsMetadata"] = "false",
    };

    /// <summary>A client without credentials on <paramref name="host"/> (the fixture's host by default).</summary>
    public HttpClient NewAnonymousClient(HotlineTestHost? host = null) => new() { BaseAddress = (host ?? Host).Http.BaseAddress };

    // Re-implemented: the issuer must answer before the host starts, and stops after it.
    async Task IAsyncLifetime.InitializeAsync()
    {
        Issuer = await OidcTestIssuer.StartAsync();
        await InitializeAsync();
        // The provider's subject "cc-agent-1" is linked explicitly to that person's account: nothing maps by name.
        var services = Host.App.Services;
        var hash = services.GetRequiredService<StaffPasswords>().Hash(StaffPasswords.Generate());
        await services.GetRequiredService<AccountStore>().CreateAsync("cc-agent-1", "cc-agent-1", hash, Clock.GetUtcNow());
        await services.GetRequiredService<SsoLinkStore>().LinkAsync("cc-agent-1", Issuer.Authority, "cc-agent-1", Clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
