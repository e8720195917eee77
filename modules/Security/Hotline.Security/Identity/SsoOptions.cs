using System.ComponentModel.DataAnnotations;

namespace Hotline.Security.Identity;

/// <summary>
/// Hotline:Security:Sso: accept bearer tokens from the group's OpenID Connect provider. Either Authority (keys from its
/// discovery document) or Issuer + SigningKeysFile (a JWKS .json or a PEM public key, e.g. offline), plus Audience.
/// </summary>
public sealed class SsoOptions
{
    public string? Authority { get; set; }

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    public string? SigningKeysFile { get; set; }

    /// <summary>The claim naming the user; its value is a Hotline username, or else a person id of the organisation.</summary>
    public string UserClaim { get; set; } = "preferred_username";

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(Issuer);

    internal IEnumerable<ValidationResult> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            yield return new ValidationResult("is required when single sign-on is configured", ["Sso:Audience"]);
        }

        if (string.IsNullOrWhiteSpace(Authority) && string.IsNullOrWhiteSpace(SigningKeysFile))
        {
            yield return new ValidationResult("is required with Sso:Issuer when no Sso:Authority is set", ["Sso:SigningKeysFile"]);
        }

        if (!string.IsNullOrWhiteSpace(SigningKeysFile) && !File.Exists(SigningKeysFile))
        {
            yield return new ValidationResult($"file '{SigningKeysFile}' does not exist", ["Sso:SigningKeysFile"]);
        }

        if (string.IsNullOrWhiteSpace(UserClaim))
        {
            yield return new ValidationResult("must name a claim", ["Sso:UserClaim"]);
        }
    }
}
