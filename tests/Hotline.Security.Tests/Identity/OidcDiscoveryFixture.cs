using Hotline.TestKit;

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
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
