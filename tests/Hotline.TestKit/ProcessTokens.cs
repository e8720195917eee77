using Hotline.Security.Identity.Tokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.TestKit;

/// <summary>
/// Tokens for a host running as a child process: <see cref="HostProcess"/> starts every host with the test run's
/// signing key (<see cref="HotlineTestHost.SigningKey"/>); these tokens are minted the host's way with that key.
/// </summary>
public static class ProcessTokens
{
    private static readonly SymmetricSecurityKey Key = new(Convert.FromBase64String(HotlineTestHost.SigningKey));

    public static string For(string personId) => TokenIssuer.Mint(Key, personId, DateTimeOffset.UtcNow, TimeSpan.FromHours(1)).AccessToken;

    /// <summary>A client for the process that signs each request in as the person it names, or always as <paramref name="person"/>.</summary>
    public static HttpClient Client(Uri address, TimeSpan? timeout = null, string? person = null) =>
        new(new ActAsNamedPersonHandler(For, person)) { BaseAddress = address, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
}
