using Hotline.Security.Identity.Accounts;

namespace Hotline.Security.Identity.Sso;

/// <summary>
/// Finds the Hotline person a token of the group's identity provider signs in as: only the account explicitly linked to
/// the token's immutable subject (iss + sub), never a matching user name or person id. A locked account, or a token
/// issued before the person's last revocation (password reset, lock, sign-out), signs in as nobody.
/// </summary>
public sealed class SsoUserMapper(SsoLinkStore links, SecurityStamps stamps)
{
    public async Task<string?> PersonIdAsync(string? issuer, string? subject, DateTimeOffset? issuedAt)
    {
        if (string.IsNullOrWhiteSpace(issuer) || string.IsNullOrWhiteSpace(subject) || issuedAt is null)
        {
            return null;
        }

        if (await links.FindAsync(issuer, subject) is not { Locked: false } link)
        {
            return null;
        }

        // iat has whole seconds: a token from the very second of a revocation counts as before it.
        var revokedAt = (await stamps.CurrentAsync(link.PersonId)).ChangedAt;
        return issuedAt > revokedAt ? link.PersonId : null;
    }
}
