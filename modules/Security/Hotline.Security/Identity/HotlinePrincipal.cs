using System.Security.Claims;

namespace Hotline.Security.Identity;

/// <summary>The one shape of an authenticated caller, whichever scheme signed them in.</summary>
public static class HotlinePrincipal
{
    /// <summary>The principal; <paramref name="stamp"/> is the person's security stamp it was issued under (kept in the console's cookie).</summary>
    public static ClaimsPrincipal Create(string personId, string authenticationType, string stamp = "") =>
        new(new ClaimsIdentity(
            [new Claim(HotlineClaims.PersonId, personId), new Claim(ClaimTypes.NameIdentifier, personId), new Claim(HotlineClaims.Stamp, stamp)],
            authenticationType, HotlineClaims.PersonId, ClaimTypes.Role));

    /// <summary>The person id of an authenticated principal; null when anonymous.</summary>
    public static string? PersonId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirst(HotlineClaims.PersonId)?.Value : null;
}
