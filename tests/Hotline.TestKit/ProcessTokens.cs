using Hotline.Security.Identity;
using Hotline.Security.Identity.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.TestKit;

/// <summary>
/// Tokens for a host running as a child process: <see cref="HostProcess"/> starts every host with the test run's
/// signing key (<see cref="HotlineTestHost.SigningKey"/>); these tokens are signed with it, in the host's issuer and audience.
/// </summary>
public static class ProcessTokens
{
    private static readonly JsonWebTokenHandler Handler = new();
    private static readonly SymmetricSecurityKey Key = new(Convert.FromBase64String(HotlineTestHost.SigningKey));

    public static string For(string personId)
    {
        var now = DateTime.UtcNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenIssuer.Issuer,
            Audience = TokenIssuer.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { [HotlineClaims.PersonId] = personId },
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A client for the process that signs each request in as the person it names, or always as <paramref name="person"/>.</summary>
    public static HttpClient Client(Uri address, TimeSpan? timeout = null, string? person = null) =>
        new(new ActAsNamedPersonHandler(For, person)) { BaseAddress = address, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
}
