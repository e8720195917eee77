namespace Hotline.Security.Identity;

/// <summary>Authentication scheme names.</summary>
public static class HotlineSchemes
{
    /// <summary>The default: forwards to <see cref="Bearer"/> or <see cref="Sso"/> when a bearer token is sent, else to <see cref="Console"/>.</summary>
    public const string Default = "Hotline";

    /// <summary>Tokens Hotline issued itself (POST /api/auth/token).</summary>
    public const string Bearer = "Bearer";

    /// <summary>The console's cookie session.</summary>
    public const string Console = "HotlineConsole";

    /// <summary>Tokens from the group's identity provider (optional, configuration only).</summary>
    public const string Sso = "Sso";
}
