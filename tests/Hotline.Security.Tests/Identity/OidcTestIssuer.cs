using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Tests.Identity;

/// <summary>
/// A minimal OpenID Connect provider on a free loopback port (plain HTTP): its discovery document names itself as
/// issuer and points at its JWKS, which publishes the public half of RSA keys made here. It signs tokens as the group's
/// identity provider would, and can rotate: <see cref="AddKey"/> publishes another key.
/// </summary>
public sealed class OidcTestIssuer : IAsyncDisposable
{
    private const string JwksPath = "/jwks";
    private readonly List<RsaSecurityKey> _keys = [];
    private readonly Lock _lock = new();
    private int _jwksRequests;

    private OidcTestIssuer(WebApplication app)
    {
        App = app;
    }

    /// <summary>The issuer's base URL (no trailing slash): the tokens' "iss" and Hotline's Sso:Authority.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>How often the JWKS has been fetched (Hotline re-reads it when a token names a key it does not know).</summary>
    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    /// <summary>The keys the JWKS publishes, oldest first (with their private half, for signing).</summary>
    public IReadOnlyList<RsaSecurityKey> PublishedKeys
    {
        get
        {
            lock (_lock)
            {
                return [.. _keys];
            }
        }
    }

    private WebApplication App { get; }

    public static async Task<OidcTestIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new OidcTestIssuer(app);
        issuer.AddKey();
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = issuer.Authority,
            jwks_uri = issuer.Authority + JwksPath,
            id_token_signing_alg_values_supported = new[] { SecurityAlgorithms.RsaSha256 },
        }));
        app.MapGet(JwksPath, issuer.Jwks);
        await app.StartAsync();
        issuer.Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return issuer;
    }

    /// <summary>Publishes a new signing key in the JWKS (the old ones stay) and returns it; <see cref="Token"/> signs with the newest.</summary>
    public RsaSecurityKey AddKey()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = $"test-key-{Guid.NewGuid():N}"[..20] };
        lock (_lock)
        {
            _keys.Add(key);
        }

        return key;
    }

    /// <summary>A signed token for the provider's subject <paramref name="user"/> (claims sub and preferred_username), valid around <paramref name="now"/> unless told otherwise.</summary>
    public string Token(string user, string audience, DateTimeOffset now, string? issuer = null, DateTimeOffset? expires = null, RsaSecurityKey? key = null)
    {
        RsaSecurityKey newest;
        lock (_lock)
        {
            newest = _keys[^1];
        }

        return Sign(user, issuer ?? Authority, audience, now, expires, key ?? newest);
    }

    /// <summary>A token as the group's identity provider signs it: issued half an hour before <paramref name="now"/>, valid an hour after unless told otherwise.</summary>
    public static string Sign(string user, string issuer, string audience, DateTimeOffset now, DateTimeOffset? expires, RsaSecurityKey key) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-30).UtcDateTime,
            NotBefore = now.AddMinutes(-30).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["sub"] = user, ["preferred_username"] = user },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        foreach (var key in _keys)
        {
            key.Rsa.Dispose();
        }
    }

    private IResult Jwks()
    {
        Interlocked.Increment(ref _jwksRequests);
        lock (_lock)
        {
            return Results.Json(new { keys = _keys.Select(PublicJwk).ToArray() });
        }
    }

    // Only the public half (n, e) goes out.
    private static object PublicJwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new
        {
            kty = "RSA",
            use = "sig",
            alg = SecurityAlgorithms.RsaSha256,
            kid = key.KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
