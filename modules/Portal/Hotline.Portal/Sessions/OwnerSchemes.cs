namespace Hotline.Portal.Sessions;

/// <summary>The owners' session: a cookie scheme of its own, never the host's default (so no staff endpoint reads it).</summary>
public static class OwnerSchemes
{
    public const string Owner = "HotlineOwner";

    public const string CookieName = "hotline.owner";

    /// <summary>The claim holding the owner's normalised phone number (inside the protected cookie only).</summary>
    public const string PhoneClaim = "hotline:owner-phone";
}
