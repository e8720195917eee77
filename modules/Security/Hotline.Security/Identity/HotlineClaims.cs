namespace Hotline.Security.Identity;

/// <summary>Claims of the signed-in principal, the same for every sign-in scheme (bearer token, console cookie, single sign-on).</summary>
public static class HotlineClaims
{
    /// <summary>The person id (the organisation's PersonInfo.Id) the caller signed in as.</summary>
    public const string PersonId = "sub";

    /// <summary>The person's security stamp the credential was issued under; a newer stamp revokes it.</summary>
    public const string Stamp = "stamp";
}
