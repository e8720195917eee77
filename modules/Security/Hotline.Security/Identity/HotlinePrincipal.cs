using System.Security.Claims;

namespace Hotline.Security.Identity;

/// <summary>The one shape of an authenticated caller, whichever scheme signed them in.</summary>
public static class HotlinePrincipal
{
    public static ClaimsPrincipal Create(string personId, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(HotlineClaims.PersonId, personId), new Claim(ClaimTypes.NameIdentifier, personId)],
            authenticationType, HotlineClaims.PersonId, ClaimTypes.Role));

    /// <summary>The person id of an authenticated principal; null when anonymous.</summary>
    public static string? PersonId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirst(HotlineClaims.PersonId)?.Value : null;
}
