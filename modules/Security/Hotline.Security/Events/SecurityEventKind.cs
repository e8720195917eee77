namespace Hotline.Security.Events;

/// <summary>What a security event records; the counter's <c>event</c> tag is the kebab-case name.</summary>
public enum SecurityEventKind
{
    /// <summary>A wrong username or password.</summary>
    SignInFailed,

    /// <summary>A sign-in refused before the password was checked: the name or the address is backing off.</summary>
    SignInBackoff,

    /// <summary>A sign-in refused because too many passwords are being checked at once.</summary>
    SignInBusy,

    /// <summary>A signed-in request refused by the access policy (403, or 404 for what the caller may not know).</summary>
    AccessRefused,

    /// <summary>A token or session that was revoked (password reset, lock, removal, sign-out).</summary>
    RevokedCredential,

    /// <summary>A request over a rate limit (429).</summary>
    RateLimited,

    /// <summary>A channel webhook refused: bad or missing signature, or a timestamp outside the window (401).</summary>
    WebhookRefused,
}
