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

    /// <summary>Retired: a user name claim is mutable and was matched without case. Tokens now map by iss + sub to an explicitly linked account (host command link-sso); the value is ignored.</summary>
    public string UserClaim { get; set; } = "preferred_username";

    /// <summary>
    /// Fetch the Authority's discovery document and keys only over HTTPS (default). Those keys decide which tokens are
    /// trusted, so <c>false</c> is accepted only for an Authority on this machine (loopback), e.g. a test or local issuer.
    /// </summary>
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

        foreach (var problem in AuthorityProblems())
        {
            yield return problem;
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

    private IEnumerable<ValidationResult> AuthorityProblems()
    {
        if (string.IsNullOrWhiteSpace(Authority))
        {
            yield break;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("must be an absolute https URL", ["Sso:Authority"]);
        }
        else if (!RequireHttpsMetadata && !authority.IsLoopback)
        {
            yield return new ValidationResult("may be false only for an Sso:Authority on loopback (localhost, 127.0.0.1, ::1)", ["Sso:RequireHttpsMetadata"]);
        }
        else if (RequireHttpsMetadata && authority.Scheme == "http")
        {
            yield return new ValidationResult("must be https (plain http only on loopback with Sso:RequireHttpsMetadata=false)", ["Sso:Authority"]);
        }
    }
}
