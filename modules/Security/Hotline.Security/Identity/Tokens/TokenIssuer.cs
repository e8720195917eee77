using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Identity.Tokens;

/// <summary>Mints Hotline's own bearer tokens (HMAC-SHA256 JWT) for a person; also how tests get a token without a password.</summary>
public sealed class TokenIssuer(SigningKeyProvider keys, IOptions<SecurityOptions> options, TimeProvider clock)
{
    public const string Issuer = "hotline";
    public const string Audience = "hotline-api";
    private static readonly JsonWebTokenHandler Handler = new();

    public IssuedToken Issue(string personId) => Mint(keys.Key, personId, clock.GetUtcNow(), options.Value.TokenLifetime);

    /// <summary>One token in Hotline's issuer and audience, signed with the given key (tests signing for a host in another process use this too).</summary>
    public static IssuedToken Mint(SymmetricSecurityKey key, string personId, DateTimeOffset now, TimeSpan lifetime)
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
            Claims = new Dictionary<string, object> { [HotlineClaims.PersonId] = personId, ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, "Bearer", expires, personId);
    }
}
