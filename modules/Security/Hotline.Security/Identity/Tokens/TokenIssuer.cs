using Hotline.Security.Identity.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Identity.Tokens;

/// <summary>Mints Hotline's own bearer tokens (HMAC-SHA256 JWT) for a person; also how tests get a token without a password.</summary>
public sealed class TokenIssuer(SigningKeyProvider keys, SecurityStampStore stamps, SecurityStamps cache, IOptions<SecurityOptions> options, TimeProvider clock)
{
    public const string Issuer = "hotline";
    public const string Audience = "hotline-api";
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>Claim carrying the person's security stamp when the token was issued (see <see cref="SecurityStamps"/>).</summary>
    public const string StampClaim = "stamp";

    /// <summary>A token with the person's current stamp, read without async (tests and tools; endpoints use <see cref="IssueAsync"/>).</summary>
    public IssuedToken Issue(string personId) => Mint(keys.Key, personId, clock.GetUtcNow(), options.Value.TokenLifetime, stamps.Get(personId).Stamp);

    public async Task<IssuedToken> IssueAsync(string personId) =>
        Mint(keys.Key, personId, clock.GetUtcNow(), options.Value.TokenLifetime, (await cache.FreshAsync(personId)).Stamp);

    /// <summary>One token in Hotline's issuer and audience, signed with the given key (tests signing for a host in another process use this too).</summary>
    public static IssuedToken Mint(SymmetricSecurityKey key, string personId, DateTimeOffset now, TimeSpan lifetime, string stamp = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        var expires = now + lifetime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object> { [HotlineClaims.PersonId] = personId, ["jti"] = Guid.NewGuid().ToString("N"), [StampClaim] = stamp },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, "Bearer", expires, personId);
    }
}
