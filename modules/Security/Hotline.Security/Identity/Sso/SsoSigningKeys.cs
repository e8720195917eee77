using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Identity.Sso;

/// <summary>The identity provider's public keys from a file, for a provider whose discovery document Hotline cannot (or should not) reach.</summary>
internal static class SsoSigningKeys
{
    /// <summary>A JWKS document (.json) or one PEM public key (RSA or EC).</summary>
    public static IReadOnlyList<SecurityKey> Read(string path)
    {
        var text = File.ReadAllText(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return [.. new JsonWebKeySet(text).GetSigningKeys()];
        }

        try
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(text);
            return [new RsaSecurityKey(rsa)];
        }
        catch (ArgumentException)
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(text);
            return [new ECDsaSecurityKey(ec)];
        }
    }
}
